/**
 * A scores-only summary read through Chromium's fake camera (issue 13): the video shows another app's QR code, then
 * a participant's summary code; the reading screen, opened from a workshop (`?workshop=`), keeps the summary with
 * that workshop in IndexedDB, says so, lists it, and exports the workshop's summaries as CSV.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base } from '@playwright/test';
import { encodeSummary } from '../../src/workshop/summary/summary-code';
import { REALISTIC_SUMMARY } from '../../src/workshop/summary/summary-fixtures.test-support';
import { text } from './locales';
import { writeY4m } from './support/fake-camera';
import { drawQr } from './support/qr-frames';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const SUMMARY = { ...REALISTIC_SUMMARY, unitName: 'Ủy ban nhân dân xã Tân Phú', sample: true as const };
const WORKSHOP = {
  id: 'workshop-e2e-1',
  title: 'Tập huấn chuyển đổi số cấp xã, đợt 2',
  date: '2026-12-03',
  expectedUnits: [],
  assessmentIds: [],
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
};

const test = base.extend<object, { summaryVideo: string }>({
  summaryVideo: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function uses from its first parameter.
    async ({}, use) => {
      const folder = mkdtempSync(path.join(tmpdir(), 'receive-summary-'));
      const file = path.join(folder, 'summary.y4m');
      const images = ['https://example.org/workshop/menu', encodeSummary(SUMMARY)].map((code) =>
        drawQr(code, 640, 480),
      );
      writeY4m(file, images, { fps: 10, hold: 5 });
      await use(file);
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  launchOptions: [
    async ({ summaryVideo }, use) => {
      await use({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
          `--use-file-for-fake-video-capture=${summaryVideo}`,
        ],
      });
    },
    { scope: 'worker' },
  ],
});

test.use({ permissions: ['camera'] });

test('a summary code read for a workshop is stored with it, listed and exported as CSV', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The workshop, as the trainer's workshop screen would have made it.
  await page.evaluate(
    (workshop) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('egov-readiness');
        opening.onerror = () => reject(new Error(String(opening.error)));
        opening.onsuccess = () => {
          const transaction = opening.result.transaction('workshops', 'readwrite');
          transaction.objectStore('workshops').put(workshop);
          transaction.oncomplete = () => {
            opening.result.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        };
      }),
    WORKSHOP,
  );

  await page.goto(`/qr/receive?workshop=${WORKSHOP.id}`);
  await page.getByRole('button', { name: vi('receiveQr.start') }).click();
  const kept = page.getByRole('heading', { name: vi('receiveQr.summary.keptTitle') });
  await expect(kept).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(vi('receiveQr.summary.outcomes.added', { title: WORKSHOP.title }))).toBeVisible();
  expect(await page.locator('video').evaluate((video: HTMLVideoElement) => video.srcObject)).toBeNull();

  const stored = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const opening = indexedDB.open('egov-readiness');
        opening.onerror = () => reject(new Error(String(opening.error)));
        opening.onsuccess = () => {
          const request = opening.result.transaction('workshopSummaries').objectStore('workshopSummaries').getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
  );
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ ...SUMMARY, workshopId: WORKSHOP.id });

  const table = page.getByRole('table', { name: vi('workshopSummaries.caption', { title: WORKSHOP.title }) });
  await expect(table.getByRole('rowheader')).toHaveText(`${SUMMARY.unitName} (${vi('workshopSummaries.sample')})`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: vi('workshopSummaries.exportCsv') }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^egov-readiness-tap-huan-chuyen-doi-so-cap-xa-dot-2-summaries-.+\.csv$/);
  const csv = readFileSync(await saved.path(), 'utf8');
  expect(csv.startsWith('\uFEFFunit_name,unit_type,')).toBe(true);
  expect(csv).toContain(`${SUMMARY.unitName},provincial-department,phu-tho,,,2026,year,${SUMMARY.assessmentId},`);
  expect(csv).toContain(',62.4,C,71.5,80,55.2,38.9,66.7,60,48,52,true,');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: test.info().outputPath('summary-received-360-vi.png'), fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: text('en', 'receiveQr.summary.keptTitle') })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('summary-received-360-en.png'), fullPage: true });
});
