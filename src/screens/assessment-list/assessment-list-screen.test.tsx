import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { saveAnswers } from '../../storage/answers';
import { createAssessment, listAssessments, readAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
});

const answeredYes = (questionId: string) => ({
  questionId,
  response: { kind: 'value' as const, value: { type: 'yes-partly-no' as const, choice: 'yes' as const } },
  updatedAt: new Date().toISOString(),
});

test('an empty device says so and offers to start', async () => {
  renderApp('/');
  expect(await screen.findByText('Chưa có đánh giá nào trên thiết bị này.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Tạo đánh giá mới' })).toHaveAttribute('href', '/assessments/new');
});

test('each assessment shows its unit, period and progress', async () => {
  const assessment = await createAssessment(
    buildProfile({ unitName: 'Sở Tư pháp', periodYear: 2026, periodPart: 'h1' }),
  );
  await saveAnswers(assessment.id, { saved: [answeredYes('security-drills')], clearedQuestionIds: [] });
  renderApp('/');
  const card = await screen.findByRole('article', { name: 'Sở Tư pháp – 6 tháng đầu năm 2026' });
  expect(within(card).getByText(/Sở Tư pháp · Sở, ban, ngành cấp tỉnh · Thành phố Hà Nội/)).toBeInTheDocument();
  expect(within(card).getByText(/^Đã trả lời 1\/\d+ câu$/)).toBeInTheDocument();
});

test('deleting asks first, then can be undone', async () => {
  const assessment = await createAssessment(buildProfile({ unitName: 'Sở Y tế' }));
  const { user } = renderApp('/');
  await user.click(await screen.findByRole('button', { name: 'Xóa Sở Y tế – Năm 2026' }));
  expect(await readAssessment(assessment.id)).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Có, xóa đánh giá' }));

  expect(await screen.findByText('Đã xóa “Sở Y tế – Năm 2026”.')).toBeInTheDocument();
  expect(screen.queryByRole('article')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
  expect(await screen.findByRole('article', { name: 'Sở Y tế – Năm 2026' })).toBeInTheDocument();
  expect(await readAssessment(assessment.id)).toBeDefined();
});

test('renaming shows the new name; an empty name brings back the default', async () => {
  await createAssessment(buildProfile({ unitName: 'Sở Nội vụ' }));
  const { user } = renderApp('/');
  await user.click(await screen.findByRole('button', { name: 'Đổi tên Sở Nội vụ – Năm 2026' }));
  // The form loads on first use; it takes the focus as soon as it is there.
  const field = await screen.findByLabelText('Tên mới của đánh giá');
  await waitFor(() => expect(field).toHaveFocus());
  await user.clear(field);
  await user.type(field, 'Tự đánh giá lần 1');
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
  expect(await screen.findByRole('article', { name: 'Tự đánh giá lần 1' })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Đổi tên Tự đánh giá lần 1' }));
  await user.clear(screen.getByLabelText('Tên mới của đánh giá'));
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
  expect(await screen.findByRole('article', { name: 'Sở Nội vụ – Năm 2026' })).toBeInTheDocument();
});

test('copying for next year keeps the answers and opens the copy’s details', async () => {
  const source = await createAssessment(buildProfile({ unitName: 'Sở Tài chính', periodYear: 2026 }));
  await saveAnswers(source.id, { saved: [answeredYes('security-drills')], clearedQuestionIds: [] });
  const { user, location } = renderApp('/');
  await user.click(await screen.findByRole('button', { name: 'Nhân bản Sở Tài chính – Năm 2026 cho kỳ sau' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Thông tin đơn vị' })).toBeInTheDocument();
  expect(screen.getByLabelText('Năm')).toHaveValue('2027');
  const copy = (await listAssessments()).find((assessment) => assessment.id !== source.id);
  expect(location.history?.at(-1)).toBe(`/assessments/${copy?.id}/profile`);
  expect(
    await db.answers
      .where('assessmentId')
      .equals(copy?.id ?? '')
      .count(),
  ).toBe(1);
});
