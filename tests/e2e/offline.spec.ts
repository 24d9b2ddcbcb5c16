/**
 * Offline first: after one visit, with the network gone, the whole app still works from the service worker's
 * precache, including the other language's locale chunks, the results and the plan.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { content, text } from './locales';
import { createAssessment, question, waitForServiceWorkerControl, waitUntilSaved } from './support/journey';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const DIST_ASSETS = path.resolve(import.meta.dirname, '../..', process.env.PW_DIST ?? 'dist', 'assets');

test('first visit, go offline, reload: create an assessment, answer, see the results', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);

  // The precache holds every file the build emitted (lazy chunks and both languages included), not just the
  // ones this first visit happened to load.
  const precached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  const built = readdirSync(DIST_ASSETS).filter((file) => !file.endsWith('.map'));
  expect(built.length).toBeGreaterThan(0);
  expect(
    built.filter((file) => !precached.includes(`/assets/${file}`)),
    'files of dist/assets missing from the precache',
  ).toEqual([]);

  await context.setOffline(true);
  const served: { url: string; fromServiceWorker: boolean }[] = [];
  const failed: string[] = [];
  page.on('response', (response) =>
    served.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() }),
  );
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  await page.reload();
  // The browser itself is offline: nothing could have come from the network.
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await createAssessment(page, 'Sở Xây dựng tỉnh Phú Thọ');
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  // A known set (see results-and-plan.spec.ts): 8 of 12 points, 66.7, grade C capped at D.
  const dossiers = question(page, 'security-level-dossiers-approved');
  await dossiers.getByLabel(content('vi', 'questions.security-level-dossiers-approved.part')).fill('3');
  await dossiers.getByLabel(content('vi', 'questions.security-level-dossiers-approved.whole')).fill('5');
  await question(page, 'security-incident-reporting').getByLabel(vi('scales.yes-partly-no.yes')).check();
  await question(page, 'security-redetermination-on-change').getByLabel(vi('scales.yes-partly-no.yes')).check();
  await question(page, 'security-drills').getByLabel(vi('scales.yes-partly-no.no')).check();
  await waitUntilSaved(page);
  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();

  await page.getByRole('link', { name: vi('taskList.results') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi('results.title'));
  await expect(page.locator('.score-summary__score')).toContainText('66,7');
  await expect(page.locator('.score-summary__grade')).toContainText('D');

  // English was never loaded online: its locale chunks must come from the precache.
  const beforeSwitch = served.length;
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('results.title'));
  await expect(page.locator('.score-summary__score')).toContainText('66.7');
  const englishChunks = served.slice(beforeSwitch).filter(({ url }) => /\/assets\/(common|questions?)/.test(url));
  expect(englishChunks.length, 'English locale chunks loaded after the switch').toBeGreaterThan(0);
  expect(englishChunks.filter(({ fromServiceWorker }) => !fromServiceWorker)).toEqual([]);

  await page.getByRole('link', { name: en('results.openPlan') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('plan.title'));
  await expect(page.getByRole('article').first().getByRole('heading')).toHaveText(
    content('en', 'questions.security-level-dossiers-approved.action'),
  );

  // And a reload while still offline, on a deep link, opens the plan again (navigation fallback from the cache).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('plan.title'));
  expect(failed, 'requests that failed while offline').toEqual([]);
  expect(served.filter(({ fromServiceWorker }) => !fromServiceWorker).map(({ url }) => url)).toEqual([]);
});
