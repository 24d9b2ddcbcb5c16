import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { choice } from '../../../tests/fixtures/answers';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';

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
  await waitFor(() => expect(owner).toHaveAccessibleDescription('Lỗi: Người phụ trách không được dài quá 200 ký tự'));
  expect(owner).toHaveValue('Phòng '.repeat(40));
  expect(await db.planItems.where('assessmentId').equals(assessment.id).count()).toBe(0);
});
