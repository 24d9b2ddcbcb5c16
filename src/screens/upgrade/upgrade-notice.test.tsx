import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import backupFixture from '../../../tests/fixtures/content-1.1.0/backup-every-question-answered.json';
import { renderApp } from '../../../tests/render-app';
import { listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import { listQuestionsNewSince, upgradeRecords } from '../../questionnaire/upgrade/upgrade-records';
import { db, type StoredAnswer, type StoredAssessment, type StoredPlanItem } from '../../storage/db';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

type Loose = Record<string, unknown>;
const backup = backupFixture as unknown as {
  assessments: { assessment: Loose; answers: Loose[]; planItems: Loose[] }[];
};

/** The fixture's 1.1.0 service centre, upgraded as storage upgrades it, written to the device. */
async function storeUpgradedServiceCentre() {
  const entry = backup.assessments.find(
    (candidate) => (candidate.assessment.profile as Loose).unitType === 'service-centre',
  )!;
  const upgraded = upgradeRecords(entry, questionnaire);
  const assessment = upgraded.assessment as unknown as StoredAssessment;
  await db.assessments.put(assessment);
  await db.answers.bulkPut(
    upgraded.answers.map((answer) => ({ ...answer, assessmentId: assessment.id }) as StoredAnswer),
  );
  await db.planItems.bulkPut(
    upgraded.planItems.map((item) => ({ ...item, assessmentId: assessment.id }) as StoredPlanItem),
  );
  return { assessment, answers: upgraded.answers };
}

/** The Vietnamese question labels, read from the section locale files as the screens show them. */
const viDir = path.resolve(import.meta.dirname, '../../../locales/vi');
type QuestionTexts = Record<string, { label: string }>;
const viQuestions: QuestionTexts = {};
for (const file of readdirSync(viDir).filter((name) => name.startsWith('questions-'))) {
  const parsed = JSON.parse(readFileSync(path.join(viDir, file), 'utf8')) as { questions: QuestionTexts };
  Object.assign(viQuestions, parsed.questions);
}
const labelOf = (questionId: string) => viQuestions[questionId]!.label;

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
});

test('an upgraded assessment says what was kept, asks to check the unit type and lists the new questions', async () => {
  const { assessment, answers } = await storeUpgradedServiceCentre();
  const { user, location } = renderApp(`/assessments/${assessment.id}`);

  const notice = (
    await screen.findByRole('heading', { name: /Bộ câu hỏi đã được cập nhật lên phiên bản 2\.0\.0/ })
  ).closest('section') as HTMLElement;
  expect(within(notice).getByText(/được trả lời theo phiên bản 1\.1\.0/)).toBeInTheDocument();
  expect(within(notice).getByText(/được xếp là “Trung tâm Phục vụ hành chính công cấp tỉnh”/)).toBeInTheDocument();

  const answered = new Set(answers.map((answer) => answer.questionId));
  const fresh = new Set(listQuestionsNewSince('1.1.0', questionnaire));
  const expected = questionnaire.sections
    .flatMap((section) => listApplicableQuestions(section, 'provincial-service-centre'))
    .filter((question) => fresh.has(question.id) && !answered.has(question.id));
  expect(expected.length).toBeGreaterThan(0);
  expect(within(notice).getByText(`Có ${expected.length} câu hỏi mới cần trả lời:`)).toBeInTheDocument();
  const first = expected[0]!;
  await user.click(within(notice).getByRole('link', { name: labelOf(first.id) }));
  expect(location.history?.at(-1)).toMatch(new RegExp(`/sections/[a-z]+#question-${first.id}$`));
});

test('closing the notice keeps it closed, and does not count as a change to the assessment', async () => {
  const { assessment } = await storeUpgradedServiceCentre();
  const { user, unmount } = renderApp(`/assessments/${assessment.id}`);
  await screen.findByRole('heading', { name: /đã được cập nhật/ });

  await user.click(screen.getByRole('button', { name: 'Đã xem, ẩn thông báo' }));

  await expect.poll(() => screen.queryByRole('heading', { name: /đã được cập nhật/ })).toBeNull();
  const stored = await db.assessments.get(assessment.id);
  expect(stored?.upgradeNoticeClosedAt).toBeDefined();
  expect(stored?.updatedAt).toBe(assessment.updatedAt);
  unmount();
  renderApp(`/assessments/${assessment.id}`);
  await screen.findByRole('heading', { level: 1 });
  expect(screen.queryByRole('heading', { name: /đã được cập nhật/ })).toBeNull();
});

test('answers to retired questions are shown, read-only, at the end of the results', async () => {
  const { assessment, answers } = await storeUpgradedServiceCentre();
  const retiredIds = new Set(questionnaire.retiredQuestions.map(({ question }) => question.id));
  const retiredAnswers = answers.filter((answer) => retiredIds.has(String(answer.questionId)));
  expect(retiredAnswers.length).toBeGreaterThan(0);
  renderApp(`/assessments/${assessment.id}/results`);

  const section = (await screen.findByRole('heading', { name: 'Câu trả lời cho câu hỏi không còn được hỏi' })).closest(
    'section',
  ) as HTMLElement;
  for (const answer of retiredAnswers) {
    expect(within(section).getByText(labelOf(String(answer.questionId)))).toBeInTheDocument();
  }
  expect(within(section).queryByRole('textbox')).toBeNull();
});
