import type { UnitType } from '../../questionnaire/content-schema';
import { listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import { TODAY } from '../compare/compare.test-support';
import { twoUnits } from './export.test-support';
import { tidyColumns, tidyRowCount, tidyTable, TIDY_COLUMNS } from './tidy-table';

const options = {
  questionnaire,
  today: TODAY,
  withoutAssessorNames: false,
  describe: (question: { id: string }, answer?: { response?: { kind: string } }) =>
    `${question.id}:${answer?.response?.kind ?? 'none'}`,
};

function rowsByQuestion(withoutAssessorNames = false) {
  const table = tidyTable(twoUnits(), { ...options, withoutAssessorNames });
  const rows = [...table.rows].map((row) => Object.fromEntries(table.header.map((column, i) => [column, row[i]])));
  return { table, rows };
}

describe('tidyTable', () => {
  test('one row per assessment and applicable question, as many as announced', () => {
    const { table, rows } = rowsByQuestion();
    const applicable = (unitType: UnitType) =>
      questionnaire.sections.reduce((sum, section) => sum + listApplicableQuestions(section, unitType).length, 0);
    expect(rows).toHaveLength(applicable('provincial-department') + applicable('commune-committee'));
    expect(table.rowCount).toBe(rows.length);
    expect(tidyRowCount(questionnaire, twoUnits())).toBe(rows.length);
    expect(table.header).toEqual([...TIDY_COLUMNS]);
  });

  test('codes, points and notes of each kind of answer', () => {
    const { rows } = rowsByQuestion();
    const of = (id: string) => rows.find((row) => row.assessment_id === 'dept-1' && row.question_id === id);
    expect(of('services-national-portal')).toMatchObject({
      unit_name: 'Sở Khoa học và Công nghệ',
      unit_type: 'provincial-department',
      province_id: 'ha-noi',
      period_year: 2026,
      period_part: 'year',
      content_version: '2.0.0',
      assessor_name: 'Nguyễn Thị Hương',
      section_id: 'services',
      question_type: 'yes-partly-no',
      status: 'scored',
      answer_code: 'partly',
      answer_text: 'services-national-portal:value',
      weight: 3,
      earned: 0.5,
      points: 1.5,
      note: 'Đã kết nối, còn thiếu thủ tục đất đai',
    });
    expect(of('services-plan-02-full-process')).toMatchObject({ answer_code: '12/40', earned: 0.3, points: 0.9 });
    expect(of('services-satisfaction-rate')?.answer_code).toBe('87.5');
    expect(of('signatures-vneid-use')?.answer_code).toBe('organisation-account;identity-checks');
    expect(of('security-drills')).toMatchObject({
      status: 'dont-know',
      answer_code: 'dont-know',
      earned: 0,
      points: 0,
    });
    expect(of('security-annual-report')).toMatchObject({
      status: 'not-applicable',
      answer_code: 'not-applicable',
      earned: undefined,
      points: undefined,
    });
    // A question of weight 0 (a context question) is never scored, answered or not.
    expect(of('services-obstacles')).toMatchObject({ status: 'not-scored', answer_code: undefined, weight: 0 });
    expect(of('services-on-time-rate')).toMatchObject({
      status: 'unanswered',
      answer_code: undefined,
      earned: undefined,
    });
  });

  test('the commune: its commune name, the content version it answered on, every question unanswered', () => {
    const { rows } = rowsByQuestion();
    const commune = rows.filter((row) => row.assessment_id === 'commune-1');
    expect(new Set(commune.map((row) => row.commune_name))).toEqual(new Set(['Xã Minh Châu']));
    expect(new Set(commune.map((row) => row.content_version))).toEqual(new Set(['1.1.0']));
    expect(new Set(commune.map((row) => row.status))).toEqual(new Set(['unanswered', 'not-scored']));
    expect(commune.every((row) => row.answer_code === undefined && row.points === undefined)).toBe(true);
  });

  test('without assessors: the name and role columns are not written at all', () => {
    const { table, rows } = rowsByQuestion(true);
    expect(table.header).toEqual(tidyColumns({ withoutAssessorNames: true }));
    expect(table.header).not.toContain('assessor_name');
    expect(table.header).not.toContain('assessor_role');
    expect(rows[0]).not.toHaveProperty('assessor_name');
    expect([...table.rows].flat()).not.toContain('Nguyễn Thị Hương');
    expect([...table.rows].every((row) => row.length === table.header.length)).toBe(true);
  });

  test('the points of a section add up to its score on the results screen', async () => {
    const { scoreReceivedAssessment } = await import('../compare/score-received');
    const [dept] = twoUnits();
    const { score } = scoreReceivedAssessment(questionnaire, dept!, TODAY);
    const { rows } = rowsByQuestion();
    const services = rows.filter((r) => r.assessment_id === 'dept-1' && r.section_id === 'services');
    const counted = services.filter((r) => typeof r.points === 'number' && (r.weight as number) > 0);
    const points = counted.reduce((sum, r) => sum + (r.points as number), 0);
    const weight = counted.reduce((sum, r) => sum + (r.weight as number), 0);
    expect(Math.round((points / weight) * 1000) / 10).toBe(score.sections[0]?.score);
  });
});
