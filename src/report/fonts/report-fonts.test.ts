import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';

/** Every Vietnamese letter, in both cases, with every tone: what a report may hold, composed (NFC). */
const BASES = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VIETNAMESE_LETTERS = [
  ...[...BASES].flatMap((base) => TONES.map((tone) => (base + tone).normalize('NFC'))),
  'đ',
  ...'bcdghklmnpqrstvx',
].flatMap((letter) => [letter, letter.toUpperCase()]);

const FONT_FILES = ['BeVietnamPro-Regular.ttf', 'BeVietnamPro-Italic.ttf', 'BeVietnamPro-Bold.ttf'];

const openFont = (file: string): Font => create(readFileSync(new URL(file, import.meta.url)));

describe.each(FONT_FILES)('the report font %s (made by scripts/make-report-fonts.py)', (file) => {
  const font = openFont(file);

  it('has a glyph of its own for every Vietnamese letter and tone, composed', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(2 * (BASES.length * TONES.length + 1 + 16));
    const missing = VIETNAMESE_LETTERS.filter((letter) => !font.hasGlyphForCodePoint(letter.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('has no OpenType layout tables, the cost the script removes, and keeps kerning as a kern table', () => {
    const tables = Object.keys(font.directory.tables);
    expect(tables).not.toContain('GSUB');
    expect(tables).not.toContain('GPOS');
    expect(tables).toContain('kern');
    // "Tư" (as in "Sở Tư pháp") and "To" are kerned in the original: the pairs must still pull together.
    for (const pair of ['Tư', 'To']) {
      const run = font.layout(pair);
      expect(run.positions[0]!.xAdvance, pair).toBeLessThan(run.glyphs[0]!.advanceWidth);
    }
  });
});
