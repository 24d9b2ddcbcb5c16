/**
 * Size budgets over the production build (issue 11): bytes are deterministic, so they are checked here and time is
 * not (scripts/benchmark.sh measures time). The first screens are opened in Chromium as a first visit (no service
 * worker, nothing cached), every file they load is read back from the build and compressed with gzip -9, as the
 * server does, and the total must stay within its budget; every chunk loaded later must stay within its own.
 *
 * Budgets live in tests/e2e/size-budget.json. When a change passes one, the test prints what grew: shrink the change,
 * or raise the budget in the same commit and say why in its message.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';
import { createAssessment } from './support/journey';

const DIST = path.resolve(process.env.PW_DIST ?? 'dist');
const budgets = JSON.parse(readFileSync(path.join(import.meta.dirname, 'size-budget.json'), 'utf8')) as {
  firstScreen: Record<string, { kB: number; requests: number }>;
  chunks: Record<string, number> & { default: number };
};
const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;

function gzipSizeOf(urlPath: string): number {
  const file = path.join(DIST, decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath));
  try {
    return gzipSync(readFileSync(file), { level: 9 }).length;
  } catch {
    // A navigation to an app address (served as index.html by the preview server's fallback).
    return gzipSync(readFileSync(path.join(DIST, 'index.html')), { level: 9 }).length;
  }
}

/** Every same-origin file a first visit to `address` loads before the page settles, with its gzip size. */
async function firstVisit(page: Page, address: string) {
  const loaded = new Set<string>();
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(page.url() || request.url()).origin) loaded.add(url.pathname);
  });
  await page.goto(address);
  await expect(page.locator('input, select, textarea, a.button, button').first()).toBeVisible({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  return [...loaded].map((urlPath) => ({ urlPath, bytes: gzipSizeOf(urlPath) })).sort((a, b) => b.bytes - a.bytes);
}

test.use({ serviceWorkers: 'block' });

for (const [address, budget] of Object.entries(budgets.firstScreen)) {
  test(`first screen ${address}: at most ${budget.kB} kB compressed in at most ${budget.requests} requests`, async ({
    page,
  }) => {
    const files = await firstVisit(page, address);
    const total = files.reduce((sum, file) => sum + file.bytes, 0);
    const listing = files.map((file) => `${kB(file.bytes)} kB ${file.urlPath}`).join('\n');
    console.log(`${address}: ${kB(total)} kB in ${files.length} requests\n${listing}`);

    expect(kB(total), `compressed bytes of ${address}:\n${listing}`).toBeLessThanOrEqual(budget.kB);
    expect(files.length, `requests of ${address}:\n${listing}`).toBeLessThanOrEqual(budget.requests);
  });
}

test('every script chunk stays within its budget', () => {
  const chunks = readdirSync(path.join(DIST, 'assets')).filter((file) => file.endsWith('.js'));
  const over = chunks.flatMap((file) => {
    const name = file.replace(/-[\w-]{8}\.js$/, '');
    const limit = budgets.chunks[name] ?? budgets.chunks.default;
    const size = kB(gzipSizeOf(`/assets/${file}`));
    return size > limit ? [`${file}: ${size} kB, budget ${limit} kB`] : [];
  });

  expect(chunks.length).toBeGreaterThan(5);
  expect(over).toEqual([]);
});

test('each later screen downloads its own texts: a section its own questions, the results every section’s', async ({
  page,
}) => {
  const questionFiles: string[] = [];
  page.on('requestfinished', (request) => {
    const name = /\/assets\/(questions-[a-z]+)-/.exec(new URL(request.url()).pathname)?.[1];
    if (name) questionFiles.push(name);
  });
  await page.goto('/');
  await createAssessment(page, 'Sở Tài chính tỉnh Phú Thọ');
  // The task list names the sections, not their questions.
  await expect(page.getByRole('link', { name: new RegExp(content('vi', 'sections.data.title')) })).toBeVisible();
  expect(questionFiles).toEqual([]);

  await page.getByRole('link', { name: new RegExp(content('vi', 'sections.data.title')) }).click();
  await expect(page.getByText(content('vi', 'questions.data-population-db-use.text'))).toBeVisible();
  expect(questionFiles).toEqual(['questions-data']);

  await page.getByRole('link', { name: text('vi', 'common.backToTaskList') }).click();
  await page.getByRole('link', { name: text('vi', 'taskList.results') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('vi', 'results.title'));
  const sections = ['services', 'signatures', 'monitoring', 'security', 'data', 'capacity'];
  expect(new Set(questionFiles)).toEqual(new Set(sections.map((section) => `questions-${section}`)));
  // What the section downloaded is not downloaded again.
  expect(questionFiles.filter((name) => name === 'questions-data')).toHaveLength(1);
});
