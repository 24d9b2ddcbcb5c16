import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeEach, expect, test, vi } from 'vitest';
import { generateCollection } from '../../../tests/fixtures/collection/generate-collection';
import { digestEntry } from '../../collection/digest';
import { withoutSecurityRecords } from '../../exchange/file-format';
import { parseAssessmentBytes } from '../../exchange/parse-file';
import { db } from '../../storage/db';
import { createWorkshop, readWorkshop } from '../../storage/workshops';
import { createTransferSender } from '../../workshop/transfer/transfer-text';
import type { NextFrame } from './receive-qr-loop';
import type { QrReader } from './receive-qr-reader';
import { ReceiveQrScreen, type ReceiveQrDeps } from './receive-qr-screen';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const file = generateCollection({ count: 1, seed: 131 })[0]!;
const bytes = new TextEncoder().encode(file.text);

function fakeStream() {
  const track = { stop: vi.fn() };
  return { track, stream: { getTracks: () => [track] } as unknown as MediaStream };
}

/** A reader that returns the queued texts, one frame each, then nothing. */
function queuedReader(texts: (string | undefined)[]): QrReader & { reads: number } {
  const queue = [...texts];
  const reader = {
    kind: 'zxing' as const,
    reads: 0,
    read: () => {
      reader.reads += 1;
      const next = queue.shift();
      return Promise.resolve(next === undefined ? [] : [next]);
    },
  };
  return reader;
}

const nextFrame: NextFrame = (_video, callback) => {
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
};

async function renderScreen(deps: ReceiveQrDeps, heading = 'Nhận đánh giá qua mã QR', path?: string) {
  await act(() => {
    render(
      <Router hook={path === undefined ? undefined : memoryLocation({ path }).hook}>
        <Suspense fallback={<p>…</p>}>
          <ReceiveQrScreen
            playVideo={() => Promise.resolve()}
            grabFrame={() => ({}) as ImageData}
            nextFrame={nextFrame}
            {...deps}
          />
        </Suspense>
      </Router>,
    );
    return Promise.resolve();
  });
  await screen.findByRole('heading', { level: 1, name: heading });
  return userEvent.setup();
}

test('frames with losses, repeats, a corrupted one and a foreign QR code: stored once complete, camera stopped', async () => {
  const sender = createTransferSender(bytes);
  expect(sender.blockCount).toBeGreaterThan(3);
  const corrupted = sender.frameText(1).replace(/.(?=.{20}$)/, (c) => (c === 'A' ? 'B' : 'A'));
  const texts = ['https://example.org/menu', sender.frameText(0), sender.frameText(0), corrupted];
  for (let index = 2; index < sender.blockCount * 4; index += 1)
    if (index % 4 !== 3) texts.push(sender.frameText(index));
  const reader = queuedReader(texts);
  const { track, stream } = fakeStream();
  const getUserMedia = vi.fn((_constraints: MediaStreamConstraints) => Promise.resolve(stream));
  const again = queuedReader(Array.from({ length: sender.blockCount * 3 }, (_, index) => sender.frameText(index + 50)));
  const loadReader = vi.fn<() => Promise<QrReader>>().mockResolvedValueOnce(reader).mockResolvedValueOnce(again);
  const user = await renderScreen({ getUserMedia, loadReader });

  await user.click(screen.getByRole('button', { name: 'Bật camera' }));
  const constraints = getUserMedia.mock.calls[0]?.[0] as { video: { facingMode: unknown } } | undefined;
  expect(constraints?.video.facingMode).toEqual({ ideal: 'environment' });
  const result = await screen.findByRole('heading', { name: 'Đã nhận đánh giá' }, { timeout: 10_000 });
  expect(track.stop).toHaveBeenCalled();
  const profile = (JSON.parse(file.text) as { assessments: { assessment: { profile: { unitName: string } } }[] })
    .assessments[0]!.assessment.profile;
  const box = result.parentElement!;
  expect(box).toHaveTextContent(profile.unitName);
  expect(box).toHaveTextContent('Đã thêm vào bộ sưu tập.');
  const parsed = parseAssessmentBytes(bytes);
  if (!parsed.ok) throw new Error('fixture');
  // The collection keeps answers and plans, not the unit's security-by-level workbench records (format 3).
  const entry = withoutSecurityRecords(parsed.file.assessments[0]!);
  expect(within(box).getByRole('link', { name: `Xem đánh giá của ${profile.unitName}` })).toHaveAttribute(
    'href',
    `/collection/${entry.assessment.id}`,
  );
  const stored = await db.received.get(entry.assessment.id);
  expect(stored?.entry).toEqual(entry);
  expect(stored?.receipt.digest).toBe(await digestEntry(entry));
  expect(stored?.receipt.fileName).toMatch(/^qr-\d{4}-\d{2}-\d{2}\.json$/);
  const stats = document.querySelector<HTMLElement>('.receive-qr')!.dataset;
  expect(Number(stats.ignored)).toBe(2);

  // The same assessment again, from a new receiver and other frames: already there, nothing added.
  await user.click(screen.getByRole('button', { name: 'Nhận đánh giá khác' }));
  expect(getUserMedia).toHaveBeenCalledTimes(2);
  expect(await screen.findByText(/Đã có sẵn trong bộ sưu tập/, {}, { timeout: 10_000 })).toBeInTheDocument();
  expect(await db.received.count()).toBe(1);
});

test('progress is shown on every part but announced only every few parts', async () => {
  const sender = createTransferSender(bytes);
  const reader = queuedReader(Array.from({ length: 3 }, (_, index) => sender.frameText(index)));
  const { stream } = fakeStream();
  const user = await renderScreen({
    getUserMedia: () => Promise.resolve(stream),
    loadReader: () => Promise.resolve(reader),
  });
  await user.click(screen.getByRole('button', { name: 'Bật camera' }));
  const label = `Đã nhận 3/${sender.blockCount} phần`;
  await screen.findByText(label, { selector: 'p' });
  expect(screen.getByRole('progressbar', { name: label })).toHaveAttribute('value', '3');
  const live = document.querySelector('[aria-live="polite"]')!;
  expect(live).toHaveTextContent(`Đã nhận 1/${sender.blockCount} phần`);
});

test('a file that fails the checks: the import’s reason, nothing stored', async () => {
  const bad = createTransferSender(new TextEncoder().encode('{"format":"something-else"}'));
  const reader = queuedReader(Array.from({ length: bad.blockCount * 4 }, (_, index) => bad.frameText(index)));
  const { track, stream } = fakeStream();
  const user = await renderScreen({
    getUserMedia: () => Promise.resolve(stream),
    loadReader: () => Promise.resolve(reader),
  });
  await user.click(screen.getByRole('button', { name: 'Bật camera' }));
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
  expect(alert).toHaveTextContent('Không nhận được tệp');
  expect(alert).toHaveTextContent('Không có gì được lưu.');
  expect(track.stop).toHaveBeenCalled();
  expect(await db.received.count()).toBe(0);
  expect(screen.getByRole('button', { name: 'Nhận đánh giá khác' })).toBeInTheDocument();
});

test.each([
  ['NotAllowedError', 'chưa được phép dùng camera'],
  ['NotFoundError', 'Không tìm thấy camera'],
  ['NotReadableError', 'đang được một ứng dụng khác dùng'],
])('camera refused (%s): said in the user’s language, decoder never loaded', async (name, words) => {
  const loadReader = vi.fn(() => Promise.resolve(queuedReader([])));
  const user = await renderScreen({
    getUserMedia: () => Promise.reject(new DOMException('no', name)),
    loadReader,
  });
  await user.click(screen.getByRole('button', { name: 'Bật camera' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(words);
  expect(loadReader).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
});

test('the decoder fails to load: said so, camera stopped', async () => {
  const { track, stream } = fakeStream();
  const user = await renderScreen({
    getUserMedia: () => Promise.resolve(stream),
    loadReader: () => Promise.reject(new Error('wasm')),
  });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await user.click(screen.getByRole('button', { name: 'Bật camera' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được bộ đọc mã QR');
  expect(track.stop).toHaveBeenCalledTimes(1);
});

test('Stop stops the camera, by keyboard', async () => {
  const { track, stream } = fakeStream();
  const user = await renderScreen({
    getUserMedia: () => Promise.resolve(stream),
    loadReader: () => Promise.resolve(queuedReader([])),
  });
  await user.tab();
  await user.tab();
  expect(screen.getByRole('button', { name: 'Bật camera' })).toHaveFocus();
  await user.keyboard('{Enter}');
  await screen.findByText('Đang tìm mã QR…');
  await user.click(screen.getByRole('button', { name: 'Dừng camera' }));
  expect(track.stop).toHaveBeenCalled();
  expect(screen.getByText('Camera đã tắt.')).toBeInTheDocument();
});

test('leaving the page stops the camera', async () => {
  const { track, stream } = fakeStream();
  const user = await renderScreen({
    getUserMedia: () => Promise.resolve(stream),
    loadReader: () => Promise.resolve(queuedReader([])),
  });
  await user.click(screen.getByRole('button', { name: 'Bật camera' }));
  await screen.findByRole('button', { name: 'Dừng camera' });
  await screen.findByText('Đang tìm mã QR…');
  cleanup();
  expect(track.stop).toHaveBeenCalled();
});

test('English texts', async () => {
  const { changeLanguage } = await import('../../i18n/i18n');
  await changeLanguage('en');
  const user = await renderScreen({ getUserMedia: undefined }, 'Receive an assessment by QR code');
  await user.click(screen.getByRole('button', { name: 'Start the camera' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('No camera was found on this device.');
});

test('opened for a workshop (?workshop=): says so, and the assessment read is handed in to it', async () => {
  const workshop = await createWorkshop({ title: 'Tập huấn cấp xã', date: '2026-12-05' });
  const sender = createTransferSender(bytes);
  const reader = queuedReader(Array.from({ length: sender.blockCount * 3 }, (_, index) => sender.frameText(index)));
  const { stream } = fakeStream();
  const user = await renderScreen(
    { getUserMedia: () => Promise.resolve(stream), loadReader: () => Promise.resolve(reader) },
    'Nhận đánh giá qua mã QR',
    `/qr/receive?workshop=${encodeURIComponent(workshop.id)}`,
  );
  expect(await screen.findByText(/Nhận cho buổi tập huấn «Tập huấn cấp xã»/)).toBeVisible();
  expect(screen.getByRole('link', { name: 'Về buổi tập huấn' })).toHaveAttribute('href', `/workshops/${workshop.id}`);

  await user.click(screen.getByRole('button', { name: 'Bật camera' }));
  const result = await screen.findByRole('heading', { name: 'Đã nhận đánh giá' }, { timeout: 10_000 });
  expect(result.parentElement).toHaveTextContent('Đã ghi là đã nộp cho buổi tập huấn «Tập huấn cấp xã».');
  const parsed = parseAssessmentBytes(bytes);
  if (!parsed.ok) throw new Error('fixture');
  expect((await readWorkshop(workshop.id))?.assessmentIds).toEqual([parsed.file.assessments[0]!.assessment.id]);
});

test('a workshop that is not there: said before reading, and what is read goes to the collection only', async () => {
  const sender = createTransferSender(bytes);
  const reader = queuedReader(Array.from({ length: sender.blockCount * 3 }, (_, index) => sender.frameText(index)));
  const { stream } = fakeStream();
  const user = await renderScreen(
    { getUserMedia: () => Promise.resolve(stream), loadReader: () => Promise.resolve(reader) },
    'Nhận đánh giá qua mã QR',
    '/qr/receive?workshop=gone',
  );
  expect(await screen.findByText(/Không tìm thấy buổi tập huấn trong địa chỉ trang/)).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Bật camera' }));
  const result = await screen.findByRole('heading', { name: 'Đã nhận đánh giá' }, { timeout: 10_000 });
  expect(within(result.parentElement!).getByRole('alert')).toHaveTextContent(
    'Bản đánh giá đã được lưu vào bộ sưu tập nhưng chưa ghi được vào buổi tập huấn',
  );
  expect(await db.received.count()).toBe(1);
});
