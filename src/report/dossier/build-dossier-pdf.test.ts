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

  it('keeps a heading with what follows it', () => {
    const { content } = buildDossierPdf(localeOf('vi'), draftOf('vi'));
    const nodes = content as { stack?: { headlineLevel?: number }[]; unbreakable?: boolean; table?: unknown }[];
    const groups = nodes.flatMap((node, index) =>
      node.unbreakable && node.stack?.[0]?.headlineLevel ? [{ node, next: nodes[index + 1] }] : [],
    );
    expect(groups.length).toBeGreaterThan(5);
    // A run of headings ends with its text, or stands above a table (which may be longer than a page).
    for (const { node, next } of groups) {
      if (node.stack?.at(-1)?.headlineLevel) expect(next?.table).toBeDefined();
    }
  });

  it('boxes a place to write that stands alone, and shades one within a line', () => {
    const draft = draftOf('vi');
    const { content } = buildDossierPdf(localeOf('vi'), draft);
    const lone = draft.blocks.filter(
      (block) => block.kind === 'paragraph' && block.runs.length === 1 && 'placeholder' in block.runs[0]!,
    ).length;
    const json = JSON.stringify(content);
    const boxes = json.split('"fillColor":"#fff1a8"').length - 1;
    expect(lone).toBeGreaterThan(3);
    expect(boxes).toBe(lone);
    expect(JSON.stringify(content)).toContain('"background":"#fff1a8"');
  });
});
