import { answersOf, choice, dontKnow } from '../../../tests/fixtures/answers';
import { questionnaire } from '../../questionnaire/questionnaire';
import { scoreAssessment } from '../../scoring/score-assessment';
import { listComparisonRows, toComparisonRow } from './comparison-rows';
import { receivedAssessment, tinyQuestionnaire, TODAY } from './compare.test-support';
import { generateCollection } from './generated-collection.test-support';
import { scoreReceivedAssessments } from './score-received';

test('a complete department: section and overall scores, grades and completeness, worked by hand', () => {
  const received = receivedAssessment({
    id: 'dept',
    profile: { unitName: 'Sở Tài chính', periodYear: 2026, periodPart: 'h1' },
    answers: [choice('s-portal', 'yes'), choice('s-online', 'partly'), choice('g-signed', 'yes')],
    answeredOn: '1.1.0',
  });
  const [row] = listComparisonRows(tinyQuestionnaire(), [received], TODAY);
  expect(row).toEqual({
    assessmentId: 'dept',
    unitName: 'Sở Tài chính',
    unitType: 'provincial-department',
    provinceId: 'ha-noi',
    communeName: undefined,
    periodYear: 2026,
    periodPart: 'h1',
    periodId: '2026-h1',
    periodKey: 20260606,
    answeredContentVersion: '1.1.0',
    contentVersion: '2.0.0',
    // Three of the four questions that apply: the unscored note is unanswered.
    answered: 3,
    applicable: 4,
    answeredPercent: 75,
    // Services (2 × 1 + 1 × 0.5) / 3 = 83.3; signatures 100; overall (83.3 × 2 + 100) / 3 = 88.9, a B.
    score: 88.9,
    lowest: 88.9,
    highest: 88.9,
    grade: 'B',
    uncappedGrade: 'B',
    isProvisional: false,
    sections: { services: { score: 83.3, grade: 'B' }, signatures: { score: 100, grade: 'A' } },
    criticalGapCount: 0,
    hasConflict: false,
    searchText: 'so tai chinh',
  });
});

test('a commune with a critical gap, an ungraded section and a provisional range, worked by hand', () => {
  const received = receivedAssessment({
    id: 'commune',
    profile: { unitName: 'UBND xã Đông Hòa', unitType: 'commune-committee', communeName: 'Xã Đông Hòa' },
    answers: [choice('s-portal', 'no'), choice('g-signed', 'no'), dontKnow('g-commune')],
    conflictWith: 'commune-copy',
  });
  const [row] = listComparisonRows(tinyQuestionnaire(), [received], TODAY);
  expect(row).toMatchObject({
    answered: 3,
    applicable: 5,
    answeredPercent: 60,
    // Services: 0 on the one answered question; one of two scored answered, fewer than the 2 a grade needs.
    // Highest: (0 × 2 + 1 × 1) / 3 = 33.3 in services, so (33.3 × 2 + 0) / 3 = 22.2 overall.
    score: 0,
    lowest: 0,
    highest: 22.2,
    grade: 'E',
    isProvisional: true,
    sections: { services: { score: 0, grade: undefined }, signatures: { score: 0, grade: 'E' } },
    criticalGapCount: 1,
    hasConflict: true,
    searchText: 'ubnd xa dong hoa xa dong hoa',
  });
});

test('nothing answered: no score, no grade, 0% answered, every section empty', () => {
  const [row] = listComparisonRows(tinyQuestionnaire(), [receivedAssessment()], TODAY);
  expect(row).toMatchObject({ answered: 0, answeredPercent: 0, isProvisional: true, lowest: 0, highest: 100 });
  expect(row?.score).toBeUndefined();
  expect(row?.grade).toBeUndefined();
  expect(row?.sections).toEqual({ services: {}, signatures: {} });
});

test("a unit's figures in the table are those of its own results screen", () => {
  const collection = generateCollection(60, 7);
  const rows = listComparisonRows(questionnaire, collection, TODAY);
  collection.forEach((received, index) => {
    const { assessment, answers } = received.entry;
    // As the results screen: the stored answers keyed by question, scored for the unit type and today.
    const results = scoreAssessment(questionnaire, assessment.profile.unitType, answersOf(...answers), TODAY);
    const row = rows[index];
    expect(row?.assessmentId).toBe(received.id);
    expect(row?.score).toBe(results.score);
    expect(row?.grade).toBe(results.grade);
    expect([row?.lowest, row?.highest, row?.isProvisional]).toEqual([
      results.lowest,
      results.highest,
      results.isProvisional,
    ]);
    expect(row?.answeredPercent).toBe(Math.round((results.answered / results.applicable) * 100));
    expect(row?.criticalGapCount).toBe(results.criticalGaps.length);
    for (const section of results.sections) {
      expect(row?.sections[section.sectionId]).toEqual({ score: section.score, grade: section.grade });
    }
  });
  // The collection is varied enough for the comparison to mean something.
  expect(new Set(rows.map((row) => row.grade)).size).toBeGreaterThanOrEqual(4);
  expect(rows.some((row) => row.criticalGapCount > 0)).toBe(true);
});

test('3,321 rows (every commune of the country): scoring each unit once is the cost, the rows add little', () => {
  const collection = generateCollection(3321);
  // Warm up, so that neither measurement pays for the compiler.
  listComparisonRows(questionnaire, collection.slice(0, 300), TODAY);
  const scoringStarted = performance.now();
  const scored = scoreReceivedAssessments(questionnaire, collection, TODAY);
  const scoring = performance.now() - scoringStarted;
  const rowsStarted = performance.now();
  const rows = scored.map(toComparisonRow);
  const building = performance.now() - rowsStarted;
  console.log(
    `comparison rows: ${rows.length} in ${(scoring + building).toFixed(0)} ms ` +
      `(scoreAssessment ${scoring.toFixed(0)} ms, rows from the scores ${building.toFixed(0)} ms)`,
  );
  expect(rows).toHaveLength(3321);
  // Relative, so that a loaded machine does not fail it: building the rows costs a fraction of scoring.
  expect(building).toBeLessThan(scoring / 4);
});
