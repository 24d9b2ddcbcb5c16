import type { Content } from 'pdfmake/interfaces';
import { expect, test } from 'vitest';
import { buildProfile } from '../../tests/fixtures/profile';
import type { Assessment } from '../assessment/assessment-schema';
import type { PlanItem } from '../assessment/plan-item-schema';
import type { Answer } from '../questionnaire/answer-schema';
import { questionnaire } from '../questionnaire/questionnaire';
import { listRemediation } from '../scoring/remediation';
import { scoreAssessment } from '../scoring/score-assessment';
import { buildReport, type ReportInput } from './build-report';
import { collectText, fakeLocale } from './fake-locale.test-support';
import type { ReportLanguage } from './report-text';

const TODAY = '2026-12-02';
const MARKS = { vi: 'BÀI ĐÁNH GIÁ MẪU – đơn vị giả định', en: 'SAMPLE ASSESSMENT – fictional unit' };

function inputFor(language: ReportLanguage, sample: boolean): ReportInput {
  const assessment: Assessment = {
    id: 'a-1',
    profile: buildProfile({
      unitType: 'commune-committee',
      unitName: 'UBND xã Hòa Bình Mẫu',
      communeName: 'Xã Hòa Bình Mẫu',
    }),
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    createdAt: '2026-12-02T08:00:00.000Z',
    updatedAt: '2026-12-02T08:00:00.000Z',
    ...(sample ? { sample: true as const } : {}),
  };
  const answers = new Map<string, Answer>();
  const score = scoreAssessment(questionnaire, assessment.profile.unitType, answers, TODAY);
  return {
    locale: fakeLocale(language),
    questionnaire,
    assessment,
    answers,
    planItems: new Map<string, PlanItem>(),
    score,
    plan: listRemediation(questionnaire, score, TODAY),
    today: TODAY,
    describeAnswer: () => 'answer',
    describeImprovement: () => 'improve',
  };
}

const headerOf = (input: ReportInput, page: number) => {
  const { header } = buildReport(input);
  return typeof header === 'function'
    ? collectText(header(page, 9, { width: 595, height: 842, orientation: 'portrait' }))
    : [];
};

test.each(['vi', 'en'] as const)(
  'a sample’s report (%s) says so on its cover, on every page and in its title',
  (language) => {
    const input = inputFor(language, true);
    const document = buildReport(input);
    const cover = collectText((document.content as Content[]).slice(0, 4)).join('\n');
    expect(cover).toContain(MARKS[language]);
    for (const page of [1, 2, 9]) expect(headerOf(input, page)).toContain(MARKS[language]);
    expect(document.info?.title).toContain(MARKS[language]);
  },
);

test('a real unit’s report has no mark and no page header', () => {
  const input = inputFor('vi', false);
  const document = buildReport(input);
  expect(document.header).toBeUndefined();
  expect(collectText(document.content).join('\n')).not.toContain(MARKS.vi);
  expect(document.info?.title).not.toContain(MARKS.vi);
});
