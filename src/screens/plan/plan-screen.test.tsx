import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { choice } from '../../../tests/fixtures/answers';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import { savePlanItem } from '../../storage/plan-items';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
});

async function openPlan() {
  const assessment = await createAssessment(buildProfile());
  await saveAnswers(assessment.id, {
    saved: [
      choice('security-citizen-systems-level-approved', 'no'),
      choice('security-portal-level-3', 'partly'),
      choice('security-drills', 'yes'),
    ],
    clearedQuestionIds: [],
  });
  const view = renderApp(`/assessments/${assessment.id}/plan`);
  await screen.findByRole('heading', { level: 1, name: 'Kế hoạch khắc phục' });
  return { ...view, assessment };
}

test('one action per gap, the critical gap first, with its legal basis and role', async () => {
  await openPlan();
  const actions = screen.getAllByRole('article');
  expect(actions).toHaveLength(2);
  expect(within(actions[0]!).getByText('Lỗ hổng nghiêm trọng')).toBeInTheDocument();
  expect(within(actions[0]!).getByText(/^Căn cứ:/)).toBeInTheDocument();
  expect(within(actions[0]!).getByText('Thường do').nextElementSibling).not.toBeEmptyDOMElement();
  expect(screen.getByText('Đang hiển thị 2/2 việc.')).toBeInTheDocument();
});

test('filtering by priority and section narrows the list', async () => {
  const { user } = await openPlan();
  await user.selectOptions(screen.getByLabelText('Mức ưu tiên'), 'Ưu tiên thấp');
  expect(screen.getByText(/^Đang hiển thị \d\/2 việc\.$/)).toBeInTheDocument();
  expect(screen.queryByText('Lỗ hổng nghiêm trọng', { selector: 'strong' })).not.toBeInTheDocument();
  await user.selectOptions(screen.getByLabelText('Mức ưu tiên'), 'Tất cả mức ưu tiên');
  await user.selectOptions(screen.getByLabelText('Phần'), 'Dịch vụ công trực tuyến');
  expect(screen.getByText('Đang hiển thị 0/2 việc.')).toBeInTheDocument();
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
        questionId: 'security-citizen-systems-level-approved',
        owner: 'Phòng Công nghệ thông tin',
        status: 'in-progress',
      },
    ]);
  });

  await saveAnswers(assessment.id, {
    saved: [choice('security-citizen-systems-level-approved', 'yes')],
    clearedQuestionIds: [],
  });
  const resolved = await screen.findByRole('heading', { name: 'Đã khắc phục (1)' });
  expect(resolved.parentElement).toHaveTextContent('Phòng Công nghệ thông tin · Đang làm');
  expect(screen.getAllByRole('article')).toHaveLength(1);
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
    expect(items).toMatchObject([{ questionId: 'security-citizen-systems-level-approved', dueOn: '2026-12-01' }]);
  });
  expect(dueOn).toHaveValue('1.12.2026');
});

test('a due date already recorded reads day/month/year', async () => {
  const assessment = await createAssessment(buildProfile());
  await saveAnswers(assessment.id, {
    saved: [choice('security-citizen-systems-level-approved', 'no')],
    clearedQuestionIds: [],
  });
  await savePlanItem(assessment.id, {
    questionId: 'security-citizen-systems-level-approved',
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
