import { describe, expect, test } from 'vitest';
import { questionKeys } from '../../questionnaire/content-keys';
import { describeLegalReferenceShort, listCitedDocuments } from '../report-text';
import { collectionInput, collectText, findTables } from './collection-report.test-support';
import { commonGapsPart, DEFAULT_MAX_GAPS } from './common-gaps';

describe('the most common gaps', () => {
  test('lists the commonest gaps first with their count, share, action and legal basis', () => {
    const input = collectionInput(60);
    const { t, tc, format } = input.locale;
    expect(input.commonGaps.length).toBeGreaterThan(DEFAULT_MAX_GAPS);
    const part = commonGapsPart(input);
    const [table] = findTables(part);
    expect(table?.headerRows).toBe(1);
    expect(table?.body).toHaveLength(DEFAULT_MAX_GAPS + 1);
    input.commonGaps.slice(0, DEFAULT_MAX_GAPS).forEach((gap, index) => {
      const cells = table?.body[index + 1] ?? [];
      expect(collectText(cells[0])).toEqual([format.number(index + 1)]);
      expect(collectText(cells[1])).toContain(tc(questionKeys(gap.questionId).label));
      expect(collectText(cells[1])).toContain(tc(`sections.${gap.sectionId}.title`));
      const share = format.number(Math.round(gap.share * 1000) / 10);
      expect(collectText(cells[2])[0]).toBe(`${gap.failing}/${gap.applicable} (${share}%)`);
      if (gap.critical > 0) {
        expect(collectText(cells[2])).toContain(t('collectionReport.pdf.gaps.criticalValue', { count: gap.critical }));
      }
      expect(collectText(cells[3])).toEqual([gap.remediation ? tc(gap.actionKey) : '–']);
      const basis = gap.legalBasis
        .map((reference) => describeLegalReferenceShort(input.locale, reference, input.questionnaire.legalDocuments))
        .join('; ');
      expect(basis).not.toBe('');
      expect(collectText(cells[4])).toEqual([basis]);
    });
    // Shares never rise down the list.
    const shares = input.commonGaps.slice(0, DEFAULT_MAX_GAPS).map((gap) => gap.share);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  test('cites every document of the listed gaps in full under the table', () => {
    const input = collectionInput(30);
    const text = collectText(commonGapsPart(input));
    const shown = input.commonGaps.slice(0, DEFAULT_MAX_GAPS);
    const cited = listCitedDocuments(
      input.locale,
      shown.flatMap((gap) => gap.legalBasis),
      input.questionnaire.legalDocuments,
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.some((line) => /^Nghị định số \d+\/\d{4}\/NĐ-CP ngày/.test(line))).toBe(true);
    for (const line of cited) expect(text).toContain(line);
    expect(text).toContain(input.locale.t('collectionReport.pdf.gaps.citedDocuments'));
  });

  test('lists as many as asked, and says so when no unit fails anything', () => {
    const input = collectionInput(20);
    expect(findTables(commonGapsPart({ ...input, options: { maxGaps: 5 } }))[0]?.body).toHaveLength(6);
    const text = collectText(commonGapsPart({ ...input, options: { maxGaps: 5 } })).join(' ');
    expect(text).toContain(
      input.locale.t('collectionReport.pdf.gaps.intro', { shown: 5, total: input.commonGaps.length }),
    );
    const empty = collectText(commonGapsPart({ ...input, commonGaps: [] }));
    expect(empty).toContain(input.locale.t('collectionReport.pdf.gaps.empty'));
    expect(findTables(commonGapsPart({ ...input, commonGaps: [] }))).toEqual([]);
  });
});
