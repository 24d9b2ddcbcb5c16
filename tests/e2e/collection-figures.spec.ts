/**
 * The collection's figures kept between visits (decision 0015), in the browser, where only a real worker, a real
 * build's worker URL and real cross-tab notifications exist: the rows worker keeps the figures it computed; the
 * next visit shows the table without starting it; a unit imported in another tab makes the open dashboard score
 * again and show it, without a reload.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { runnerImport } from 'vite';
import type { CollectionOptions, GeneratedFile } from '../fixtures/collection/generate-collection';
import { text } from './locales';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const COUNT = 10;

let folder: string;
let paths: string[];

test.beforeAll(async () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const { module } = await runnerImport<{ generateCollection: (options: CollectionOptions) => GeneratedFile[] }>(
    path.join(root, 'tests/fixtures/collection/generate-collection.ts'),
    { root, configFile: false, logLevel: 'error' },
  );
  folder = mkdtempSync(path.join(tmpdir(), 'collection-figures-'));
  paths = module.generateCollection({ count: COUNT + 1, seed: 91 }).map((file) => {
    const full = path.join(folder, file.name);
    writeFileSync(full, file.text);
    return full;
  });
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

const table = (page: Page, count: number) =>
  page.getByRole('table', { name: vi('collection.table.caption', { count }) });

/** The figures record the dashboard kept, read from IndexedDB as it is on the device. */
function keptFigures(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ signature: string; rows: number } | null>((resolve, reject) => {
        const request = indexedDB.open('egov-readiness');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const read = request.result.transaction('collectionFigures').objectStore('collectionFigures').get('figures');
          read.onsuccess = () => {
            request.result.close();
            const record = read.result as { signature: string; figures: { rows: unknown[] } } | undefined;
            resolve(record ? { signature: record.signature, rows: record.figures.rows.length } : null);
          };
        };
      }),
  );
}

async function importFiles(page: Page, files: string[]) {
  await page.getByLabel(vi('collectionImport.chooseFiles')).setInputFiles(files);
  await expect(page.getByRole('heading', { name: vi('collectionImport.summaryTitle') })).toBeVisible({
    timeout: 60_000,
  });
}

test('the figures are kept by the worker, shown at the next visit without it, and follow another tab’s import', async ({
  page,
  context,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/collection');
  await importFiles(page, paths.slice(0, COUNT));
  await expect(table(page, COUNT)).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => keptFigures(page), { timeout: 30_000 }).toMatchObject({ rows: COUNT });
  const kept = await keptFigures(page);
  // The build's signature: the rows worker's own file, named by the hash of what it bundles.
  expect(kept?.signature).toMatch(/^\/assets\/rows-worker-[\w-]+\.js$/);
  expect(workers.some((url) => url.endsWith(kept!.signature))).toBe(true);

  workers.length = 0;
  await page.reload();
  await expect(table(page, COUNT)).toBeVisible({ timeout: 60_000 });
  // The exports are enabled once the copies are read: by then a worker would have started.
  await expect(page.getByRole('button', { name: text('vi', 'collectionExports.tidyCsv') })).toBeEnabled({
    timeout: 30_000,
  });
  expect(workers.filter((url) => url.includes('rows-worker'))).toEqual([]);

  // Another tab imports one unit more: this tab's figures are stale, scored again, and show it.
  const other = await context.newPage();
  await other.goto('/collection');
  await importFiles(other, paths.slice(COUNT));
  await expect(table(page, COUNT + 1)).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => keptFigures(page), { timeout: 30_000 }).toMatchObject({ rows: COUNT + 1 });
  await other.close();
});
