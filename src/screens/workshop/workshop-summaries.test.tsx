import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { db } from '../../storage/db';
import { storeWorkshopSummary } from '../../storage/workshop-summaries';
import { createWorkshop } from '../../storage/workshops';
import { REALISTIC_SUMMARY } from '../../workshop/summary/summary-fixtures.test-support';
import { WorkshopSummaries } from './workshop-summaries';

const handedToBrowser: Blob[] = [];

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  handedToBrowser.length = 0;
  // jsdom has no object URLs and does not download: keep what is handed to the browser instead.
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      handedToBrowser.push(blob);
      return 'blob:test';
    },
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function renderList(workshopId: string, title: string) {
  await act(() => {
    render(
      <Suspense fallback={<p>…</p>}>
        <WorkshopSummaries workshopId={workshopId} workshopTitle={title} />
      </Suspense>,
    );
    return Promise.resolve();
  });
  return userEvent.setup();
}

test('a workshop with no summaries says so and offers no file', async () => {
  const workshop = await createWorkshop({ title: 'Lớp sáng', date: '2026-12-03' });
  await renderList(workshop.id, workshop.title);
  expect(await screen.findByText('Lớp tập huấn này chưa có bản tóm tắt điểm số nào.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Tải bảng điểm (CSV)' })).toBeNull();
});

test('the summaries of this workshop only, as a table, and their CSV', async () => {
  const workshop = await createWorkshop({ title: 'Tập huấn cấp xã', date: '2026-12-03' });
  const other = await createWorkshop({ title: 'Lớp khác', date: '2026-12-04' });
  await storeWorkshopSummary(workshop.id, REALISTIC_SUMMARY);
  await storeWorkshopSummary(workshop.id, {
    ...REALISTIC_SUMMARY,
    assessmentId: 'b',
    unitName: 'UBND xã Bình An',
    overall: null,
    grade: null,
    sample: true,
  });
  await storeWorkshopSummary(other.id, { ...REALISTIC_SUMMARY, assessmentId: 'c', unitName: 'Sở Nội vụ' });
  const user = await renderList(workshop.id, workshop.title);

  const table = await screen.findByRole('table', { name: 'Bản tóm tắt điểm số của lớp “Tập huấn cấp xã”' });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((row) => row.textContent)).toEqual([
    'Sở Khoa học và Công nghệ tỉnh Phú ThọNăm 202662,4C48/52',
    'UBND xã Bình An (bản mẫu)Năm 2026––48/52',
  ]);

  await user.click(screen.getByRole('button', { name: 'Tải bảng điểm (CSV)' }));
  expect(
    await screen.findByText(/^Đã lưu tệp egov-readiness-tap-huan-cap-xa-summaries-.+\.csv\.$/),
  ).toBeInTheDocument();
  expect(handedToBrowser).toHaveLength(1);
  const csv = await handedToBrowser[0]!.text();
  expect(csv.split('\r\n')).toHaveLength(4);
  expect(csv).toContain('UBND xã Bình An,');
  expect(csv).not.toContain('Sở Nội vụ');
});

test('in English', async () => {
  await initI18n('en');
  try {
    const workshop = await createWorkshop({ title: 'Commune workshop', date: '2026-12-03' });
    await storeWorkshopSummary(workshop.id, REALISTIC_SUMMARY);
    await renderList(workshop.id, workshop.title);
    const table = await screen.findByRole('table', { name: 'Score summaries of the workshop “Commune workshop”' });
    expect(within(table).getByRole('cell', { name: '62.4' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the scores (CSV)' })).toBeInTheDocument();
  } finally {
    await initI18n('vi');
  }
});
