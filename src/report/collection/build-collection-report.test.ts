import { describe, expect, test } from 'vitest';
import { buildCollectionReport } from './build-collection-report';
import { collectionInput, collectText } from './collection-report.test-support';

const PARTS = ['scope', 'summary', 'ranking', 'heatMap', 'gaps', 'missing', 'appendix'] as const;

describe('the consolidated report', () => {
  for (const language of ['vi', 'en'] as const) {
    test(`has its parts in order, on A4 with page numbers, in ${language}`, () => {
      const input = collectionInput(20, {}, language);
      const { t } = input.locale;
      const definition = buildCollectionReport(input);
      expect(definition.pageSize).toBe('A4');
      expect(definition.language).toBe(language === 'vi' ? 'vi-VN' : 'en-GB');
      const text = collectText(definition.content);
      const positions = PARTS.map((part) => text.indexOf(t(`collectionReport.pdf.${part}.heading`)));
      for (const position of positions) expect(position).toBeGreaterThan(-1);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(text[0]).toBe(t('collectionReport.pdf.title'));
      const footer =
        typeof definition.footer === 'function'
          ? definition.footer(2, 9, { width: 595, height: 842, orientation: 'portrait' })
          : undefined;
      expect(collectText(footer)).toEqual([
        t('collectionReport.pdf.footer', { count: 20, date: input.locale.format.date(input.today) }),
        t('report.pdf.page', { page: 2, pages: 9 }),
      ]);
    });
  }

  test('names every unit with its diacritics, whatever their normal form', () => {
    const input = collectionInput(30);
    const text = collectText(buildCollectionReport(input).content).join('\n');
    for (const row of input.rows) expect(text).toContain(row.unitName);
    // The generator writes about half of the names decomposed: render-pdf.ts composes them (normalize-text.ts).
    expect(input.rows.some((row) => row.unitName !== row.unitName.normalize('NFC'))).toBe(true);
  });

  test('the wide tables are on landscape pages, the others on portrait', () => {
    const definition = buildCollectionReport(collectionInput(5));
    const content = definition.content as { pageOrientation?: string; text?: string }[];
    expect(content.filter((node) => node.pageOrientation).map((node) => node.pageOrientation)).toEqual([
      'landscape',
      'portrait',
      'landscape',
    ]);
  });
});
