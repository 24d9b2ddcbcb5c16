import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { initI18n } from '../../i18n/i18n';
import { buildProfile } from '../../../tests/fixtures/profile';
import { paths } from '../../paths';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import { createTransferReceiver } from '../../workshop/transfer/transfer-text';
import type { DrawFrame } from './send-qr-screen';
import { SendQrScreen } from './send-qr-screen';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  // Only the frame clock's timer is fake: IndexedDB and React keep their own timing.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** jsdom has no canvas: the texts the screen would draw, in order. */
function recordingDraw() {
  const texts: string[] = [];
  const draw: DrawFrame = (_canvas, text) => {
    texts.push(text);
    return { modules: 93, milliseconds: 0 };
  };
  return { texts, draw };
}

async function renderSendQr(assessmentId: string, qrName = 'Mã QR của bản tự đánh giá') {
  const recorder = recordingDraw();
  const location = memoryLocation({ path: paths.sendQr.to(assessmentId) });
  const user = userEvent.setup();
  render(
    <Router hook={location.hook}>
      <Suspense fallback={<p>…</p>}>
        <Route path={paths.sendQr.pattern}>
          <SendQrScreen draw={recorder.draw} />
        </Route>
      </Suspense>
    </Router>,
  );
  await screen.findByRole('img', { name: qrName });
  return { ...recorder, user };
}

const counter = () => document.querySelector('[data-send-qr-counter]')?.textContent ?? '';
const advance = (milliseconds: number) => act(() => vi.advanceTimersByTime(milliseconds));
/** One tick at a time, so that React renders (and the screen draws) each frame, as in a browser. */
async function ticks(count: number, milliseconds: number) {
  for (let tick = 0; tick < count; tick += 1) await advance(milliseconds);
}

async function seededAssessment() {
  const assessment = await createAssessment(
    buildProfile({ unitName: 'Sở Tư pháp', periodYear: 2026, periodPart: 'h1' }),
  );
  await saveAnswers(assessment.id, {
    saved: [
      {
        questionId: 'security-drills',
        response: { kind: 'value', value: { type: 'yes-partly-no', choice: 'partly' } },
        note: 'Đã diễn tập một lần trong năm, chưa có biên bản đầy đủ.',
        updatedAt: new Date().toISOString(),
      },
    ],
    clearedQuestionIds: [],
  });
  return assessment;
}

test('shows what is sent, the instructions, and frames 0, 1, 2, … that rebuild the exported file', async () => {
  const assessment = await seededAssessment();
  const { texts } = await renderSendQr(assessment.id);

  expect(screen.getByRole('heading', { level: 1, name: 'Gửi bản tự đánh giá bằng mã QR' })).toBeInTheDocument();
  expect(screen.getByText(/^Sở Tư pháp · Sở, ban, ngành cấp tỉnh/)).toBeInTheDocument();
  expect(screen.getByText('6 tháng đầu năm 2026')).toBeInTheDocument();
  expect(screen.getByText(/Giữ điện thoại yên, màn hình hướng về camera của giảng viên/)).toBeInTheDocument();
  expect(screen.getByText(/Tăng độ sáng màn hình/)).toBeInTheDocument();
  expect(screen.getByText(/Giữ màn hình luôn bật/)).toBeInTheDocument();
  expect(counter()).toMatch(/^Mã 1 · đã hiển thị 1 mã; cần khoảng \d+ mã$/);
  // The counter changes 5 times a second: it must not be read out each time.
  expect(document.querySelector('[data-send-qr-counter]')?.closest('[aria-live], [role="status"]')).toBeNull();

  await advance(1000);
  expect(counter()).toMatch(/^Mã 6 · đã hiển thị 6 mã;/);
  expect(texts.every((text) => /^EGR:[0-9A-Z $%*+\-./:]+\.$/.test(text))).toBe(true);

  // The frames drawn, fed to a receiver, give back the assessment file.
  const receiver = createTransferReceiver();
  let index = 0;
  while (receiver.result() === undefined && index < 200) {
    if (index >= texts.length) await advance(200);
    const text = texts[index];
    if (text !== undefined) expect(receiver.push(text).status).not.toBe('rejected');
    index += 1;
  }
  const bytes = receiver.result();
  expect(bytes).toBeDefined();
  const file = JSON.parse(new TextDecoder().decode(bytes)) as {
    kind: string;
    assessments: { assessment: { id: string }; answers: { questionId: string; note?: string }[] }[];
  };
  expect(file.kind).toBe('assessment');
  expect(file.assessments.map((entry) => entry.assessment.id)).toEqual([assessment.id]);
  expect(JSON.stringify(file.assessments[0])).toContain('Đã diễn tập một lần trong năm, chưa có biên bản đầy đủ.');
});

test('pausing stops the counter and the frames; resuming goes on from the same frame, never back to 0', async () => {
  const assessment = await seededAssessment();
  const { texts, user } = await renderSendQr(assessment.id);
  await ticks(3, 200);
  expect(counter()).toMatch(/^Mã 4 ·/);

  await user.click(screen.getByRole('button', { name: 'Tạm dừng' }));
  const drawn = texts.length;
  await advance(5000);
  expect(counter()).toMatch(/^Mã 4 · đã hiển thị 4 mã;.*Đã tạm dừng\.$/);
  expect(texts).toHaveLength(drawn);

  const resume = screen.getByRole('button', { name: 'Tiếp tục' });
  resume.focus();
  await user.keyboard(' ');
  expect(screen.getByRole('button', { name: 'Tạm dừng' })).toBeInTheDocument();
  await ticks(2, 200);
  expect(counter()).toMatch(/^Mã 6 · đã hiển thị 6 mã;/);
  // Frames 0 to 5, each drawn once, in order.
  expect(texts).toHaveLength(6);
  expect(new Set(texts).size).toBe(6);
});

test('5 codes a second by default; 10 faster, 2 slower', async () => {
  const assessment = await seededAssessment();
  const { user } = await renderSendQr(assessment.id);
  expect(screen.getByRole('radio', { name: /^Bình thường: 5 mã mỗi giây/ })).toBeChecked();

  await user.click(screen.getByRole('radio', { name: /^Nhanh hơn: 10 mã mỗi giây/ }));
  await advance(1000);
  expect(counter()).toMatch(/^Mã 11 ·/);

  await user.click(screen.getByRole('radio', { name: /^Chậm hơn: 2 mã mỗi giây/ }));
  await advance(1000);
  expect(counter()).toMatch(/^Mã 13 ·/);
});

test('with reduced motion the codes are still shown, slower', async () => {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(prefers-reduced-motion: reduce)',
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  const assessment = await seededAssessment();
  await renderSendQr(assessment.id);
  expect(screen.getByRole('radio', { name: /^Chậm hơn: 2 mã mỗi giây/ })).toBeChecked();
  await advance(1000);
  expect(counter()).toMatch(/^Mã 3 ·/);
});

test('keeps the screen on while showing, and lets it sleep when paused', async () => {
  const release = vi.fn(() => Promise.resolve());
  const request = vi.fn(() => Promise.resolve({ released: false, release }));
  Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
  try {
    const assessment = await seededAssessment();
    const { user } = await renderSendQr(assessment.id);
    await vi.waitFor(() => expect(request).toHaveBeenCalledWith('screen'));
    await user.click(screen.getByRole('button', { name: 'Tạm dừng' }));
    expect(release).toHaveBeenCalled();
  } finally {
    Reflect.deleteProperty(navigator, 'wakeLock');
  }
});

test('in English too', async () => {
  await initI18n('en');
  const assessment = await seededAssessment();
  const { user } = await renderSendQr(assessment.id, 'QR code of the self-assessment');
  expect(screen.getByRole('heading', { level: 1, name: 'Send the self-assessment as QR codes' })).toBeInTheDocument();
  expect(screen.getByText(/^Hold the phone steady/)).toBeInTheDocument();
  expect(counter()).toMatch(/^Code 1 · 1 code shown; about \d+ needed$/);
  await advance(200);
  expect(counter()).toMatch(/^Code 2 · 2 codes shown;/);
  await user.click(screen.getByRole('button', { name: 'Pause' }));
  expect(counter()).toMatch(/Paused\.$/);
  expect(screen.getByRole('radio', { name: 'Faster: 10 codes a second' })).not.toBeChecked();
});

test('an unknown assessment is not found', async () => {
  const location = memoryLocation({ path: paths.sendQr.to('no-such-id') });
  render(
    <Router hook={location.hook}>
      <Suspense fallback={<p>…</p>}>
        <Route path={paths.sendQr.pattern}>
          <SendQrScreen draw={recordingDraw().draw} />
        </Route>
      </Suspense>
    </Router>,
  );
  expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('mã QR');
});
