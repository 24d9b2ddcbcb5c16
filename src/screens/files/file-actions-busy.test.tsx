import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';

/**
 * The export buttons as a user presses them: a double click makes one file, and while it is made the button says
 * so, is busy and unavailable (its neighbours too), and the status beside the buttons says what is happening. The
 * file is held "being made" (its read-back waits) until the test lets it go, so nothing depends on timing.
 */
let release: () => void = () => undefined;
const handedToBrowser = vi.fn<(blob: Blob) => string>(() => 'blob:test');

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const readText = Object.getOwnPropertyDescriptor(Blob.prototype, 'text')?.value as (this: Blob) => Promise<string>;
  vi.spyOn(Blob.prototype, 'text').mockImplementation(function (this: Blob) {
    return held.then(() => readText.call(this));
  });
  // jsdom has no object URLs and does not download: record what is handed to the browser instead.
  Object.assign(URL, { createObjectURL: handedToBrowser, revokeObjectURL: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  handedToBrowser.mockClear();
});

const letGo = () =>
  act(async () => {
    release();
    await Promise.resolve();
  });

test('a double click on "export the assessment" makes one file; the buttons wait meanwhile', async () => {
  const assessment = await createAssessment(buildProfile({ unitName: 'Sở Tư pháp' }));
  const { user } = renderApp(`/assessments/${assessment.id}`);
  const button = await screen.findByRole('button', { name: 'Xuất đánh giá (JSON)' });
  const section = button.closest('section') as HTMLElement;

  await user.dblClick(button);

  // The file is handed over once the assessments are read from IndexedDB: wait for it, never assume it is done.
  await waitFor(() => expect(handedToBrowser).toHaveBeenCalledTimes(1), { timeout: 10_000 });
  expect(button).toHaveAttribute('aria-busy', 'true');
  expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(button).toHaveAccessibleName('Đang tạo tệp…');
  expect(button).toHaveFocus();
  const csv = within(section).getByRole('button', { name: 'Xuất câu trả lời (CSV)' });
  expect(csv).toHaveAttribute('aria-disabled', 'true');
  await user.click(csv);
  expect(handedToBrowser).toHaveBeenCalledTimes(1);
  expect(within(section).getByRole('status')).toHaveTextContent('Đang tạo tệp và kiểm tra lại…');

  await letGo();
  expect(await within(section).findByText(/^Đã lưu tệp “.+\.json” và kiểm tra lại: nội dung khớp\.$/)).toBe(
    within(section).getByRole('status'),
  );
  expect(button).toHaveAccessibleName('Xuất đánh giá (JSON)');
  expect(button).not.toHaveAttribute('aria-disabled');
  expect(handedToBrowser).toHaveBeenCalledTimes(1);

  await user.click(csv);
  expect(handedToBrowser).toHaveBeenCalledTimes(2);
  expect(await within(section).findByText(/^Đã tạo tệp “.+\.csv”\.$/)).toBeInTheDocument();
});

test('a double click on "back up all" on the list makes one backup', async () => {
  await createAssessment(buildProfile({ unitName: 'Sở Nội vụ' }));
  const { user } = renderApp('/');
  const button = await screen.findByRole('button', { name: 'Sao lưu tất cả đánh giá (JSON)' });
  await user.dblClick(button);
  await waitFor(() => expect(handedToBrowser).toHaveBeenCalledTimes(1), { timeout: 10_000 });
  expect(button).toHaveAttribute('aria-busy', 'true');
  await letGo();
  expect(await screen.findByText(/^Đã lưu tệp “.+\.json” và kiểm tra lại: nội dung khớp\.$/)).toHaveAttribute(
    'role',
    'status',
  );
  expect(button).not.toHaveAttribute('aria-busy');
  expect(handedToBrowser).toHaveBeenCalledTimes(1);
});
