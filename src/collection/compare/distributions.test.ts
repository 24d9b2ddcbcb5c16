import { choice, dontKnow } from '../../../tests/fixtures/answers';
import { listComparisonRows } from './comparison-rows';
import { comparisonRow, receivedAssessment, tinyQuestionnaire, TODAY } from './compare.test-support';
import { buildHeatMap, countGrades, spreadOf, spreadSections } from './distributions';

/** The three units of comparison-rows.test.ts: a B department, an E commune, and a department with no answers. */
function threeUnits() {
  return listComparisonRows(
    tinyQuestionnaire(),
    [
      receivedAssessment({
        id: 'dept',
        answers: [choice('s-portal', 'yes'), choice('s-online', 'partly'), choice('g-signed', 'yes')],
      }),
      receivedAssessment({
        id: 'commune',
        profile: { unitName: 'UBND xã Đông Hòa', unitType: 'commune-committee', communeName: 'Xã Đông Hòa' },
        answers: [choice('s-portal', 'no'), choice('g-signed', 'no'), dontKnow('g-commune')],
      }),
      receivedAssessment({ id: 'empty' }),
    ],
    TODAY,
  );
}

test('units per grade: every grade listed, A to E, then those without one', () => {
  expect(countGrades(threeUnits())).toEqual([
    { grade: 'A', count: 0 },
    { grade: 'B', count: 1 },
    { grade: 'C', count: 0 },
    { grade: 'D', count: 0 },
    { grade: 'E', count: 1 },
    { grade: 'none', count: 1 },
  ]);
  expect(countGrades([]).every(({ count }) => count === 0)).toBe(true);
});

test('quartiles interpolate between the closest ranks, as QUARTILE.INC does', () => {
  // Positions (n - 1) × share: 0.75, 1.5 and 2.25 → 10 + 0.75 × 10, 20 + 0.5 × 10, 30 + 0.25 × 10.
  expect(spreadOf([40, 10, 30, 20])).toEqual({
    count: 4,
    min: 10,
    lowerQuartile: 17.5,
    median: 25,
    upperQuartile: 32.5,
    max: 40,
  });
  expect(spreadOf([62, 5, 90, 71, 48])).toEqual({
    count: 5,
    min: 5,
    lowerQuartile: 48,
    median: 62,
    upperQuartile: 71,
    max: 90,
  });
  expect(spreadOf([7])).toEqual({ count: 1, min: 7, lowerQuartile: 7, median: 7, upperQuartile: 7, max: 7 });
  expect(spreadOf([])).toEqual({ count: 0 });
});

test("each section's spread counts only the units with a score there", () => {
  const [services, signatures] = spreadSections(threeUnits(), ['services', 'signatures']);
  // Signatures: 100 (department) and 0 (commune); the unit with no answers has no score.
  expect(signatures).toEqual({
    sectionId: 'signatures',
    count: 2,
    min: 0,
    lowerQuartile: 25,
    median: 50,
    upperQuartile: 75,
    max: 100,
  });
  expect(services).toMatchObject({ sectionId: 'services', count: 2, min: 0, max: 83.3 });
  expect(spreadSections([comparisonRow()], ['data'])).toEqual([{ sectionId: 'data', count: 0 }]);
});

test('the heat map has a line per row, in their order, and a cell per section, empty without a score', () => {
  expect(buildHeatMap(threeUnits(), ['signatures', 'services'])).toEqual({
    sectionIds: ['signatures', 'services'],
    lines: [
      { assessmentId: 'dept', unitName: 'Sở Khoa học và Công nghệ', scores: [100, 83.3] },
      { assessmentId: 'commune', unitName: 'UBND xã Đông Hòa', scores: [0, 0] },
      { assessmentId: 'empty', unitName: 'Sở Khoa học và Công nghệ', scores: [undefined, undefined] },
    ],
  });
});
