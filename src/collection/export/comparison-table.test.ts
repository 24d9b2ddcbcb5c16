import { SECTION_IDS } from '../../questionnaire/content-schema';
import { questionnaire } from '../../questionnaire/questionnaire';
import { listComparisonRows } from '../compare/comparison-rows';
import { TODAY } from '../compare/compare.test-support';
import { COMPARISON_COLUMNS, COMPARISON_END_COLUMNS, comparisonTable, type ComparisonTexts } from './comparison-table';
import { twoUnits } from './export.test-support';

const texts: ComparisonTexts = {
  headers: Object.fromEntries(
    [...COMPARISON_COLUMNS, ...COMPARISON_END_COLUMNS].map((column) => [column, `h:${column}`]),
  ) as ComparisonTexts['headers'],
  sectionScoreHeader: (id) => `score:${id}`,
  sectionGradeHeader: (id) => `grade:${id}`,
  unitType: (type) => `type:${type}`,
  province: (id) => `province:${id}`,
  period: (year, part) => `${part}/${year}`,
  grade: (grade) => grade ?? '',
  yes: 'Có',
  no: 'Không',
};

function table(withoutAssessorNames: boolean) {
  const received = twoUnits();
  const rows = listComparisonRows(questionnaire, received, TODAY);
  return { rows, table: comparisonTable(rows, received, SECTION_IDS, texts, { withoutAssessorNames }) };
}

describe('comparisonTable', () => {
  test('the header: unit columns, each section’s score and grade, critical gaps and the id', () => {
    const { table: result } = table(false);
    expect(result.header.slice(0, 8)).toEqual([
      'h:unit',
      'h:unitType',
      'h:province',
      'h:commune',
      'h:unitCode',
      'h:period',
      'h:assessorName',
      'h:assessorRole',
    ]);
    expect(result.header.slice(15, 17)).toEqual(['score:services', 'grade:services']);
    expect(result.header.slice(-2)).toEqual(['h:criticalGaps', 'h:assessmentId']);
    expect(result.header).toHaveLength(COMPARISON_COLUMNS.length + 2 * SECTION_IDS.length + 2);
  });

  test('a row holds the figures of the comparison row, numbers as numbers', () => {
    const { rows, table: result } = table(false);
    const row = rows[0]!;
    const cells = Object.fromEntries(result.header.map((header, i) => [header, result.rows[0]![i]]));
    expect(cells).toMatchObject({
      'h:unit': 'Sở Khoa học và Công nghệ',
      'h:unitType': 'type:provincial-department',
      'h:province': 'province:ha-noi',
      'h:commune': undefined,
      'h:period': 'year/2026',
      'h:assessorName': 'Nguyễn Thị Hương',
      'h:contentVersion': '2.0.0',
      'h:answeredPercent': row.answeredPercent,
      'h:score': row.score,
      'h:lowest': row.lowest,
      'h:highest': row.highest,
      'h:provisional': 'Có',
      'score:services': row.sections.services?.score,
      'h:criticalGaps': row.criticalGapCount,
      'h:assessmentId': 'dept-1',
    });
    expect(typeof cells['h:score']).toBe('number');
    const commune = Object.fromEntries(result.header.map((header, i) => [header, result.rows[1]![i]]));
    expect(commune).toMatchObject({ 'h:commune': 'Xã Minh Châu', 'h:contentVersion': '1.1.0', 'h:score': undefined });
  });

  test('without assessors: no name or role column, and no name anywhere', () => {
    const { table: result } = table(true);
    expect(result.header).not.toContain('h:assessorName');
    expect(result.header).not.toContain('h:assessorRole');
    expect(result.rows.flat()).not.toContain('Nguyễn Thị Hương');
    expect(result.rows.every((row) => row.length === result.header.length)).toBe(true);
  });
});
