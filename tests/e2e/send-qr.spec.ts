/**
 * Sending an assessment as QR codes (issue 13), offline: the frames the page shows, read back in Node with
 * zxing-wasm and fed to the app's own receiver, give the same file as the app's JSON export, byte for byte apart
 * from the export time; the page is axe clean, fits 360 px and pauses from the keyboard. The scores-only code, read
 * the same way, holds the summary the app's own scoring makes of the exported file.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { FileEntry } from '../../src/exchange/file-format';
import { questionnaire } from '../../src/questionnaire/questionnaire';
import { makeSummary } from '../../src/workshop/summary/make-summary';
import { decodeSummary } from '../../src/workshop/summary/summary-code';
import { createTransferReceiver } from '../../src/workshop/transfer/transfer-text';
import { content, text } from './locales';
import { createAssessment, question, waitForServiceWorkerControl, waitUntilSaved } from './support/journey';
import { dataUrlBytes, decodeQrImage } from './support/qr-decode';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const NOTE = 'Đã diễn tập ứng cứu sự cố tháng 9, còn thiếu biên bản của Sở Tài chính.';

/**
 * A long note of Vietnamese words in a seeded order, which compresses about as badly as real writing, so that the
 * file needs several frames.
 */
function longNote(seed: number): string {
  const words = [
    'cán bộ',
    'hệ thống',
    'phần mềm',
    'đã',
    'chưa',
    'kiểm tra',
    'bảo mật',
    'dữ liệu',
    'người dân',
    'thủ tục',
    'trực tuyến',
    'năm',
    'quý',
    'đơn vị',
    'phòng',
    'ứng cứu',
    'sự cố',
    'máy chủ',
    'sao lưu',
    'mật khẩu',
    'đường truyền',
    'cổng',
    'dịch vụ',
    'công văn',
    'báo cáo',
    'tỉnh',
    'xã',
    'huyện',
    'tập huấn',
    'giám sát',
    'lỗi',
    'cập nhật',
    'bản vá',
    'tài khoản',
    'chữ ký số',
    'hồ sơ',
    'lưu trữ',
    'mạng',
    'nội bộ',
    'đề xuất',
    'kinh phí',
  ];
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let note = '';
  while (note.length < 1900) note += `${words[Math.floor(next() * words.length)]}${next() < 0.1 ? '. ' : ' '}`;
  return `${note.trim()} ${Math.floor(next() * 1000)}.`;
}
const LONG_NOTES = ['security-incident-reporting', 'security-national-monitoring', 'security-annual-report'];

/** The frame on the canvas now: its index and its pixels, read in one go so that they belong together. */
function readShownFrame(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-frame]');
    if (!canvas) return undefined;
    return {
      frame: Number(canvas.dataset.frame),
      renderMs: Number(canvas.dataset.renderMs),
      png: canvas.toDataURL('image/png'),
      cssWidth: canvas.getBoundingClientRect().width,
      modules: canvas.width,
    };
  });
}

test('offline, the QR codes shown carry the exported file, byte for byte', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);

  await createAssessment(page, 'Sở Thông tin và Truyền thông tỉnh Phú Thọ');
  const assessmentId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  const drills = question(page, 'security-drills');
  await drills.getByLabel(vi('scales.yes-partly-no.partly')).check();
  await drills.getByText(vi('evidence.summary')).click();
  await drills.getByLabel(vi('evidence.note')).fill(NOTE);
  for (const [index, id] of LONG_NOTES.entries()) {
    const other = question(page, id);
    await other.getByLabel(vi('scales.yes-partly-no.yes')).check();
    await other.getByText(vi('evidence.summary')).click();
    await other.getByLabel(vi('evidence.note')).fill(longNote(index + 1));
  }
  await waitUntilSaved(page);
  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();

  // The app's own JSON export of the same assessment.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: vi('exchange.actions.exportAssessment') }).click();
  const exportedText = readFileSync(await (await download).path(), 'utf8');

  await page.goto(`/assessments/${assessmentId}/qr`);
  await expect(page.getByRole('heading', { level: 1, name: vi('sendQr.title') })).toBeVisible();
  await expect(page.getByText(/^Sở Thông tin và Truyền thông tỉnh Phú Thọ · /)).toBeVisible();
  const qr = page.getByRole('img', { name: vi('sendQr.qrLabel') });
  await expect(qr).toBeVisible();
  await expect(page.getByRole('radio', { name: vi('sendQr.speeds.normal') })).toBeChecked();

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // Read frames as they come, each time the index changes, until the receiver has the whole file. Frames missed
  // on a slow machine do not matter: the fountain code needs enough of them, not particular ones.
  const receiver = createTransferReceiver();
  const renderTimes: number[] = [];
  const seen = new Set<number>();
  let shown: Awaited<ReturnType<typeof readShownFrame>>;
  let last = -1;
  while (receiver.result() === undefined) {
    shown = await readShownFrame(page);
    if (!shown || shown.frame === last) {
      await page.waitForTimeout(20);
      continue;
    }
    expect(shown.frame, 'frames count up').toBeGreaterThan(last);
    last = shown.frame;
    seen.add(shown.frame);
    renderTimes.push(shown.renderMs);
    const [decoded] = await decodeQrImage(dataUrlBytes(shown.png));
    expect(decoded, `frame ${shown.frame} reads`).toBeDefined();
    expect(receiver.push(decoded ?? '').status).not.toBe('rejected');
    expect(seen.size, 'frames read before the file is complete').toBeLessThan(200);
  }
  const receivedText = new TextDecoder().decode(receiver.result());
  const received = JSON.parse(receivedText) as { exportedAt: string };
  const exported = JSON.parse(exportedText) as { exportedAt: string };
  // Two exports differ only in when they were made.
  expect(receivedText.replace(received.exportedAt, exported.exportedAt)).toBe(exportedText);
  expect(receivedText).toContain(NOTE);

  const needed = Number(
    /cần khoảng (\d+) mã/.exec((await page.locator('[data-send-qr-counter]').textContent()) ?? '')?.[1],
  );
  expect(needed, 'several frames').toBeGreaterThan(3);
  expect(seen.size).toBeGreaterThanOrEqual(needed);
  const sorted = [...renderTimes].sort((a, b) => a - b);
  const summary = {
    fileBytes: new TextEncoder().encode(receivedText).length,
    blockCount: needed,
    framesRead: seen.size,
    lastFrame: last,
    modules: shown?.modules,
    cssPxPerModule: shown ? shown.cssWidth / shown.modules : undefined,
    renderMsMedian: sorted[Math.floor(sorted.length / 2)],
    renderMsMax: sorted.at(-1),
  };
  test.info().annotations.push({ type: 'send-qr', description: JSON.stringify(summary) });
  console.log('send-qr', JSON.stringify(summary));

  // Space on the focused button pauses; the frame then stays.
  const pause = page.getByRole('button', { name: vi('sendQr.pause') });
  await pause.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: vi('sendQr.resume') })).toBeFocused();
  const paused = (await readShownFrame(page))?.frame;
  await page.waitForTimeout(700);
  expect((await readShownFrame(page))?.frame).toBe(paused);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: vi('sendQr.pause') })).toBeFocused();
  await expect.poll(async () => (await readShownFrame(page))?.frame).toBeGreaterThan(paused ?? 0);

  // 360 px wide: no sideways scrolling, the code still fills the column.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const box = await qr.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(250);
  expect(box?.width).toBeCloseTo(box?.height ?? 0, 0);
  console.log('send-qr at 360 px, CSS px per module:', (box?.width ?? 0) / (shown?.modules ?? 1));
});

test('offline, the one scores-only code carries the summary of the exported file', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);

  await createAssessment(page, 'Ủy ban nhân dân xã Tân Phú, tỉnh Phú Thọ');
  const assessmentId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await question(page, 'security-drills').getByLabel(vi('scales.yes-partly-no.partly')).check();
  await question(page, 'security-incident-reporting').getByLabel(vi('scales.yes-partly-no.yes')).check();
  await waitUntilSaved(page);
  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: vi('exchange.actions.exportAssessment') }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { assessments: FileEntry[] };

  await page.goto(`/assessments/${assessmentId}/qr`);
  await page.getByRole('radio', { name: vi('sendQr.contents.summary') }).check();
  const code = page.getByRole('img', { name: vi('sendQr.summary.qrLabel') });
  await expect(code).toBeVisible();
  await expect(page.getByRole('img', { name: vi('sendQr.qrLabel') })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: vi('sendQr.summary.heading') })).toBeVisible();

  const shown = await code.evaluate((canvas: HTMLCanvasElement) => ({
    png: canvas.toDataURL('image/png'),
    modules: canvas.width,
    cssWidth: canvas.getBoundingClientRect().width,
  }));
  const [text] = await decodeQrImage(dataUrlBytes(shown.png));
  const decoded = decodeSummary(text ?? '');
  if (!decoded.ok) throw new Error(`the code does not read: ${decoded.error}`);
  const entry = exported.assessments[0]!;
  const answers = new Map(entry.answers.map((answer) => [answer.questionId, answer]));
  const today = new Date().toLocaleDateString('sv');
  expect(decoded.summary).toEqual(makeSummary(questionnaire, entry.assessment, answers, today, decoded.summary.madeAt));
  expect(decoded.summary.answered).toBe(2);
  // The words under the code say the same scores.
  const overall = decoded.summary.overall;
  await expect(page.locator('dl').last()).toContainText(
    overall === null ? vi('sendQr.summary.noScore') : `${String(overall).replace('.', ',')}/100`,
  );

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  const measured = {
    characters: text?.length,
    modules: shown.modules,
    version: (shown.modules - 8 - 17) / 4,
    cssPxPerModule: shown.cssWidth / shown.modules,
  };
  console.log('send-qr summary code', JSON.stringify(measured));
  await page.screenshot({ path: test.info().outputPath('summary-1280.png'), fullPage: true });

  await page.setViewportSize({ width: 360, height: 740 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const box = await code.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(250);
  await page.screenshot({ path: test.info().outputPath('summary-360-vi.png'), fullPage: true });
});
