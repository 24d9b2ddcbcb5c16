/**
 * Benchmark of the consolidated PDF report (issue 12): 150 generated files (a province) imported into /collection,
 * then the report made three times: at normal CPU (the first includes loading the PDF engine and the fonts), again at
 * normal CPU, and with the CPU slowed four times (CDP `Emulation.setCPUThrottlingRate`). Prints each time (from the
 * click to the file, the `pdf-collection-report` measure of collection-report-actions.tsx), the pages and bytes, and
 * the machine's load. Target: ≤ 5 s at normal CPU. Not a timed test: it only runs with COLLECTION_BENCHMARK=1.
 *
 *   COLLECTION_BENCHMARK=1 PW_DIST=... npx playwright test tests/e2e/collection-report-benchmark.spec.ts --project=chromium
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { text } from './locales';
import { collectionFolder } from './support/collection-folder';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const COUNT = 150;
/** The performance-timeline entry collection-report-actions.tsx records for each consolidated report. */
const MEASURE = 'pdf-collection-report';

test.skip(process.env.COLLECTION_BENCHMARK !== '1', 'benchmark: runs only with COLLECTION_BENCHMARK=1');

/** Makes the report once; returns the measure's duration (ms), the file's size and page count. */
async function makeReport(page: Page, run: string) {
  const before = await page.evaluate((name) => performance.getEntriesByName(name).length, MEASURE);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 170_000 }),
    page.getByRole('button', { name: vi('collectionReport.consolidated') }).click(),
  ]);
  await expect
    .poll(() => page.evaluate((name) => performance.getEntriesByName(name).length, MEASURE), { timeout: 60_000 })
    .toBe(before + 1);
  const duration = await page.evaluate((name) => {
    const entries = performance.getEntriesByName(name);
    return Math.round(entries[entries.length - 1]?.duration ?? Number.NaN);
  }, MEASURE);
  const file = test.info().outputPath(`${run}.pdf`);
  await download.saveAs(file);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
  const kB = Math.round(readFileSync(file).length / 1024);
  return { duration, pages, kB };
}

test(`consolidated report of ${COUNT} units, CPU normal and slowed 4×`, async ({ page }) => {
  test.setTimeout(600_000);
  const folder = collectionFolder(COUNT);
  await page.goto('/collection');
  await page.getByLabel(vi('collectionImport.chooseFolder')).setInputFiles(folder);
  const summary = page.getByRole('region', { name: vi('collectionImport.summaryTitle') });
  await expect(summary).toBeVisible({ timeout: 170_000 });
  await expect(page.getByRole('button', { name: vi('collectionReport.consolidated') })).toBeEnabled({
    timeout: 120_000,
  });

  const cdp = await page.context().newCDPSession(page);
  const lines: string[] = [];
  const record = async (label: string, rate: number) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    try {
      const { duration, pages, kB } = await makeReport(page, label.replace(/\W+/g, '-'));
      lines.push(`${label}: ${(duration / 1000).toFixed(2)} s (${pages} pages, ${kB} KB)`);
      return duration;
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  };
  await record('CPU 1×, first (engine and fonts loaded)', 1);
  const warm = await record('CPU 1×, again', 1);
  await record('CPU 4×', 4);
  const load = readFileSync('/proc/loadavg', 'utf8').trim();
  const line = `collection report, ${COUNT} units: ${lines.join('; ')}; load ${load}`;
  console.log(line);
  test.info().annotations.push({ type: 'benchmark', description: line });
  expect(Number.isFinite(warm)).toBe(true);
});
