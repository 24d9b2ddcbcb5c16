import type { Content } from 'pdfmake/interfaces';
import { dossierTranslations, draftOf, oneStopRow } from '../../security-level/dossier-draft.test-support';
import { createFormat } from '../../wording/format';
import type { ReportLocale } from '../report-locale';
import { buildDossierPdf } from './build-dossier-pdf';

function localeOf(language: 'vi' | 'en'): ReportLocale {
  const { t, tc } = dossierTranslations(language);
  return { language, t: t as ReportLocale['t'], tc: tc as ReportLocale['tc'], format: createFormat(language) };
}

/** Every string of a definition, in order. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('buildDossierPdf', () => {
  it.each(['vi', 'en'] as const)('prints the header, the title and every block of the draft (%s)', (language) => {
    const draft = draftOf(language);
    const definition = buildDossierPdf(localeOf(language), draft);
    const printed = strings(definition.content).join('\n');
    expect(printed).toContain(draft.header.nationalTitle);
    expect(printed).toContain(draft.header.motto);
    expect(printed).toContain(draft.header.placeDate);
    expect(printed).toContain(draft.title);
    expect(printed).toContain(oneStopRow.name);
    expect(printed).toContain(draft.closing.signer);
    for (const block of draft.blocks) {
      if (block.kind === 'heading') expect(printed).toContain(block.text);
    }
    expect(definition.pageSize).toBe('A4');
    expect(definition.info?.title).toBe(draft.documentTitle);
  });

  it('boxes a place to write that stands alone, and shades one within a line', () => {
    const draft = draftOf('vi');
    const content = buildDossierPdf(localeOf('vi'), draft).content as Content[];
    const lone = draft.blocks.filter(
      (block) => block.kind === 'paragraph' && block.runs.length === 1 && 'placeholder' in block.runs[0]!,
    ).length;
    const boxes = content.filter(
      (node) => typeof node === 'object' && 'table' in node && JSON.stringify(node).includes('[Cần bổ sung:'),
    );
    expect(lone).toBeGreaterThan(3);
    // The boxes, and the tables whose cells hold a shaded placeholder (the overview, the plan's parts).
    expect(boxes.length).toBeGreaterThanOrEqual(lone);
    expect(JSON.stringify(content)).toContain('"background":"#fff1a8"');
  });
});
