import { screen } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { sampleEntry } from '../../exchange/sample-file.test-support';
import { db } from '../../storage/db';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
});

test('a device with more assessments than a backup file holds says so, with the counts, and what to do', async () => {
  // Older data may have left more than the limit on a device: the backup must explain, not say "not valid".
  await db.assessments.bulkAdd(
    Array.from({ length: 1001 }, (_, index) => ({ ...sampleEntry(`device-${index}`).assessment })),
  );
  const { user } = renderApp('/');
  await user.click(await screen.findByRole('button', { name: 'Sao lưu tất cả đánh giá (JSON)' }, { timeout: 15_000 }));
  expect(
    await screen.findByText(
      /Thiết bị này có 1\.001 bản đánh giá, nhiều hơn mức tối đa 1\.000 bản/,
      {},
      { timeout: 15_000 },
    ),
  ).toBeInTheDocument();
  expect(screen.queryByText(/Dữ liệu không hợp lệ/)).not.toBeInTheDocument();
});
