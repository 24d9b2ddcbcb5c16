import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeEach, expect, test, vi } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { db } from '../../storage/db';
import { listWorkshopSummaries } from '../../storage/workshop-summaries';
import { createWorkshop } from '../../storage/workshops';
import { encodeSummary } from '../../workshop/summary/summary-code';
import { REALISTIC_SUMMARY } from '../../workshop/summary/summary-fixtures.test-support';
import type { NextFrame } from './receive-qr-loop';
import type { QrReader } from './receive-qr-reader';
import { ReceiveQrScreen } from './receive-qr-screen';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const CODE = encodeSummary(REALISTIC_SUMMARY);

function queuedReader(texts: string[]): QrReader {
  const queue = [...texts];
  return {
    kind: 'zxing',
    read: () => {
      const next = queue.shift();
      return Promise.resolve(next === undefined ? [] : [next]);
    },
  };
}

const nextFrame: NextFrame = (_video, callback) => {
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
};

async function renderScreen(path: string, texts: string[], heading = 'Nhận đánh giá qua mã QR') {
  const track = { stop: vi.fn() };
  const stream = { getTracks: () => [track] } as unknown as MediaStream;
  const location = memoryLocation({ path });
  await act(() => {
    render(
      <Router hook={location.hook}>
        <Suspense fallback={<p>…</p>}>
          <ReceiveQrScreen
            getUserMedia={() => Promise.resolve(stream)}
            loadReader={() => Promise.resolve(queuedReader(texts))}
            playVideo={() => Promise.resolve()}
            grabFrame={() => ({}) as ImageData}
            nextFrame={nextFrame}
          />
        </Suspense>
      </Router>,
    );
    return Promise.resolve();
  });
  await screen.findByRole('heading', { level: 1, name: heading });
  return { track, user: userEvent.setup() };
}

const corrupted = CODE.slice(0, 40) + (CODE[40] === 'A' ? 'B' : 'A') + CODE.slice(41);

test('opened for a workshop: a summary code is kept with it, said so, and listed with the CSV export', async () => {
  const workshop = await createWorkshop({ title: 'Tập huấn cấp xã, đợt 2', date: '2026-12-03' });
  const { track, user } = await renderScreen(`/qr/receive?workshop=${workshop.id}`, [
    'https://example.org/menu',
    corrupted,
    CODE,
  ]);
  await user.click(screen.getByRole('button', { name: 'Bật camera' }));

  const title = await screen.findByRole('heading', { name: 'Đã nhận bản tóm tắt điểm số' }, { timeout: 10_000 });
  const notice = title.parentElement!;
  expect(notice).toHaveFocus();
  expect(notice).toHaveTextContent('Sở Khoa học và Công nghệ tỉnh Phú Thọ – Năm 2026: 62,4/100, xếp loại C');
  expect(notice).toHaveTextContent('Đã lưu vào lớp tập huấn “Tập huấn cấp xã, đợt 2”.');
  expect(track.stop).toHaveBeenCalled();
  expect(Number(document.querySelector<HTMLElement>('.receive-qr')!.dataset.ignored)).toBe(2);

  const stored = await listWorkshopSummaries(workshop.id);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ ...REALISTIC_SUMMARY, workshopId: workshop.id });

  const table = await screen.findByRole('table', { name: 'Bản tóm tắt điểm số của lớp “Tập huấn cấp xã, đợt 2”' });
  expect(within(table).getByRole('rowheader', { name: 'Sở Khoa học và Công nghệ tỉnh Phú Thọ' })).toBeInTheDocument();
  expect(within(table).getByRole('cell', { name: '48/52' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Tải bảng điểm (CSV)' })).toBeInTheDocument();

  // The same code read again: one summary, and the screen says it was there already.
  await user.click(screen.getByRole('button', { name: 'Nhận đánh giá khác' }));
  expect(await screen.findByText(/đã có trong lớp tập huấn/, {}, { timeout: 10_000 })).toBeInTheDocument();
  expect(await db.workshopSummaries.count()).toBe(1);
  expect(await screen.findByRole('table')).toBeInTheDocument();
});

test('opened without a workshop: the trainer chooses one, and must choose before saving', async () => {
  const first = await createWorkshop({ title: 'Lớp sáng', date: '2026-12-03', place: 'Hội trường tầng 2' });
  const second = await createWorkshop({ title: 'Lớp chiều', date: '2026-12-03' });
  const { user } = await renderScreen('/qr/receive', [CODE]);
  await user.click(screen.getByRole('button', { name: 'Bật camera' }));
  const group = await screen.findByRole(
    'group',
    { name: 'Lưu bản tóm tắt vào lớp tập huấn nào?' },
    { timeout: 10_000 },
  );
  expect(await db.workshopSummaries.count()).toBe(0);

  await user.click(screen.getByRole('button', { name: 'Lưu vào lớp tập huấn này' }));
  expect(group).toHaveAccessibleDescription('Chọn lớp tập huấn để lưu bản tóm tắt');
  expect(await db.workshopSummaries.count()).toBe(0);

  await user.click(within(group).getByRole('radio', { name: 'Lớp sáng – 03/12/2026, Hội trường tầng 2' }));
  await user.click(screen.getByRole('button', { name: 'Lưu vào lớp tập huấn này' }));
  expect(await screen.findByText('Đã lưu vào lớp tập huấn “Lớp sáng”.')).toBeInTheDocument();
  expect(await listWorkshopSummaries(first.id)).toHaveLength(1);
  expect(await listWorkshopSummaries(second.id)).toHaveLength(0);
  expect(await screen.findByRole('table')).toBeInTheDocument();
});

test('with no workshop on the device: says that a summary needs one, and stores nothing', async () => {
  const { user } = await renderScreen('/qr/receive?workshop=gone', [CODE]);
  await user.click(screen.getByRole('button', { name: 'Bật camera' }));
  expect(
    await screen.findByText(/thiết bị này chưa có lớp nào.*Chưa có gì được lưu\./, {}, { timeout: 10_000 }),
  ).toBeInTheDocument();
  expect(await db.workshopSummaries.count()).toBe(0);
});

test('in English', async () => {
  await initI18n('en');
  try {
    const workshop = await createWorkshop({ title: 'Commune workshop', date: '2026-12-03' });
    const { user } = await renderScreen(
      `/qr/receive?workshop=${workshop.id}`,
      [CODE],
      'Receive an assessment by QR code',
    );
    await user.click(screen.getByRole('button', { name: 'Start the camera' }));
    const title = await screen.findByRole('heading', { name: 'Score summary received' }, { timeout: 10_000 });
    expect(title.parentElement).toHaveTextContent('62.4/100, grade C');
    expect(title.parentElement).toHaveTextContent('Saved with the workshop “Commune workshop”.');
    expect(await screen.findByRole('button', { name: 'Download the scores (CSV)' })).toBeInTheDocument();
  } finally {
    await initI18n('vi');
  }
});
