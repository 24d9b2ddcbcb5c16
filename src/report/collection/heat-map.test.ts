import { describe, expect, test } from 'vitest';
import { gradeFor } from '../../scoring/grade';
import { collectionInput, collectText, findTables } from './collection-report.test-support';
import { HEAT_COLOURS, heatMapPart } from './heat-map';
import { rankRows } from './ranking';

describe('the heat map', () => {
  test('prints every score in its cell, shaded by its grade, in the ranking order', () => {
    const input = collectionInput(40);
    const { format } = input.locale;
    const part = heatMapPart(input);
    expect(part[0]).toMatchObject({ pageBreak: 'before', pageOrientation: 'portrait' });
    const map = findTables(part).find((table) => table.headerRows === 1);
    expect(map?.body).toHaveLength(41);
    const ranked = rankRows(input.rows);
    ranked.forEach(({ row }, index) => {
      const line = map?.body[index + 1] as { text: string; fillColor?: string; color?: string }[];
      expect(line[1]?.text).toBe(row.unitName);
      input.questionnaire.sections.forEach(({ id }, column) => {
        const score = row.sections[id]?.score;
        const cell = line[column + 2];
        const colours = HEAT_COLOURS[score === undefined ? 'none' : gradeFor(score)];
        expect(cell?.text).toBe(score === undefined ? '–' : format.number(score));
        expect(cell?.fillColor).toBe(colours.fill);
        expect(cell?.color).toBe(colours.text);
      });
    });
  });

  test('has a key naming every shade with its grade and band, and the cell without a score', () => {
    const input = collectionInput(5);
    const { t } = input.locale;
    const part = heatMapPart(input);
    const key = findTables(part).find((table) => table.headerRows === undefined);
    const cells = (key?.body.flat() ?? []) as { text: string; fillColor?: string }[];
    for (const [grade, band] of [
      ['A', '90–100 điểm'],
      ['C', '65–79 điểm'],
      ['E', 'dưới 50 điểm'],
      ['–', t('collectionReport.pdf.heatMap.noScore')],
    ] as const) {
      const index = cells.findIndex((cell) => cell.text === grade);
      expect(cells[index]?.fillColor).toBe(HEAT_COLOURS[grade === '–' ? 'none' : grade].fill);
      expect(cells[index + 1]?.text).toBe(band);
    }
    expect(collectText(part).join(' ')).toContain(t('collectionReport.pdf.heatMap.legend'));
  });
});
