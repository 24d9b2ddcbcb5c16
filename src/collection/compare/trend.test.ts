import { comparisonRow } from './compare.test-support';
import { listUnitTrends, unitKeyOf } from './trend';

const SECTIONS = ['services', 'data'] as const;

const thaiNguyen = {
  unitName: 'Sở Tài chính tỉnh Thái Nguyên',
  unitType: 'provincial-department',
  provinceId: 'thai-nguyen',
} as const;

test("one unit's periods in order, with the change of each section and overall from one to the next", () => {
  const rows = [
    comparisonRow({
      ...thaiNguyen,
      assessmentId: '2026-h1',
      periodYear: 2026,
      periodPart: 'h1',
      score: 70.2,
      grade: 'C',
      sections: { services: { score: 55.5 }, data: { score: 80 } },
    }),
    comparisonRow({
      ...thaiNguyen,
      // Typed in capitals, in NFD, with a double space: still the same unit.
      unitName: 'SỞ TÀI CHÍNH  tỉnh Thái Nguyên'.normalize('NFD'),
      assessmentId: '2025',
      periodYear: 2025,
      periodPart: 'year',
      score: 60,
      grade: 'D',
      answeredContentVersion: '1.1.0',
      sections: { services: { score: 50 }, data: { score: 80 } },
    }),
    comparisonRow({
      ...thaiNguyen,
      assessmentId: '2026',
      periodYear: 2026,
      periodPart: 'year',
      score: 65.1,
      grade: 'C',
      sections: { services: { score: 60.3 } },
    }),
  ];
  const [trend, ...others] = listUnitTrends(rows, SECTIONS);
  expect(others).toEqual([]);
  expect(trend?.rows.map((row) => row.assessmentId)).toEqual(['2025', '2026-h1', '2026']);
  expect(trend?.unitName).toBe('Sở Tài chính tỉnh Thái Nguyên');
  expect(trend?.steps).toEqual([
    {
      fromAssessmentId: '2025',
      toAssessmentId: '2026-h1',
      fromPeriodId: '2025-year',
      toPeriodId: '2026-h1',
      isSamePeriod: false,
      // 70.2 − 60 and 55.5 − 50, one decimal (no 10.200000000000003).
      overallChange: 10.2,
      sectionChanges: { services: 5.5, data: 0 },
      gradeFrom: 'D',
      gradeTo: 'C',
      fromContentVersion: '1.1.0',
      toContentVersion: '2.0.0',
      isContentVersionDifferent: true,
    },
    {
      fromAssessmentId: '2026-h1',
      toAssessmentId: '2026',
      fromPeriodId: '2026-h1',
      toPeriodId: '2026-year',
      isSamePeriod: false,
      overallChange: -5.1,
      // No data score in 2026: no change to give.
      sectionChanges: { services: 4.8 },
      gradeFrom: 'C',
      gradeTo: 'C',
      fromContentVersion: '2.0.0',
      toContentVersion: '2.0.0',
      isContentVersionDifferent: false,
    },
  ]);
});

test('without a roster, the same name in another province or of another type is another unit', () => {
  const rows = [
    comparisonRow({ ...thaiNguyen, assessmentId: 'a' }),
    comparisonRow({ ...thaiNguyen, assessmentId: 'b', provinceId: 'bac-ninh' }),
    comparisonRow({ ...thaiNguyen, assessmentId: 'c', unitType: 'provincial-service-centre' }),
    comparisonRow({ ...thaiNguyen, assessmentId: 'd', periodYear: 2025 }),
  ];
  const trends = listUnitTrends(rows, SECTIONS);
  expect(trends.map((trend) => trend.rows.map((row) => row.assessmentId))).toEqual([['d', 'a'], ['b'], ['c']]);
  expect(trends[1]?.steps).toEqual([]);
});

test("the roster's code joins a former unit to its successor after a merger, whatever the names", () => {
  const rows = [
    comparisonRow({
      assessmentId: 'old',
      unitName: 'UBND xã Tân Lập',
      unitType: 'commune-committee',
      periodYear: 2025,
    }),
    comparisonRow({
      assessmentId: 'new',
      unitName: 'UBND xã Tân Phú',
      unitType: 'commune-committee',
      periodYear: 2026,
    }),
    comparisonRow({ assessmentId: 'unmapped', unitName: 'UBND xã Tân Phú', unitType: 'commune-committee' }),
  ];
  const roster = new Map([
    ['old', 'X-0042'],
    ['new', 'X-0042'],
  ]);
  const trends = listUnitTrends(rows, SECTIONS, roster);
  expect(trends.map((trend) => [trend.unitKey, trend.rows.map((row) => row.assessmentId)])).toEqual([
    ['roster:X-0042', ['old', 'new']],
    ['name:ubnd xa tan phu|commune-committee|ha-noi', ['unmapped']],
  ]);
  expect(trends[0]?.unitName).toBe('UBND xã Tân Phú');
  // A code that reads like a name key is still a code: it never joins the unmapped unit of that name.
  const confusing = new Map([['new', 'name:ubnd xa tan phu|commune-committee|ha-noi']]);
  expect(unitKeyOf(rows[1]!, confusing)).not.toBe(unitKeyOf(rows[2]!, confusing));
});

test('two assessments of one period keep the order they came in and say they are of the same period', () => {
  const rows = [
    comparisonRow({ assessmentId: 'first', score: 50 }),
    comparisonRow({ assessmentId: 'copy', score: 52.5, hasConflict: true }),
  ];
  const [trend] = listUnitTrends(rows, SECTIONS);
  expect(trend?.steps).toMatchObject([
    { fromAssessmentId: 'first', toAssessmentId: 'copy', isSamePeriod: true, overallChange: 2.5 },
  ]);
  expect(trend?.steps[0]?.gradeFrom).toBeUndefined();
});

test('the unit’s own code keeps a renamed unit one, and takes in its assessment from before it had a code', () => {
  const rows = [
    comparisonRow({ assessmentId: 'before-code', unitName: 'UBND xã Tân Phú', periodYear: 2025 }),
    comparisonRow({ assessmentId: 'with-code', unitName: 'UBND xã Tân Phú', unitCode: '25747', periodYear: 2026 }),
    // Renamed after a merger, same code (written in lower case with spaces around it).
    comparisonRow({ assessmentId: 'renamed', unitName: 'UBND xã Tân Phú Đông', unitCode: ' 25747 ', periodYear: 2027 }),
  ];
  const trends = listUnitTrends(rows, SECTIONS);
  expect(trends.map((trend) => [trend.unitKey, trend.rows.map((row) => row.assessmentId)])).toEqual([
    ['code:25747', ['before-code', 'with-code', 'renamed']],
  ]);
  expect(trends[0]?.unitName).toBe('UBND xã Tân Phú Đông');
});

test('two codes under one name are two units; that name’s assessments without a code stay on their own', () => {
  const rows = [
    comparisonRow({ assessmentId: 'a', unitName: 'UBND xã Tân Phú', unitCode: '25747' }),
    comparisonRow({ assessmentId: 'b', unitName: 'UBND xã Tân Phú', unitCode: '25750' }),
    comparisonRow({ assessmentId: 'no-code', unitName: 'UBND xã Tân Phú', periodYear: 2024 }),
  ];
  const trends = listUnitTrends(rows, SECTIONS);
  expect(trends.map((trend) => trend.rows.map((row) => row.assessmentId))).toEqual([['a'], ['b'], ['no-code']]);
});
