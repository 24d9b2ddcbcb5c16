import { describe, expect, test } from 'vitest';
import { countGrades, spreadSections } from '../../collection/compare/distributions';
import { GRADES } from '../../questionnaire/content-schema';
import { sectionIdsOf } from './collection-input';
import { collectionInput, collectText, findNodes, findTables } from './collection-report.test-support';
import { summarize, summaryAndCharts } from './summary-and-charts';

const textOf = (value: unknown) => collectText(value).join(' ');

describe('summary figures and charts', () => {
  test('counts complete and provisional units and averages the overall scores', () => {
    const { rows } = collectionInput(60);
    const figures = summarize(rows);
    const scores = rows.flatMap((row) => row.score ?? []);
    expect(figures.received).toBe(60);
    expect(figures.complete + figures.provisional).toBe(60);
    expect(figures.complete).toBe(rows.filter((row) => row.answered === row.applicable).length);
    expect(figures.scored).toBe(scores.length);
    expect(figures.average).toBeCloseTo(scores.reduce((sum, score) => sum + score, 0) / scores.length, 1);
    expect(summarize([])).toEqual({ received: 0, complete: 0, provisional: 0, average: undefined, scored: 0 });
  });

  test('writes every figure, and each grade with its count and share beside its bar', () => {
    const input = collectionInput(60);
    const { t, format } = input.locale;
    const part = summaryAndCharts(input);
    const text = textOf(part);
    const figures = summarize(input.rows);
    expect(text).toContain(t('collectionReport.pdf.summary.heading'));
    expect(text).toContain(`${t('collectionReport.pdf.summary.complete')} ${figures.complete}`);
    expect(text).toContain(
      t('collectionReport.pdf.summary.averageValue', {
        score: format.number(figures.average ?? 0),
        count: figures.scored,
      }),
    );
    for (const { grade, count } of countGrades(input.rows).filter((one) => one.grade !== 'none')) {
      const share = format.number(Math.round((count / 60) * 1000) / 10);
      expect(text).toContain(
        `${t('collectionReport.pdf.summary.gradeLabel', { grade })} ${t('collectionReport.pdf.summary.gradeCount', { count, share })}`,
      );
    }
    // The grade chart: one bar per grade, its length proportional to the count, the longest for the commonest grade.
    const [gradeTable] = findTables(part).filter(
      (table) => table.body.length === GRADES.length && findNodes(table, (node) => node.type === 'rect').length > 0,
    );
    expect(gradeTable).toBeDefined();
    const bars = gradeTable!.body.map((line) => {
      const rects = findNodes(line, (node) => node.type === 'rect') as { w: number }[];
      return rects.length > 1 ? (rects[1]?.w ?? 0) : 0;
    });
    const counts = countGrades(input.rows).filter((one) => one.grade !== 'none' || one.count > 0);
    const most = Math.max(...counts.map((one) => one.count));
    bars.forEach((width, index) => expect(width).toBeCloseTo(((counts[index]?.count ?? 0) / most) * 170, 5));
  });

  test("draws each section's spread as a box plot and writes its figures", () => {
    const input = collectionInput(60);
    const { t, format } = input.locale;
    const part = summaryAndCharts(input);
    const text = textOf(part);
    const spreads = spreadSections(input.rows, sectionIdsOf(input.questionnaire));
    for (const spread of spreads) {
      expect(text).toContain(
        t('collectionReport.pdf.summary.spreadLine', {
          min: format.number(spread.min ?? 0),
          q1: format.number(spread.lowerQuartile ?? 0),
          median: format.number(spread.median ?? 0),
          q3: format.number(spread.upperQuartile ?? 0),
          max: format.number(spread.max ?? 0),
          count: spread.count,
        }),
      );
    }
    // The box runs from the lower to the upper quartile on a 150-point scale of 0-100.
    const boxes = findNodes(part, (node) => node.type === 'rect' && node.lineColor !== undefined) as {
      x: number;
      w: number;
    }[];
    expect(boxes).toHaveLength(spreads.length);
    boxes.forEach((box, index) => {
      expect(box.x).toBeCloseTo(((spreads[index]?.lowerQuartile ?? 0) / 100) * 150, 5);
      expect(box.x + box.w).toBeCloseTo(((spreads[index]?.upperQuartile ?? 0) / 100) * 150, 5);
    });
  });

  test('says so when a section has no score yet', () => {
    const input = collectionInput(3);
    const rows = input.rows.map((row) => ({ ...row, sections: { ...row.sections, services: {} } }));
    expect(textOf(summaryAndCharts({ ...input, rows }))).toContain(
      `1. ${input.locale.tc('sections.services.title')} ${input.locale.t('collectionReport.pdf.summary.noScores')}`,
    );
  });
});
