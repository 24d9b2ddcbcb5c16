/**
 * The collection import in the browser (issue 12): a folder of 40 generated files in one go, with the progress
 * shown and the summary's counts; the same files in a ZIP; a broken file named while the others are added; and all
 * of it offline, the parse worker served by the service worker.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { runnerImport } from 'vite';
import type { CollectionOptions, GeneratedFile } from '../fixtures/collection/generate-collection';
import { text } from './locales';
import { waitForServiceWorkerControl } from './support/journey';

/**
 * The generator, compiled by Vite: it imports JSON without an import attribute, which Node 20 (under Playwright's
 * loader) refuses; scripts/generate-collection.mjs loads it the same way.
 */
async function loadGenerator(): Promise<(options: CollectionOptions) => GeneratedFile[]> {
  const root = path.resolve(import.meta.dirname, '../..');
  const { module } = await runnerImport<{ generateCollection: (options: CollectionOptions) => GeneratedFile[] }>(
    path.join(root, 'tests/fixtures/collection/generate-collection.ts'),
    { root, configFile: false, logLevel: 'error' },
  );
  return module.generateCollection;
}

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
let files: GeneratedFile[];
let root: string;
let folder: string;
let brokenFolder: string;
let zipPath: string;

test.beforeAll(async () => {
  files = (await loadGenerator())({ count: 40, seed: 12 });
  root = mkdtempSync(path.join(tmpdir(), 'collection-import-'));
  folder = path.join(root, 'don-vi');
  brokenFolder = path.join(root, 'co-tep-hong');
  mkdirSync(path.join(folder, 'xa'), { recursive: true });
  mkdirSync(brokenFolder);
  // Half of them in a sub-folder: the folder picker reads it too.
  files.forEach((file, index) => writeFileSync(path.join(folder, index % 2 ? 'xa' : '', file.name), file.text));
  files.slice(1).forEach((file) => writeFileSync(path.join(brokenFolder, file.name), file.text));
  writeFileSync(path.join(brokenFolder, 'bị-hỏng.json'), files[0]!.text.slice(0, 500));
  zipPath = path.join(root, 'tinh.zip');
  writeFileSync(zipPath, zipSync(Object.fromEntries(files.map((file) => [`tinh/${file.name}`, strToU8(file.text)]))));
});
test.afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Records every text the progress status region showed. */
async function watchStatus(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusTexts: string[] }).statusTexts = seen;
    const status = document.querySelector('.collection-import__status');
    if (!status) throw new Error('no status region');
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}
const statusTexts = (page: Page) => page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);

async function openCollection(page: Page) {
  await page.goto('/collection');
  await expect(page.getByLabel(vi('collectionImport.chooseFolder'))).toBeVisible();
  await watchStatus(page);
}

async function expectSummary(page: Page, counts: { files: number; added: number; rejected?: number }) {
  const summary = page.getByRole('region', { name: vi('collectionImport.summaryTitle') });
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(vi('collectionImport.summaryFiles_other', { count: counts.files }));
  await expect(summary).toContainText(vi('collectionImport.added_other', { count: counts.added }));
  if (counts.rejected) {
    await expect(summary).toContainText(vi('collectionImport.rejectedCount_other', { count: counts.rejected }));
  } else {
    await expect(summary).not.toContainText(vi('collectionImport.rejectedTitle'));
  }
  return summary;
}

test('a folder of 40 files in one go: the progress is shown, then the summary', async ({ page }) => {
  await openCollection(page);
  await page.getByLabel(vi('collectionImport.chooseFolder')).setInputFiles(folder);
  await expectSummary(page, { files: 40, added: 40 });
  const shown = await statusTexts(page);
  expect(
    shown.some((shownText) => /^\d+ trên 40 tệp$/.test(shownText)),
    shown.join(' | '),
  ).toBe(true);
  // The progress bar and the cancel are gone with the import.
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('button', { name: vi('collectionImport.cancel') })).toHaveCount(0);
});

test('a ZIP of the files imports the same', async ({ page }) => {
  await openCollection(page);
  await page.getByLabel(vi('collectionImport.chooseFiles')).setInputFiles(zipPath);
  await expectSummary(page, { files: 40, added: 40 });
});

test('a broken file is reported by name, and the others are added', async ({ page }) => {
  await openCollection(page);
  await page.getByLabel(vi('collectionImport.chooseFolder')).setInputFiles(brokenFolder);
  const summary = await expectSummary(page, { files: 40, added: 39, rejected: 1 });
  await expect(summary.getByRole('list', { name: vi('collectionImport.rejectedTitle') })).toContainText(
    `co-tep-hong/bị-hỏng.json: ${vi('exchange.errors.truncated')}`,
  );
});

test('offline: the import and its worker come from the service worker', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker() && !response.url().startsWith('data:')) fromNetwork.push(response.url());
  });
  await openCollection(page);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.getByLabel(vi('collectionImport.chooseFolder')).setInputFiles(folder);
  await expectSummary(page, { files: 40, added: 40 });
  expect(fromNetwork).toEqual([]);
});
