import type { Content, ContentTable } from 'pdfmake/interfaces';
import { dontKnow, notApplicable } from '../../tests/fixtures/answers';
import { buildProfile } from '../../tests/fixtures/profile';
import type { Assessment } from '../assessment/assessment-schema';
import type { PlanItem } from '../assessment/plan-item-schema';
import type { Answer } from '../questionnaire/answer-schema';
import { questionKeys } from '../questionnaire/content-keys';
import { questionnaire } from '../questionnaire/questionnaire';
import { cappedCase, fullAnswer, gapAnswer, scoredQuestions } from '../../tests/fixtures/content-picks';
import { listRemediation } from '../scoring/remediation';
import { scoreAssessment } from '../scoring/score-assessment';
import { buildReport, type ReportInput } from './build-report';
import { collectText, fakeLocale } from './fake-locale.test-support';
import { normalizeDeep } from './normalize-text';
import { CONTENT_WIDTH, PAGE_MARGINS } from './pdf-layout';
import { describeLegalReferenceShort, listCitedDocuments, type ReportLanguage } from './report-text';

/** "4.2": a question's number in the answers section. */
function numberOf(input: ReportInput, questionId: string): string {
  for (const [sectionIndex, section] of input.score.sections.entries()) {
    const index = section.questions.findIndex((question) => question.questionId === questionId);
    if (index >= 0) return `${sectionIndex + 1}.${index + 1}`;
  }
  return '';
}

const TODAY = '2026-11-22';

const assessment: Assessment = {
  id: 'a-1',
  profile: buildProfile({ unitName: 'Sở Tư pháp tỉnh Ninh Bình', provinceId: 'ninh-binh' }),
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-22T08:00:00.000Z',
};

/**
 * Picked from the content by property: every scored question answered in full but a critical one (the grade capped),
 * with a note on the critical answer and evidence on another; then one more gap.
 */
const capped = cappedCase(assessment.profile.unitType);
const criticalId = capped.gap.questionId;
const secondGap = scoredQuestions(assessment.profile.unitType)
  .filter((picked) => picked.question.id !== criticalId)
  .find((picked) => gapAnswer(picked.question))!;
const evidenced = capped.answers.find(
  (answer) => answer.questionId !== criticalId && answer.questionId !== secondGap.question.id,
)!;
const knownAnswers = new Map<string, Answer>(
  [
    ...capped.answers.filter((answer) => answer !== evidenced),
    {
      ...capped.answers.find((answer) => answer.questionId === criticalId)!,
      note: 'Cổng thông tin chưa có quyết định',
    },
    {
      ...evidenced,
      evidence: { documentNumber: '125/QĐ-UBND', issuedOn: '2025-03-15', issuer: 'UBND tỉnh Ninh Bình' },
    },
    gapAnswer(secondGap.question)!,
  ].map((answer) => [answer.questionId, answer]),
);
const knownScore = scoreAssessment(questionnaire, assessment.profile.unitType, knownAnswers, TODAY);

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
  const { t, tc, format } = locale;
  const definition = buildReport(inputFor('vi'));
  const text = textOf(definition.content);
  expect(definition.pageSize).toBe('A4');
  expect(text).toContain('Sở Tư pháp tỉnh Ninh Bình');
  expect(text).toContain(t('provinces.ninh-binh'));
  expect(text).toContain('Năm 2026');
  expect(text).toContain('Nguyễn Thị Hương, Chuyên viên Văn phòng Sở');
  expect(text).toContain('22/11/2026');
  const { score, grade, uncappedGrade } = knownScore;
  expect(grade).not.toBe(uncappedGrade);
  expect(text).toContain(t('report.pdf.gradeLine', { score: format.number(score ?? 0), grade }));
  expect(text).toContain(t('results.capped', { grade, uncapped: uncappedGrade }));
  expect(text).toContain(tc(`criticalGaps.${capped.gap.id}`));
  for (const section of questionnaire.sections) expect(text).toContain(tc(`sections.${section.id}.title`));
  // Notes and evidence of the answers.
  expect(text).toContain('Cổng thông tin chưa có quyết định');
  expect(text).toContain('125/QĐ-UBND, 15/03/2025, UBND tỉnh Ninh Bình');
  // The methodology appendix comes from docs/methodology.md.
  expect(text).toContain('Xếp loại và giới hạn');
  // No official header unless asked for.
  expect(text).not.toContain(t('report.pdf.nationalTitle'));
});

test('not an official rating: under the subtitle and right after the grade line, in both languages', () => {
  for (const language of ['vi', 'en'] as const) {
    const { t, format } = fakeLocale(language);
    const strings = collectText(buildReport(inputFor(language)).content);
    const notOfficial = t('results.notOfficial');
    expect(strings[strings.indexOf(t('report.pdf.subtitle')) + 1]).toBe(notOfficial);
    const gradeLine = t('report.pdf.gradeLine', {
      score: format.number(knownScore.score ?? 0),
      grade: knownScore.grade,
    });
    expect(strings[strings.indexOf(gradeLine) + 1]).toBe(notOfficial);
  }
  expect(fakeLocale('vi').t('results.notOfficial')).toBe(
    'Kết quả tự đánh giá của đơn vị; không phải kết quả đánh giá, xếp hạng chính thức của cơ quan có thẩm quyền.',
  );
});

test('the grade bands beside the grade, the cap and the section threshold', () => {
  const vi = textOf(buildReport(inputFor('vi')).content);
  expect(vi).toContain('Thang xếp loại');
  expect(vi).toContain('A 90–100 điểm · B 80–89 điểm · C 65–79 điểm · D 50–64 điểm · E dưới 50 điểm');
  expect(vi).toContain('Tồn tại nghiêm trọng có thể giới hạn xếp loại, bất kể điểm số.');
  expect(vi).toMatch(/Mỗi phần chỉ được xếp loại khi đã trả lời ít nhất 60% số câu có tính điểm/);
  const en = textOf(buildReport(inputFor('en')).content);
  expect(en).toContain('A 90–100 points · B 80–89 points · C 65–79 points · D 50–64 points · E below 50 points');
});

test('a section below the answer threshold has a score but no grade, and says how many answers it needs', () => {
  const { t, format } = fakeLocale('vi');
  const first = scoredQuestions(assessment.profile.unitType)[0]!;
  const answers = new Map([[first.question.id, fullAnswer(first.question)]]);
  const input = inputFor('vi', answers);
  const section = input.score.sections.find((candidate) => candidate.sectionId === first.section.id)!;
  expect(section.grade).toBeUndefined();
  const text = textOf(buildReport(input).content);
  const expected = `${t('results.sectionScoreOnly', { score: format.number(section.score ?? 0) })} · ${t(
    'results.sectionUngraded',
    { needed: section.answersNeededForGrade, total: section.scoredApplicable, answered: 1 },
  )}`;
  expect(text).toContain(expected);
  expect(text).toContain(
    `Chưa xếp loại: cần trả lời ít nhất ${section.answersNeededForGrade} trong ${section.scoredApplicable} câu có tính điểm (đã trả lời 1)`,
  );
  // What the section was judged on, by question.
  expect(text).toContain(`Các câu được tính vào điểm của phần (1): ${numberOf(input, first.question.id)} `);
});

test('the Decision 766 groups and the DTI indicators, said not to be the official index values', () => {
  const { t, tc, format } = fakeLocale('vi');
  const input = inputFor('vi');
  const text = textOf(buildReport(input).content);
  expect(text).toContain(t('results.frames.intro'));
  expect(text).toContain('không phải giá trị chính thức');
  expect(text).toContain('Công khai, minh bạch (18 điểm)');
  for (const frame of [...input.score.index766, ...input.score.dti]) {
    expect(text).toContain(t('results.frames.counted', { counted: frame.counted, tagged: frame.tagged }));
    if (frame.score !== undefined) expect(text).toContain(format.number(frame.score));
  }
  for (const indicator of input.score.dti) expect(text).toContain(tc(`dti.${indicator.key}`));
});

test('dates in the plan read as aims or legal deadlines, overdue once passed', () => {
  const { t, format } = fakeLocale('vi');
  const input = inputFor('vi');
  const text = textOf(buildReport(input).content);
  expect(text).not.toContain('Hạn quốc gia');
  for (const item of input.plan.filter((candidate) => candidate.deadline)) {
    const date = format.date(item.deadline!);
    const key =
      item.deadlineKind === 'legal'
        ? item.deadline! < TODAY
          ? 'deadlines.overdue'
          : 'deadlines.legal'
        : 'deadlines.target';
    expect(text).toContain(t(key, { date }));
  }
  for (const target of input.score.targets.filter((candidate) => candidate.deadline)) {
    expect(text).toMatch(/\((Mục tiêu đến|Hạn theo quy định:|Đã quá hạn từ) \d{2}\/\d{2}\/\d{4}\)/);
    expect(target.deadline).toBeDefined();
  }
});

test('the plan table: one row per action, critical first, with legal basis, owner, due date and status', () => {
  const locale = fakeLocale('vi');
  const { t, tc } = locale;
  const planItems = new Map<string, PlanItem>([
    [
      secondGap.question.id,
      {
        questionId: secondGap.question.id,
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
  expect(rows).toHaveLength(input.plan.length);
  expect(textOf(rows[0]?.[1]).split('\n')[0]).toBe(tc(questionKeys(criticalId).action));
  expect(textOf(rows[0]?.[0])).toContain(t('plan.critical'));
  expect(t('plan.critical')).toBe('Tồn tại nghiêm trọng');
  const critical = input.plan[0]!;
  expect(textOf(rows[0]?.[2])).toBe(
    critical.legalBasis
      .map((reference) => describeLegalReferenceShort(locale, reference, questionnaire.legalDocuments))
      .join('; '),
  );
  // Under the table, each cited document in full: dated, with its status note.
  const text = textOf(buildReport(input).content);
  expect(text).toContain(t('report.pdf.citedDocuments'));
  for (const line of listCitedDocuments(
    locale,
    input.plan.flatMap((item) => item.legalBasis),
    questionnaire.legalDocuments,
  )) {
    expect(text).toContain(line);
  }
  const second = rows.find((row) => textOf(row[1]).startsWith(tc(questionKeys(secondGap.question.id).action)))!;
  expect(textOf(second)).toContain('Phòng Công nghệ thông tin');
  expect(textOf(second)).toContain('31/03/2027');
  expect(textOf(second)).toContain(t('plan.statuses.in-progress'));
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
    [
      dontKnow(scoredQuestions(assessment.profile.unitType).find((q) => q.question.allowsDontKnow)!.question.id),
      notApplicable(
        scoredQuestions(assessment.profile.unitType).find((q) => q.question.allowsNotApplicable)!.question.id,
      ),
    ].map((answer) => [answer.questionId, answer]),
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
      secondGap.question.id,
      { ...gapAnswer(secondGap.question)!, note: 'Chưa tổ chức diễn tập năm 2026'.normalize('NFD') },
    ],
  ]);
  const strings = collectText(normalizeDeep(buildReport(inputFor('vi', answers))).content);
  expect(strings.filter((value) => value !== value.normalize('NFC'))).toEqual([]);
  expect(strings).toContain('Chưa tổ chức diễn tập năm 2026');
});
