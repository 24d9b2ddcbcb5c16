import fc from 'fast-check';
import { GRADES, UNIT_TYPES } from '../../questionnaire/content-schema';
import { questionnaire } from '../../questionnaire/questionnaire';
import { PERIOD_PARTS } from '../../assessment/profile-schema';
import { listComparisonRows, type ComparisonRow } from './comparison-rows';
import { comparisonRow, TODAY } from './compare.test-support';
import { filterRows, SORT_COLUMNS, sortRows, type ComparisonFilters, type SortColumn } from './filter-sort';
import { generateCollection } from './generated-collection.test-support';

const ids = (rows: readonly ComparisonRow[]) => rows.map((row) => row.assessmentId);

const ROWS = [
  comparisonRow({ assessmentId: 'a', unitName: 'Sở Tài chính tỉnh Thái Nguyên', grade: 'B', score: 84 }),
  comparisonRow({
    assessmentId: 'b',
    unitName: 'UBND xã Đông Hòa'.normalize('NFD'),
    unitType: 'commune-committee',
    communeName: 'Xã Đông Hòa',
    grade: 'E',
    score: 31.5,
    criticalGapCount: 2,
    answeredContentVersion: '1.1.0',
  }),
  comparisonRow({ assessmentId: 'c', unitName: 'Sở Y tế', periodYear: 2025, periodPart: 'h2' }),
  comparisonRow({ assessmentId: 'd', unitName: 'Trung tâm Phục vụ hành chính công', grade: 'B', score: 84 }),
];

test('each filter keeps the rows it names, and no filter keeps every row', () => {
  expect(ids(filterRows(ROWS, {}))).toEqual(['a', 'b', 'c', 'd']);
  expect(ids(filterRows(ROWS, { unitTypes: ['commune-committee'] }))).toEqual(['b']);
  expect(ids(filterRows(ROWS, { grades: ['B', 'none'] }))).toEqual(['a', 'c', 'd']);
  expect(ids(filterRows(ROWS, { periods: ['2025-h2'] }))).toEqual(['c']);
  expect(ids(filterRows(ROWS, { contentVersions: ['1.1.0'] }))).toEqual(['b']);
  expect(ids(filterRows(ROWS, { hasCriticalGap: true }))).toEqual(['b']);
  expect(ids(filterRows(ROWS, { hasCriticalGap: false }))).toEqual(['a', 'c', 'd']);
  expect(ids(filterRows(ROWS, { grades: [] }))).toEqual([]);
});

test('the name search ignores case, diacritics (đ too) and NFC / NFD, in unit and commune names', () => {
  expect(ids(filterRows(ROWS, { nameQuery: 'thai nguyen' }))).toEqual(['a']);
  expect(ids(filterRows(ROWS, { nameQuery: 'THÁI NGUYÊN'.normalize('NFD') }))).toEqual(['a']);
  expect(ids(filterRows(ROWS, { nameQuery: 'dong hoa' }))).toEqual(['b']);
  expect(ids(filterRows(ROWS, { nameQuery: 'Đông  Hoà' }))).toEqual(['b']);
  expect(ids(filterRows(ROWS, { nameQuery: 'so ' }))).toEqual(['a', 'c']);
  expect(ids(filterRows(ROWS, { nameQuery: '   ' }))).toEqual(['a', 'b', 'c', 'd']);
  expect(ids(filterRows(ROWS, { nameQuery: 'ha noi' }))).toEqual([]);
});

test('sorting by score: equal scores keep their order, rows without a score come last in both directions', () => {
  expect(ids(sortRows(ROWS, 'score', 'asc'))).toEqual(['b', 'a', 'd', 'c']);
  expect(ids(sortRows(ROWS, 'score', 'desc'))).toEqual(['a', 'd', 'b', 'c']);
  expect(ids(sortRows(ROWS, 'grade', 'asc'))).toEqual(['a', 'd', 'b', 'c']);
  expect(ids(sortRows(ROWS, 'period', 'asc'))).toEqual(['c', 'a', 'b', 'd']);
});

test('names sort in Vietnamese order (Đ after D, NFD beside NFC) and numbers in names as numbers', () => {
  const rows = ['Xã 10', 'Đông Hà', 'Dương Minh', 'Xã 2', 'An Phú'.normalize('NFD'), 'Ân Thi'].map((unitName) =>
    comparisonRow({ assessmentId: unitName, unitName }),
  );
  expect(sortRows(rows, 'unitName').map((row) => row.unitName.normalize('NFC'))).toEqual([
    'An Phú',
    'Ân Thi',
    'Dương Minh',
    'Đông Hà',
    'Xã 2',
    'Xã 10',
  ]);
});

test('by a section, and content versions by their numbers', () => {
  const rows = [
    comparisonRow({ assessmentId: 'x', sections: { data: { score: 40, grade: 'E' } }, contentVersion: '1.10.0' }),
    comparisonRow({ assessmentId: 'y', sections: {}, contentVersion: '1.9.0' }),
    comparisonRow({ assessmentId: 'z', sections: { data: { score: 75, grade: 'C' } }, contentVersion: '2.0.0' }),
  ];
  expect(ids(sortRows(rows, { sectionId: 'data', by: 'score' }, 'desc'))).toEqual(['z', 'x', 'y']);
  expect(ids(sortRows(rows, { sectionId: 'data', by: 'grade' }, 'asc'))).toEqual(['z', 'x', 'y']);
  expect(ids(sortRows(rows, 'contentVersion', 'asc'))).toEqual(['y', 'x', 'z']);
});

const rowArb = fc
  .record({
    unitType: fc.constantFrom(...UNIT_TYPES),
    grade: fc.option(fc.constantFrom(...GRADES), { nil: undefined }),
    score: fc.option(
      fc.integer({ min: 0, max: 20 }).map((n) => n * 5),
      { nil: undefined },
    ),
    periodYear: fc.constantFrom(2025, 2026),
    periodPart: fc.constantFrom(...PERIOD_PARTS),
    answeredContentVersion: fc.constantFrom('1.1.0', '2.0.0'),
    criticalGapCount: fc.integer({ min: 0, max: 2 }),
    unitName: fc.constantFrom('Sở Tài chính', 'Xã Đông Hòa'.normalize('NFD'), 'Thái Nguyên', 'Phường Hòa Bình'),
  })
  .map((fields) => comparisonRow(fields));
const rowsArb = fc
  .array(rowArb, { maxLength: 30 })
  .map((rows) => rows.map((row, index) => ({ ...row, assessmentId: `r${index}` })));

const filtersArb: fc.Arbitrary<ComparisonFilters> = fc.record(
  {
    unitTypes: fc.subarray([...UNIT_TYPES]),
    grades: fc.subarray([...GRADES, 'none' as const]),
    periods: fc.subarray(['2025-year', '2026-year', '2026-h1', '2026-q2']),
    contentVersions: fc.subarray(['1.1.0', '2.0.0']),
    hasCriticalGap: fc.boolean(),
    nameQuery: fc.constantFrom('', 'hoa', 'ĐÔNG', 'tai chinh', 'x'),
  },
  { requiredKeys: [] },
);

test('filters commute: in either order, one after the other, they keep the rows both keep', () => {
  fc.assert(
    fc.property(rowsArb, filtersArb, filtersArb, (rows, first, second) => {
      const oneThenOther = ids(filterRows(filterRows(rows, first), second));
      expect(ids(filterRows(filterRows(rows, second), first))).toEqual(oneThenOther);
      const keptByBoth = rows.filter((row) => filterRows([row], first).length && filterRows([row], second).length);
      expect(ids(keptByBoth)).toEqual(oneThenOther);
    }),
  );
});

const columnArb: fc.Arbitrary<SortColumn> = fc.oneof(
  fc.constantFrom(...SORT_COLUMNS),
  fc.record({ sectionId: fc.constantFrom('services' as const), by: fc.constantFrom('score' as const) }),
);

test('sorting keeps every row, orders the values, keeps ties in order and puts missing values last', () => {
  fc.assert(
    fc.property(rowsArb, columnArb, fc.constantFrom('asc' as const, 'desc' as const), (rows, column, direction) => {
      const sorted = sortRows(rows, column, direction);
      expect([...ids(sorted)].sort()).toEqual([...ids(rows)].sort());
      const indexOf = (row: ComparisonRow) => rows.indexOf(row);
      // Each neighbouring pair, sorted alone from its order in the input, comes out as it stands in the result: the
      // order is consistent (a total order sorts the whole list) and stable (ties keep the input's order).
      sorted.slice(1).forEach((row, index) => {
        const before = sorted[index] as ComparisonRow;
        const asInput = indexOf(before) < indexOf(row) ? [before, row] : [row, before];
        expect(ids(sortRows(asInput, column, direction))).toEqual(ids([before, row]));
      });
      if (column === 'score') {
        const scores = sorted.map((row) => row.score);
        const defined = scores.filter((score) => score !== undefined);
        expect(scores.slice(defined.length).every((score) => score === undefined)).toBe(true);
        const expected = [...defined].sort((a, b) => (direction === 'asc' ? a - b : b - a));
        expect(defined).toEqual(expected);
      }
    }),
  );
});

test('sorting and filtering 3,321 rows takes well under 100 ms', () => {
  const rows = listComparisonRows(questionnaire, generateCollection(3321, 3), TODAY);
  sortRows(rows, 'unitName');
  const started = performance.now();
  const sorted = sortRows(rows, 'unitName', 'desc');
  const sortedByScore = sortRows(rows, 'score', 'desc');
  const sortTime = performance.now() - started;
  const filterStarted = performance.now();
  const filtered = filterRows(rows, { nameQuery: 'thai nguyen', grades: ['C', 'D', 'E'], hasCriticalGap: false });
  const filterTime = performance.now() - filterStarted;
  console.log(
    `3,321 rows: two sorts (name, score) in ${sortTime.toFixed(1)} ms, a filter in ${filterTime.toFixed(1)} ms`,
  );
  expect(sorted).toHaveLength(3321);
  expect(sortedByScore).toHaveLength(3321);
  expect(filtered.length).toBeGreaterThan(0);
  expect(sortTime / 2 + filterTime).toBeLessThan(100);
});
