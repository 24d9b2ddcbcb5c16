import { describe, expect, test } from 'vitest';
import { comparisonRow } from '../../collection/compare/compare.test-support';
import { collectionInput, collectText, findTables } from './collection-report.test-support';
import { rankingPart, rankRows } from './ranking';

describe('the ranking', () => {
  test('orders units best to worst, equal scores share a rank, units without a score come last unranked', () => {
    const rows = [
      comparisonRow({ assessmentId: 'a', unitName: 'Xã A', score: 50 }),
      comparisonRow({ assessmentId: 'b', unitName: 'Xã B' }),
      comparisonRow({ assessmentId: 'c', unitName: 'Xã C', score: 80.5 }),
      comparisonRow({ assessmentId: 'd', unitName: 'Xã D', score: 50 }),
      comparisonRow({ assessmentId: 'e', unitName: 'Xã E', score: 12 }),
    ];
    expect(rankRows(rows).map(({ rank, row }) => [rank, row.assessmentId])).toEqual([
      [1, 'c'],
      [2, 'a'],
      [2, 'd'],
      [4, 'e'],
      [undefined, 'b'],
    ]);
  });

  test('ranks a generated collection by non-increasing score', () => {
    const ranked = rankRows(collectionInput(150).rows);
    const scores = ranked.flatMap(({ row }) => row.score ?? []);
    expect(ranked).toHaveLength(150);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    ranked.forEach(({ rank, row }, index) => {
      if (row.score === undefined) return;
      const previous = ranked[index - 1];
      expect(rank).toBe(previous?.row.score === row.score ? previous.rank : index + 1);
    });
  });

  test('is one table on landscape pages, its header repeated, one line per unit with every column', () => {
    const input = collectionInput(30);
    const { t, format } = input.locale;
    const part = rankingPart(input);
    expect(part[0]).toMatchObject({ pageBreak: 'before', pageOrientation: 'landscape' });
    const [table] = findTables(part);
    expect(table?.headerRows).toBe(1);
    expect(table?.body).toHaveLength(31);
    const columns = 8 + input.questionnaire.sections.length + 1;
    expect(table?.widths).toHaveLength(columns);
    for (const line of table?.body ?? []) expect(line).toHaveLength(columns);

    const ranked = rankRows(input.rows);
    ranked.forEach(({ rank, row }, index) => {
      const cells = collectText(table?.body[index + 1]);
      expect(cells[0]).toBe(rank === undefined ? '–' : format.number(rank));
      expect(cells[1]).toBe(row.unitName);
      expect(cells).toContain(t(`unitTypes.${row.unitType}.name`));
      expect(cells).toContain(t(`provinces.${row.provinceId}`));
      expect(cells).toContain(t(`periodLabels.${row.periodPart}`, { year: row.periodYear }));
      expect(cells).toContain(row.score === undefined ? '–' : format.number(row.score));
      expect(cells).toContain(row.grade ?? '–');
      if (row.isProvisional) expect(cells).toContain(t('collectionReport.pdf.ranking.provisionalMark'));
      expect(cells[cells.length - 1]).toBe(format.number(row.criticalGapCount));
      const sectionCells = cells.slice(-1 - input.questionnaire.sections.length, -1);
      expect(sectionCells).toEqual(
        input.questionnaire.sections.map(({ id }) => {
          const score = row.sections[id]?.score;
          return score === undefined ? '–' : format.number(score);
        }),
      );
    });
    // The key to the numbered section columns.
    expect(collectText(part).join(' ')).toContain(`1. ${input.locale.tc('sections.services.title')}`);
  });
});
