import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { createFormat } from '../../wording/format';
import type { Answer } from '../../questionnaire/answer-schema';
import { questionKeys } from '../../questionnaire/content-keys';
import { fakeLocale } from '../../report/fake-locale.test-support';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import { savePlanItem } from '../../storage/plan-items';
import { cappedCase, fullAnswer, gapAnswer, scoredQuestions } from '../../../tests/fixtures/content-picks';
import { todayIso } from '../today';

const UNIT = 'provincial-department' as const;
const tc = (key: string): string => fakeLocale('vi').tc(key);
const vi = createFormat('vi');

/** The critical gap's question, answered so the gap is present, and two other gaps in the same section. */
function planAnswers(): { critical: Answer; others: Answer[] } {
  const { gap, picked, answers } = cappedCase(UNIT);
  const critical = answers.find((answer) => answer.questionId === gap.questionId)!;
  const others = scoredQuestions(UNIT)
    .filter((candidate) => candidate.section.id === picked.section.id && candidate.question.id !== gap.questionId)
    .flatMap((candidate) => gapAnswer(candidate.question) ?? [])
    .slice(0, 2);
  return { critical, others };
}

const criticalId = () => planAnswers().critical.questionId;

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
});

async function openPlan() {
  const assessment = await createAssessment(buildProfile());
  const { critical, others } = planAnswers();
  await saveAnswers(assessment.id, { saved: [critical, ...others], clearedQuestionIds: [] });
  const view = renderApp(`/assessments/${assessment.id}/plan`);
  await screen.findByRole('heading', { level: 1, name: 'Kế hoạch khắc phục' });
  return { ...view, assessment };
}

test('one action per gap, the critical gap first, with its legal basis and role', async () => {
  await openPlan();
  const actions = screen.getAllByRole('article');
  expect(actions).toHaveLength(3);
  expect(within(actions[0]!).getByText('Tồn tại nghiêm trọng')).toBeInTheDocument();
  expect(within(actions[0]!).getByRole('heading')).toHaveTextContent(tc(questionKeys(criticalId()).action));
  expect(within(actions[0]!).getByText(/^Căn cứ:/)).toBeInTheDocument();
  expect(within(actions[0]!).getByText('Thường do').nextElementSibling).not.toBeEmptyDOMElement();
  expect(screen.getByText('Đang hiển thị 3/3 việc.')).toBeInTheDocument();
});

test('filtering by priority and section narrows the list', async () => {
  const { user } = await openPlan();
  await user.selectOptions(screen.getByLabelText('Mức ưu tiên'), 'Ưu tiên thấp');
  expect(screen.getByText(/^Đang hiển thị \d\/3 việc\.$/)).toBeInTheDocument();
  expect(screen.queryByText('Tồn tại nghiêm trọng', { selector: 'strong' })).not.toBeInTheDocument();
  await user.selectOptions(screen.getByLabelText('Mức ưu tiên'), 'Tất cả mức ưu tiên');
  const otherSection = (['services', 'capacity'] as const).find(
    (id) => id !== scoredQuestions(UNIT).find((q) => q.question.id === criticalId())?.section.id,
  )!;
  await user.selectOptions(screen.getByLabelText('Phần'), tc(`sections.${otherSection}.title`));
  expect(screen.getByText('Đang hiển thị 0/3 việc.')).toBeInTheDocument();
});

test('an owner typed into an item is saved, and stays when the gap closes', async () => {
  const { user, assessment } = await openPlan();
  const critical = screen.getAllByRole('article')[0]!;
  await user.type(within(critical).getByLabelText('Người phụ trách'), 'Phòng Công nghệ thông tin');
  await user.selectOptions(within(critical).getByLabelText('Tiến độ'), 'Đang làm');
  await waitFor(async () => {
    const items = await db.planItems.where('assessmentId').equals(assessment.id).toArray();
    expect(items).toMatchObject([
      {
        questionId: criticalId(),
        owner: 'Phòng Công nghệ thông tin',
        status: 'in-progress',
      },
    ]);
  });

  await saveAnswers(assessment.id, {
    saved: [fullAnswer(scoredQuestions(UNIT).find((q) => q.question.id === criticalId())!.question)],
    clearedQuestionIds: [],
  });
  const resolved = await screen.findByRole('heading', { name: 'Đã khắc phục (1)' });
  expect(resolved.parentElement).toHaveTextContent('Phòng Công nghệ thông tin · Đang làm');
  expect(screen.getAllByRole('article')).toHaveLength(2);
});

test('an owner name that is too long is explained in the field and not saved', async () => {
  const { user, assessment } = await openPlan();
  const critical = screen.getAllByRole('article')[0]!;
  const owner = within(critical).getByLabelText('Người phụ trách');
  await user.click(owner);
  await user.paste('Phòng '.repeat(40));
  await user.tab();
  await waitFor(() => expect(owner).toHaveAccessibleDescription('Lỗi: Người phụ trách không được dài quá 200 ký tự'));
  expect(owner).toHaveValue('Phòng '.repeat(40));
  expect(await db.planItems.where('assessmentId').equals(assessment.id).count()).toBe(0);
});

test('a due date typed day/month/year is kept as typed and stored as an ISO date', async () => {
  const { user, assessment } = await openPlan();
  const critical = screen.getAllByRole('article')[0]!;
  const dueOn = within(critical).getByLabelText('Hạn hoàn thành');
  expect(dueOn).toHaveAccessibleDescription('Ngày/tháng/năm, ví dụ 01/12/2026');
  await user.type(dueOn, '1.12.2026');
  await waitFor(async () => {
    const items = await db.planItems.where('assessmentId').equals(assessment.id).toArray();
    expect(items).toMatchObject([{ questionId: criticalId(), dueOn: '2026-12-01' }]);
  });
  expect(dueOn).toHaveValue('1.12.2026');
});

test('a due date already recorded reads day/month/year', async () => {
  const assessment = await createAssessment(buildProfile());
  await saveAnswers(assessment.id, {
    saved: [planAnswers().critical],
    clearedQuestionIds: [],
  });
  await savePlanItem(assessment.id, {
    questionId: criticalId(),
    dueOn: '2027-06-30',
    status: 'to-do',
    updatedAt: '2026-11-22T08:30:00.000Z',
  });
  renderApp(`/assessments/${assessment.id}/plan`);
  expect(await screen.findByLabelText('Hạn hoàn thành')).toHaveValue('30/06/2027');
});

test('a due date that cannot be read says how to write it, in the current language, and is not saved', async () => {
  const { user, assessment } = await openPlan();
  const critical = screen.getAllByRole('article')[0]!;
  const dueOn = within(critical).getByLabelText('Hạn hoàn thành');
  await user.type(dueOn, '1/12/26');
  // Checked when the person leaves the field, not while they type.
  expect(dueOn).toHaveAccessibleDescription('Ngày/tháng/năm, ví dụ 01/12/2026');
  await user.tab();
  await waitFor(() =>
    expect(dueOn).toHaveAccessibleDescription(
      'Ngày/tháng/năm, ví dụ 01/12/2026 Lỗi: Nhập hạn hoàn thành theo dạng ngày/tháng/năm, ví dụ 01/12/2026',
    ),
  );
  await user.clear(dueOn);
  await user.type(dueOn, '31/02/2026');
  await user.tab();
  await waitFor(() =>
    expect(dueOn).toHaveAccessibleDescription(expect.stringContaining('Hạn hoàn thành phải là một ngày có thật')),
  );
  expect(dueOn).toHaveValue('31/02/2026');
  await user.click(screen.getByRole('button', { name: /English/ }));
  await waitFor(() =>
    expect(within(critical).getByLabelText('Due date')).toHaveAccessibleDescription(
      expect.stringContaining('The due date must be a real date'),
    ),
  );
  expect(await db.planItems.where('assessmentId').equals(assessment.id).count()).toBe(0);
});

test('a national date reads as an aim, a legal deadline, or a legal deadline passed', async () => {
  // One gap for each kind of date the content gives, picked by what it is.
  const withDates = scoredQuestions(UNIT).filter(
    (picked) => picked.question.remediation?.deadline && gapAnswer(picked.question),
  );
  const today = todayIso();
  const kinds = [
    withDates.find((picked) => picked.question.remediation?.deadlineKind === 'target'),
    withDates.find(
      (picked) =>
        picked.question.remediation?.deadlineKind === 'legal' && picked.question.remediation.deadline! < today,
    ),
    withDates.find(
      (picked) =>
        picked.question.remediation?.deadlineKind === 'legal' && picked.question.remediation.deadline! >= today,
    ),
  ].filter((picked) => picked !== undefined);
  expect(kinds.length).toBeGreaterThan(0);
  const assessment = await createAssessment(buildProfile());
  await saveAnswers(assessment.id, {
    saved: kinds.map((picked) => gapAnswer(picked.question)!),
    clearedQuestionIds: [],
  });
  renderApp(`/assessments/${assessment.id}/plan`);
  await screen.findByRole('heading', { level: 1, name: 'Kế hoạch khắc phục' });
  for (const { question } of kinds) {
    const { deadline = '', deadlineKind } = question.remediation ?? {};
    const card = screen.getByRole('article', { name: tc(questionKeys(question.id).action) });
    const date = within(card).getByText('Mốc thời gian quốc gia').nextElementSibling;
    expect(date).toHaveTextContent(
      deadlineKind === 'target'
        ? `Mục tiêu đến ${vi.date(deadline)}`
        : deadline < today
          ? `Đã quá hạn từ ${vi.date(deadline)}`
          : `Hạn theo quy định: ${vi.date(deadline)}`,
    );
  }
});

test('each action says the state that raises the score, never the answer to pick', async () => {
  await openPlan();
  for (const card of screen.getAllByRole('article')) {
    const raise = within(card).getByText('Để tăng điểm').nextElementSibling;
    expect(raise).not.toBeEmptyDOMElement();
    expect(raise).not.toHaveTextContent(/trả lời “/);
  }
  const yesPartlyNo = planAnswers().others.find((answer) => {
    const value = answer.response?.kind === 'value' ? answer.response.value : undefined;
    return value?.type === 'yes-partly-no';
  });
  if (yesPartlyNo) {
    const card = screen.getByRole('article', { name: tc(questionKeys(yesPartlyNo.questionId).action) });
    expect(within(card).getByText('Để tăng điểm').nextElementSibling).toHaveTextContent(/^đạt trạng thái “.+”\.$/);
  }
});
