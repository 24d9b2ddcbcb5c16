import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fullAnswer, scoredQuestions } from '../../../tests/fixtures/content-picks';
import { buildProfile } from '../../../tests/fixtures/profile';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import { countEveryTable } from '../../storage/device-data';
import { DeviceDataScreen } from './device-data-screen';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => window.history.replaceState(null, '', '/'));

async function renderScreen() {
  const reload = vi.fn<(url: string) => void>();
  await act(() => {
    render(
      <Suspense fallback={<p>…</p>}>
        <DeviceDataScreen reload={reload} />
      </Suspense>,
    );
    return Promise.resolve();
  });
  await screen.findByRole('heading', { level: 1, name: 'Dữ liệu trên thiết bị này' });
  return { reload, user: userEvent.setup() };
}

async function participantWork() {
  const assessment = await createAssessment(buildProfile({ unitName: 'UBND xã Tân Phú' }));
  const [first] = scoredQuestions('provincial-department');
  await saveAnswers(assessment.id, { saved: [fullAnswer(first!.question)], clearedQuestionIds: [] });
}

test('what the device holds, a backup first, then everything deleted after the word is typed', async () => {
  await participantWork();
  const { reload, user } = await renderScreen();
  const held = await screen.findByRole('list', { name: 'Những gì đang lưu trên thiết bị này' });
  expect(within(held).getAllByRole('listitem')[0]).toHaveTextContent('1 bản tự đánh giá của đơn vị');
  expect(screen.getByRole('button', { name: 'Sao lưu tất cả đánh giá (JSON)' })).toBeEnabled();

  await user.click(screen.getByRole('button', { name: 'Xóa mọi dữ liệu…' }));
  const confirmation = screen.getByLabelText('Gõ XÓA để xác nhận');
  expect(confirmation).toHaveFocus();
  // A word that is not the one: nothing is deleted, and the summary says why.
  await user.type(confirmation, 'có');
  await user.click(screen.getByRole('button', { name: 'Xóa vĩnh viễn' }));
  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('link', { name: 'Gõ đúng chữ XÓA để xác nhận việc xóa' })).toBeInTheDocument();
  expect(await db.assessments.count()).toBe(1);

  // Without its mark, as someone whose input method is off types it.
  await user.clear(confirmation);
  await user.type(confirmation, 'xoa');
  await user.click(screen.getByRole('button', { name: 'Xóa vĩnh viễn' }));
  await vi.waitFor(() => expect(reload).toHaveBeenCalledWith('/device?deleted=1'), { timeout: 10_000 });
  expect(Object.values(await countEveryTable()).every((count) => count === 0)).toBe(true);
});

test('cancel leaves everything as it was', async () => {
  await participantWork();
  const { reload, user } = await renderScreen();
  await screen.findByRole('list', { name: 'Những gì đang lưu trên thiết bị này' });
  await user.click(screen.getByRole('button', { name: 'Xóa mọi dữ liệu…' }));
  await user.type(screen.getByLabelText('Gõ XÓA để xác nhận'), 'XÓA');
  await user.click(screen.getByRole('button', { name: 'Hủy' }));
  expect(screen.queryByLabelText('Gõ XÓA để xác nhận')).toBeNull();
  expect(reload).not.toHaveBeenCalled();
  expect(await db.assessments.count()).toBe(1);
});

test('an empty device has nothing to delete; after a deletion the page says it is done', async () => {
  window.history.replaceState(null, '', '/device?deleted=1');
  await renderScreen();
  const done = screen.getByText(/Đã xóa mọi dữ liệu của ứng dụng trên thiết bị này/);
  expect(done).toHaveFocus();
  expect(window.location.search).toBe('');
  // Once the device is counted: nothing there, nothing to delete.
  expect(await screen.findByText(/^0 bản tự đánh giá của đơn vị/)).toBeVisible();
  expect(screen.getByRole('button', { name: 'Xóa mọi dữ liệu…' })).toBeDisabled();
  expect(screen.queryByRole('button', { name: 'Sao lưu tất cả đánh giá (JSON)' })).toBeNull();
});
