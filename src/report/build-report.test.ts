import type { Content, ContentTable } from 'pdfmake/interfaces';
import { choice, dontKnow, notApplicable } from '../../tests/fixtures/answers';
import { buildProfile } from '../../tests/fixtures/profile';
import type { Assessment } from '../assessment/assessment-schema';
import type { PlanItem } from '../assessment/plan-item-schema';
import type { Answer } from '../questionnaire/answer-schema';
import { questionnaire } from '../questionnaire/questionnaire';
import { listRemediation } from '../scoring/remediation';
import { scoreAssessment } from '../scoring/score-assessment';
import { buildReport, type ReportInput } from './build-report';
import { collectText, fakeLocale } from './fake-locale.test-support';
import { normalizeDeep } from './normalize-text';
import { CONTENT_WIDTH, PAGE_MARGINS } from './pdf-layout';
import type { ReportLanguage } from './report-text';

const TODAY = '2026-11-22';

const assessment: Assessment = {
  id: 'a-1',
  profile: buildProfile({ unitName: 'Sở Tư pháp tỉnh Ninh Bình', provinceId: 'ninh-binh' }),
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-22T08:00:00.000Z',
};

/** The known set of the browser tests: 65.4 points, grade C capped at D, two actions. */
const knownAnswers = new Map<string, Answer>(
  [
    { ...choice('security-citizen-systems-level-approved', 'partly'), note: 'Cổng thông tin chưa có quyết định' },
    {
      ...choice('security-portal-level-3', 'yes'),
      evidence: { documentNumber: '125/QĐ-UBND', issuedOn: '2025-03-15', issuer: 'UBND tỉnh Ninh Bình' },
    },
    choice('security-redetermination-on-change', 'yes'),
    choice('security-drills', 'no'),
  ].map((answer) => [answer.questionId, answer]),
);

function inputFor(
  language: ReportLanguage,
  answers = knownAnswers,
  planItems = new Map<string, PlanItem>(),
  options: ReportInput['options'] = {},
): ReportInput {
  const score = scoreAssessment(questionnaire, assessment.profile.unitType, answers, TODAY);
  return {
    locale: fakeLocale(language),
    questionnaire,
    assessment,
    answers,
    planItems,
    score,
    plan: listRemediation(questionnaire, score, TODAY),
    today: TODAY,
    describeAnswer: (_question, answer) => `answer:${answer?.response?.kind ?? 'none'}`,
    describeImprovement: (_question, improvement) => `improve:${improvement.kind}`,
    options,
  };
}

const textOf = (content: unknown) => collectText(content).join('\n');

/** The content nodes that are tables with the plan's header. */
function findPlanTable(content: Content[]): ContentTable {
  const table = content.find(
    (node): node is ContentTable => typeof node === 'object' && 'table' in node && node.table?.widths?.length === 6,
  );
  if (!table) throw new Error('no plan table');
  return table;
}

test('the report holds the cover, the score and grade, the critical gap, the plan and every section', () => {
  const locale = fakeLocale('vi');
  const { t, tc } = locale;
  const definition = buildReport(inputFor('vi'));
  const text = textOf(definition.content);
  expect(definition.pageSize).toBe('A4');
  expect(text).toContain('Sở Tư pháp tỉnh Ninh Bình');
  expect(text).toContain(t('provinces.ninh-binh'));
  expect(text).toContain('Năm 2026');
  expect(text).toContain('Nguyễn Thị Hương, Chuyên viên Văn phòng Sở');
  expect(text).toContain('22/11/2026');
  expect(text).toContain(t('report.pdf.gradeLine', { score: '65,4', grade: 'D' }));
  expect(text).toContain(t('results.capped', { grade: 'D', uncapped: 'C' }));
  expect(text).toContain(tc('criticalGaps.citizen-systems-without-level'));
  for (const section of questionnaire.sections) expect(text).toContain(tc(`sections.${section.id}.title`));
  // Notes and evidence of the answers.
  expect(text).toContain('Cổng thông tin chưa có quyết định');
  expect(text).toContain('125/QĐ-UBND, 15/03/2025, UBND tỉnh Ninh Bình');
  // The methodology appendix comes from docs/methodology.md.
  expect(text).toContain('Xếp loại và giới hạn');
  // No official header unless asked for.
  expect(text).not.toContain(t('report.pdf.nationalTitle'));
});

test('the plan table: one row per action, critical first, with legal basis, owner, due date and status', () => {
  const { t, tc } = fakeLocale('vi');
  const planItems = new Map<string, PlanItem>([
    [
      'security-drills',
      {
        questionId: 'security-drills',
        owner: 'Phòng Công nghệ thông tin',
        dueOn: '2027-03-31',
        status: 'in-progress',
        updatedAt: '2026-11-22T08:00:00.000Z',
      },
    ],
  ]);
  const input = inputFor('vi', knownAnswers, planItems);
  const table = findPlanTable(buildReport(input).content as Content[]);
  const [header, ...rows] = table.table.body;
  expect(textOf(header)).toBe(
    ['priority', 'action', 'legalBasis', 'owner', 'dueOn', 'status']
      .map((c) => t(`report.pdf.columns.${c}`))
      .join('\n'),
  );
  expect(rows.map((row) => textOf(row[1]).split('\n')[0])).toEqual([
    tc('questions.security-citizen-systems-level-approved.action'),
    tc('questions.security-drills.action'),
  ]);
  expect(textOf(rows[0]?.[0])).toContain(t('plan.critical'));
  expect(textOf(rows[0]?.[2])).toContain('Điều 8 Luật 116/2025/QH15');
  expect(textOf(rows[0]?.[2])).toContain(`Nghị định 85/2016/NĐ-CP (${t('legal.status.in-transition')})`);
  // Under the table, each cited document in full: dated, with its status note.
  const text = textOf(buildReport(input).content);
  expect(text).toContain(t('report.pdf.citedDocuments'));
  expect(text).toContain(
    'Luật An ninh mạng số 116/2025/QH15 ngày 10/12/2025 của Quốc hội: ' +
      `${tc('legal.law-cybersecurity-2025.title')}.`,
  );
  expect(text).toContain(
    'Nghị định số 85/2016/NĐ-CP ngày 1/7/2016 của Chính phủ: ' +
      `${tc('legal.decree-85-2016.title')} (đang chuyển tiếp: ${tc('legal.decree-85-2016.transitionNote')}).`,
  );
  // A repealed document is no longer a basis of any question.
  expect(text).not.toContain('86/2015/QH13');
  expect(textOf(rows[1])).toContain('Phòng Công nghệ thông tin');
  expect(textOf(rows[1])).toContain('31/03/2027');
  expect(textOf(rows[1])).toContain(t('plan.statuses.in-progress'));
  expect(textOf(rows[0])).toContain(t('plan.statuses.to-do'));
  // The table fits a landscape A4 page with the fixed columns it declares.
  const fixed = (table.table.widths as (number | string)[]).filter((w): w is number => typeof w === 'number');
  expect(fixed.reduce((sum, width) => sum + width, 0)).toBeLessThan(
    297 * (72 / 25.4) - PAGE_MARGINS[0] - PAGE_MARGINS[2] - 200,
  );
});

test('the official header: national title and motto, agency and number, in the report’s language', () => {
  const header = {
    parentAgency: 'UBND tỉnh Ninh Bình',
    agency: 'Sở Tư pháp',
    documentNumber: '125/BC-STP',
    place: 'Ninh Bình',
  };
  const vi = textOf(buildReport(inputFor('vi', knownAnswers, new Map(), { officialHeader: header })).content);
  expect(vi).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(vi).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(vi).toContain('UBND TỈNH NINH BÌNH');
  expect(vi).toContain('SỞ TƯ PHÁP');
  expect(vi).toContain('Số: 125/BC-STP');
  expect(vi).toContain('Ninh Bình, ngày 22 tháng 11 năm 2026');
  const en = textOf(buildReport(inputFor('en', knownAnswers, new Map(), { officialHeader: header })).content);
  expect(en).toContain('SOCIALIST REPUBLIC OF VIET NAM');
  expect(en).toContain('Independence - Freedom - Happiness');
  expect(en).toContain('No.: 125/BC-STP');
  expect(en).toContain('Ninh Bình, 22/11/2026');
});

test('an English report, with nothing scored yet, says so and still lists every section', () => {
  const { t, tc } = fakeLocale('en');
  const text = textOf(buildReport(inputFor('en', new Map())).content);
  expect(text).toContain(t('results.nothingYet'));
  expect(text).toContain(t('report.pdf.planEmpty'));
  for (const section of questionnaire.sections) expect(text).toContain(tc(`sections.${section.id}.title`));
  expect(text).toContain('Grade and caps');
});

test('special answers and unanswered questions are reported as such; the chart bars never exceed their track', () => {
  const answers = new Map<string, Answer>(
    [dontKnow('security-drills'), notApplicable('security-portal-level-3')].map((answer) => [
      answer.questionId,
      answer,
    ]),
  );
  const definition = buildReport(inputFor('vi', answers));
  const text = textOf(definition.content);
  expect(text).toContain('answer:dont-know');
  expect(text).toContain('answer:not-applicable');
  expect(text).toContain('answer:none');
  const canvases = JSON.stringify(definition.content).match(/"type":"rect","x":0,"y":2,"w":[\d.]+/g) ?? [];
  expect(canvases.length).toBeGreaterThan(0);
  for (const rect of canvases) expect(Number(rect.split(':').pop())).toBeLessThanOrEqual(150);
  expect(CONTENT_WIDTH).toBeCloseTo(453.5, 0);
});

test('what reaches the PDF is NFC once normalised, whatever the answers held', () => {
  const answers = new Map<string, Answer>([
    [
      'security-drills',
      { ...choice('security-drills', 'no'), note: 'Chưa tổ chức diễn tập năm 2026'.normalize('NFD') },
    ],
  ]);
  const strings = collectText(normalizeDeep(buildReport(inputFor('vi', answers))).content);
  expect(strings.filter((value) => value !== value.normalize('NFC'))).toEqual([]);
  expect(strings).toContain('Chưa tổ chức diễn tập năm 2026');
});
