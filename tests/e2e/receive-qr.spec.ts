/**
 * The trainer's reading screen through Chromium's fake camera (issue 13, decision 0016): a real assessment file,
 * split into transfer frames in Node, drawn as QR codes into a Y4M video with frames dropped, repeated, one corrupted
 * and one foreign QR code (a URL). The page reads it with zxing-wasm (Linux Chromium has no BarcodeDetector), loaded
 * from our own origin, and stores the assessment exactly as the app's own parse of the same bytes gives it.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base } from '@playwright/test';
import { runnerImport } from 'vite';
import type { CollectionOptions, GeneratedFile } from '../fixtures/collection/generate-collection';
import type { FileEntry } from '../../src/exchange/file-format';
import type { TransferSender } from '../../src/workshop/transfer/transfer-text';
import { text } from './locales';
import { writeY4m } from './support/fake-camera';
import { drawQr, type LumaImage } from './support/qr-frames';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const root = path.resolve(import.meta.dirname, '../..');
const WIDTH = 640;
const HEIGHT = 480;
const FPS = 10;
const HOLD = 2;

interface Source {
  file: string;
  bytes: Uint8Array;
  entry: FileEntry;
  digest: string;
  blockCount: number;
  frameChars: number;
  codes: number;
}

async function load<T>(file: string): Promise<T> {
  const { module } = await runnerImport<T>(path.join(root, file), { root, configFile: false, logLevel: 'error' });
  return module;
}

const test = base.extend<object, { source: Source }>({
  source: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function uses from its first parameter.
    async ({}, use) => {
      const { generateCollection } = await load<{ generateCollection: (o: CollectionOptions) => GeneratedFile[] }>(
        'tests/fixtures/collection/generate-collection.ts',
      );
      const { createTransferSender } = await load<{ createTransferSender: (b: Uint8Array) => TransferSender }>(
        'src/workshop/transfer/transfer-text.ts',
      );
      const { parseAssessmentBytes } =
        await load<typeof import('../../src/exchange/parse-file')>('src/exchange/parse-file.ts');
      const { digestEntry } = await load<typeof import('../../src/collection/digest')>('src/collection/digest.ts');
      const generated = generateCollection({ count: 1, seed: 1313, oldShare: 0, nfdShare: 0 })[0]!;
      const bytes = new TextEncoder().encode(generated.text);
      const parsed = parseAssessmentBytes(bytes);
      if (!parsed.ok) throw new Error(`fixture refused: ${parsed.error.code}`);
      // The collection keeps answers and plans, not the workbench records of a version 3 file.
      const { systemSecurity: _systemSecurity, unitSecurity: _unitSecurity, ...entry } = parsed.file.assessments[0]!;
      const sender = createTransferSender(bytes);
      const K = sender.blockCount;

      // Frames 0..3K−1, every 4th dropped, every 5th shown twice; the foreign code and the corrupted frame after
      // about 60% of the frames needed, so that the reader meets them before it can be complete.
      const texts: string[] = [];
      for (let index = 0; index < 3 * K; index += 1) {
        if (index % 4 === 3) continue;
        texts.push(sender.frameText(index));
        if (index % 5 === 0) texts.push(sender.frameText(index));
      }
      const original = sender.frameText(3 * K + 1);
      const at = Math.max(2, Math.ceil(K * 0.6));
      const middle = Math.floor(original.length / 2);
      const corrupted = original.slice(0, middle) + (original[middle] === 'A' ? 'B' : 'A') + original.slice(middle + 1);
      texts.splice(at, 0, 'https://example.org/workshop/menu', corrupted);

      const folder = mkdtempSync(path.join(tmpdir(), 'receive-qr-'));
      const file = path.join(folder, 'frames.y4m');
      const images: LumaImage[] = texts.map((frameText) => drawQr(frameText, WIDTH, HEIGHT));
      writeY4m(file, images, { fps: FPS, hold: HOLD });
      expect(statSync(file).size).toBeGreaterThan(0);
      await use({
        file,
        bytes,
        entry,
        digest: await digestEntry(entry),
        blockCount: K,
        frameChars: sender.frameText(0).length,
        codes: texts.length,
      });
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  launchOptions: [
    async ({ source }, use) => {
      await use({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
          `--use-file-for-fake-video-capture=${source.file}`,
        ],
      });
    },
    { scope: 'worker' },
  ],
});

test.use({ permissions: ['camera'] });

test('an assessment read from looping QR codes with losses, a corrupted frame and a foreign code', async ({
  page,
  source,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const outside: string[] = [];
  const fetched: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    fetched.push(url);
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await page.goto('/qr/receive');
  await page.getByRole('button', { name: vi('receiveQr.start') }).click();
  const started = Date.now();
  const box = page.locator('.receive-qr');
  await expect(box).toHaveAttribute('data-state', 'reading', { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: vi('receiveQr.resultTitle') })).toBeVisible({ timeout: 60_000 });
  const seconds = (Date.now() - started) / 1000;
  await expect(page.getByText(vi('receiveQr.outcomes.added'))).toBeVisible();

  const stats = await box.evaluate((element: HTMLElement) => ({ ...element.dataset }));
  expect(stats.decoder).toBe('zxing');
  expect(Number(stats.ignored)).toBeGreaterThanOrEqual(2);
  expect(fetched.some((url) => /zxing_reader-[\w-]+\.wasm$/.test(url))).toBe(true);
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);

  const stored = await page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const opening = indexedDB.open('egov-readiness');
        opening.onerror = () => reject(new Error(String(opening.error)));
        opening.onsuccess = () => {
          const request = opening.result.transaction('received').objectStore('received').get(key);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
    source.entry.assessment.id,
  );
  const record = stored as { id: string; entry: FileEntry; receipt: { digest: string; fileName: string } };
  expect(record.id).toBe(source.entry.assessment.id);
  expect(JSON.stringify(record.entry)).toBe(JSON.stringify(source.entry));
  expect(record.receipt.digest).toBe(source.digest);

  // The camera is off once complete.
  expect(await page.locator('video').evaluate((video: HTMLVideoElement) => video.srcObject)).toBeNull();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  await expect(page.getByRole('link', { name: vi('receiveQr.toCollection') })).toBeVisible();

  const reads = Number(stats.reads);
  console.log(
    `receive-qr: K=${source.blockCount} blocks, ${source.bytes.length} bytes file, ${source.frameChars} chars per frame ` +
      `(${Math.round(((source.frameChars - 5) * 2) / 3)} bytes), ${source.codes} codes in the loop at ${FPS / HOLD}/s; ` +
      `${reads} reads in ${seconds.toFixed(1)} s (${(reads / seconds).toFixed(1)} reads/s), ` +
      `${stats.readMs} ms per read (slowest ${stats.slowestMs}), ${stats.ignored} ignored`,
  );
});

test('opened from a workshop (?workshop=): it says so, and the assessment read is handed in to it', async ({
  page,
  source,
}) => {
  test.setTimeout(90_000);
  const profile = source.entry.assessment.profile;
  await page.goto('/workshops');
  await page.getByRole('button', { name: vi('workshop.list.new') }).click();
  await page.getByLabel(vi('workshop.form.title')).fill('Tập huấn cấp xã');
  await page.getByLabel(vi('workshop.form.date')).fill('05/12/2026');
  // The unit expected, typed as the trainer would: name; unit type; province.
  await page
    .getByLabel(vi('workshop.form.typedUnits'))
    .fill(`${profile.unitName}; ${vi(`unitTypes.${profile.unitType}.name`)}; ${vi(`provinces.${profile.provinceId}`)}`);
  await page.getByRole('button', { name: vi('workshop.list.create') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tập huấn cấp xã');
  await expect(page.getByText(vi('workshop.class.expectedHandedIn_one', { count: 0, total: 1 }))).toBeVisible();

  await page.getByRole('link', { name: vi('workshop.page.receiveQr') }).click();
  await expect(page).toHaveURL(/\/qr\/receive\?workshop=/);
  await expect(page.getByText(vi('receiveQr.workshop.for', { title: 'Tập huấn cấp xã' }))).toBeVisible();
  await page.getByRole('button', { name: vi('receiveQr.start') }).click();
  await expect(page.getByRole('heading', { name: vi('receiveQr.resultTitle') })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(vi('receiveQr.workshop.handedIn', { title: 'Tập huấn cấp xã' }))).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);

  await page.getByRole('link', { name: vi('receiveQr.workshop.open') }).click();
  await expect(page.getByText(vi('workshop.class.expectedHandedIn_one', { count: 1, total: 1 }))).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(profile.unitName) })).not.toContainText(
    vi('workshop.class.notYet'),
  );
});
