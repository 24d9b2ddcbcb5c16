import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { changeLanguage } from '../../i18n/i18n';
import { readAnswers, saveAnswers } from '../../storage/answers';
import { createAssessment, listAssessments } from '../../storage/assessments';
import { db } from '../../storage/db';
import { openSample } from '../../storage/sample';
import { todayIso } from '../today';

beforeEach(async () => {
  await Promise.all([db.assessments.clear(), db.answers.clear(), db.planItems.clear()]);
});

afterEach(async () => {
  await changeLanguage('vi');
});

const drillsAnswer = async (id: string) => (await readAnswers(id)).get('security-drills')?.response;

test('opening the sample from the home list goes to its task list, marked; opening it again finds the same one', async () => {
  const { user, location } = renderApp('/');
  await user.click(await screen.findByRole('button', { name: 'Mở bài đánh giá mẫu' }));
  const banner = await screen.findByRole('complementary', { name: 'Bài đánh giá mẫu – đơn vị giả định' });
  expect(banner).toHaveTextContent('Xã Hòa Bình Mẫu không có thật.');
  const [sample] = await listAssessments();
  expect(sample?.sample).toBe(true);
  expect(location.history?.at(-1)).toBe(`/assessments/${sample?.id}`);

  await user.click(screen.getByRole('link', { name: 'Quay lại danh sách đánh giá' }));
  const card = await screen.findByRole('article', { name: /Hòa Bình Mẫu/ });
  expect(within(card).getByText('Bài mẫu')).toBeInTheDocument();
  // A copy would be the fictional commune without its mark.
  expect(within(card).queryByRole('button', { name: /^Nhân bản/ })).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Mở bài đánh giá mẫu' }));
  await screen.findByRole('complementary', { name: 'Bài đánh giá mẫu – đơn vị giả định' });
  expect(await listAssessments()).toHaveLength(1);
});

test.each([
  ['vi', 'Bài đánh giá mẫu – đơn vị giả định'],
  ['en', 'Sample assessment – fictional unit'],
] as const)('in %s, its results, plan and sections carry the banner', async (language, banner) => {
  await changeLanguage(language);
  const sample = await openSample(todayIso());
  for (const path of [
    `/assessments/${sample.id}/results`,
    `/assessments/${sample.id}/plan`,
    `/assessments/${sample.id}/sections/security`,
  ]) {
    const view = renderApp(path);
    expect(await screen.findByRole('complementary', { name: banner }, { timeout: 5000 })).toBeInTheDocument();
    view.unmount();
  }
});

test('a real assessment has no banner, no reset, and keeps its copy button', async () => {
  const real = await createAssessment(buildProfile({ unitName: 'Sở Tư pháp' }));
  const { user } = renderApp(`/assessments/${real.id}`);
  await screen.findByRole('heading', { level: 1, name: 'Sở Tư pháp – Năm 2026' });
  expect(screen.queryByRole('complementary', { name: /mẫu/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Đặt lại bài mẫu' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: 'Quay lại danh sách đánh giá' }));
  const card = await screen.findByRole('article', { name: /Sở Tư pháp/ });
  expect(within(card).queryByText('Bài mẫu')).not.toBeInTheDocument();
  expect(within(card).getByRole('button', { name: /^Nhân bản/ })).toBeInTheDocument();
});

test('resetting asks first (cancel changes nothing), then restores the original answers', async () => {
  const sample = await openSample(todayIso());
  const original = await drillsAnswer(sample.id);
  const changed = { kind: 'value' as const, value: { type: 'yes-partly-no' as const, choice: 'yes' as const } };
  await saveAnswers(sample.id, {
    saved: [{ questionId: 'security-drills', response: changed, updatedAt: new Date().toISOString() }],
    clearedQuestionIds: [],
  });
  const { user } = renderApp(`/assessments/${sample.id}`);
  const start = await screen.findByRole('button', { name: 'Đặt lại bài mẫu' });
  await user.click(start);
  const question = screen.getByRole('group', { name: 'Xác nhận đặt lại bài mẫu' });
  expect(within(question).getByText(/trở về như ban đầu/)).toHaveFocus();
  await user.click(within(question).getByRole('button', { name: 'Hủy' }));
  expect(screen.getByRole('button', { name: 'Đặt lại bài mẫu' })).toHaveFocus();
  expect(await drillsAnswer(sample.id)).toEqual(changed);

  await user.click(screen.getByRole('button', { name: 'Đặt lại bài mẫu' }));
  await user.click(screen.getByRole('button', { name: 'Đặt lại' }));
  expect(await screen.findByText('Đã đặt lại bài mẫu như ban đầu.')).toBeInTheDocument();
  await waitFor(async () => expect(await drillsAnswer(sample.id)).toEqual(original));
});

test('in English, the reset says what it does and that it cannot be undone', async () => {
  await changeLanguage('en');
  const sample = await openSample(todayIso());
  const { user } = renderApp(`/assessments/${sample.id}`);
  await user.click(await screen.findByRole('button', { name: 'Reset the sample' }));
  expect(screen.getByText(/This cannot be undone\./)).toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'Reset' }));
  expect(await screen.findByText('The sample is back as it was.')).toBeInTheDocument();
});
