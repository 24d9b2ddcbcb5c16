#!/usr/bin/python3
"""
Makes the report's fonts (src/report/fonts/) from Be Vietnam Pro (SIL Open Font License 1.1, no reserved font
name) as shipped by @expo-google-fonts/be-vietnam-pro. Run it again only when that package changes:

    apt-get install python3-fonttools && /usr/bin/python3 scripts/make-report-fonts.py

Why (docs/decisions/0008-pdf-engine.md): fontkit runs the full OpenType shaper (GSUB, GPOS) on every distinct
word of a document, and with these tables it was half of the time a report took. Vietnamese text is normalised to
NFC, where every letter is one precomposed glyph, so the shaper has nothing to compose or position. The fonts keep
every glyph and their kerning, moved from GPOS into a classic `kern` table (pairs of the glyphs Vietnamese and
English text use, |value| >= MIN_KERN units), which fontkit applies with a table lookup.
"""
import os
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._k_e_r_n import KernTable_format_0

SOURCE = 'node_modules/@expo-google-fonts/be-vietnam-pro'
TARGET = 'src/report/fonts'
FONTS = {
    '400Regular/BeVietnamPro_400Regular.ttf': 'BeVietnamPro-Regular.ttf',
    '400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf': 'BeVietnamPro-Italic.ttf',
    '700Bold/BeVietnamPro_700Bold.ttf': 'BeVietnamPro-Bold.ttf',
}
# Kerning smaller than this (in font units, 1000 per em) moves a glyph by less than 0.1 pt at 10 pt: invisible.
MIN_KERN = 60
# A format-0 kern subtable holds at most 10,920 pairs (its length is 16 bits).
PAIRS_PER_SUBTABLE = 10000


def text_glyphs(font):
    """Glyphs of Latin (Basic, Supplement, Extended-A/B, Extended Additional: all Vietnamese letters) and punctuation."""
    cmap = font.getBestCmap()
    wanted = lambda c: c < 0x250 or 0x1E00 <= c < 0x1F00 or 0x2000 <= c < 0x2070 or c == 0x20AB
    return {glyph for code, glyph in cmap.items() if wanted(code)}


def kerning_pairs(font, glyphs):
    pairs = {}
    for lookup in font['GPOS'].table.LookupList.Lookup:
        for subtable in lookup.SubTable:
            if lookup.LookupType == 9:
                subtable = subtable.ExtSubTable
            if getattr(subtable, 'LookupType', lookup.LookupType) != 2:
                continue
            if subtable.Format == 1:
                for index, first in enumerate(subtable.Coverage.glyphs):
                    if first not in glyphs:
                        continue
                    for record in subtable.PairSet[index].PairValueRecord:
                        value = getattr(record.Value1, 'XAdvance', 0) if record.Value1 else 0
                        if record.SecondGlyph in glyphs and abs(value) >= MIN_KERN:
                            pairs.setdefault((first, record.SecondGlyph), value)
            elif subtable.Format == 2:
                classes1, classes2 = subtable.ClassDef1.classDefs, subtable.ClassDef2.classDefs
                for first in subtable.Coverage.glyphs:
                    if first not in glyphs:
                        continue
                    row = subtable.Class1Record[classes1.get(first, 0)]
                    for second in glyphs:
                        value = row.Class2Record[classes2.get(second, 0)].Value1
                        value = getattr(value, 'XAdvance', 0) if value else 0
                        if abs(value) >= MIN_KERN:
                            pairs.setdefault((first, second), value)
    return pairs


def kern_table(pairs):
    table = newTable('kern')
    table.version = 0
    table.kernTables = []
    items = sorted(pairs.items())
    for start in range(0, len(items), PAIRS_PER_SUBTABLE):
        subtable = KernTable_format_0()
        subtable.version, subtable.format, subtable.coverage, subtable.tupleIndex = 0, 0, 1, 0
        subtable.kernTable = dict(items[start:start + PAIRS_PER_SUBTABLE])
        table.kernTables.append(subtable)
    return table


def main():
    os.makedirs(TARGET, exist_ok=True)
    for source, target in FONTS.items():
        font = TTFont(os.path.join(SOURCE, source))
        pairs = kerning_pairs(font, text_glyphs(font))
        font['kern'] = kern_table(pairs)
        for tag in ('GSUB', 'GPOS', 'GDEF'):
            del font[tag]
        font.save(os.path.join(TARGET, target))
        print(f'{target}: {len(pairs)} kerning pairs, {os.path.getsize(os.path.join(TARGET, target))} bytes')


if __name__ == '__main__':
    sys.exit(main())
