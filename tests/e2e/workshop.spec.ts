/**
 * A workshop on the trainer's device in the browser (issue 13): the department's roster loaded beforehand; then,
 * offline, a workshop created for the whole roster, a few participants' files imported into it at once, the counts
 * of who has handed in, kept after a reload; axe on the screens (with the form's errors), in both languages and at
 * 360 px wide, with screenshots kept among the test's artefacts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { runnerImport } from 'vite';
import type { CollectionOptions, GeneratedFile } from '../fixtures/collection/generate-collection';
import { text } from './locales';
import { waitForServiceWorkerControl } from './support/journey';

const root = path.resolve(import.meta.dirname, '../..');
const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);

let folder: string;
let rosterFile: string;
let handedIn: string[];
let units: GeneratedFile['meta'][];
/** Received earlier, outside the workshop: it must not count in the workshop's class. */
let earlier: string;

test.beforeAll(async () => {
  const { module } = await runnerImport<{ generateCollection: (options: CollectionOptions) => GeneratedFile[] }>(
    path.join(root, 'tests/fixtures/collection/generate-collection.ts'),
    { root, configFile: false, logLevel: 'error' },
  );
  const files = module.generateCollection({ count: 7, seed: 1305, oldShare: 0, nfdShare: 0 });
  units = files.map((file) => file.meta);
  folder = mkdtempSync(path.join(tmpdir(), 'workshop-'));
  // The roster: the first five units; the sixth hands in without being expected.
  const header = ['name', 'unitType', 'province'].map((column) => vi(`roster.columns.${column}`));
  const rows = units
    .slice(0, 5)
    .map((unit) => [
      unit.unitName.normalize('NFC'),
      vi(`unitTypes.${unit.unitType}.name`),
      vi(`provinces.${unit.provinceId}`),
    ]);
  rosterFile = path.join(folder, 'danh-sach.csv');
  writeFileSync(rosterFile, `\uFEFF${[header, ...rows].map((cells) => cells.join(';')).join('\r\n')}\r\n`);
  // Three expected units and the unexpected one hand in.
  handedIn = [0, 1, 2, 5].map((index) => {
    const file = path.join(folder, files[index]!.name);
    writeFileSync(file, files[index]!.text);
    return file;
  });
  earlier = path.join(folder, files[6]!.name);
  writeFileSync(earlier, files[6]!.text);
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

async function expectCounts(page: Page, t: typeof vi) {
  const counts = page.getByRole('list', { name: t('workshop.class.countsLabel'), exact: true });
  await expect(counts).toContainText(t('workshop.class.handedIn_other', { count: 4 }), { timeout: 20_000 });
  await expect(counts).toContainText(t('workshop.class.expectedHandedIn_other', { count: 3, total: 5 }));
  await expect(counts).toContainText(t('workshop.class.waiting_other', { count: 2 }));
  await expect(counts).toContainText(t('workshop.class.notExpectedCount_one', { count: 1 }));
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test('offline: a workshop for the roster, files imported into it, the counts kept after a reload', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // Before the day, online: the department's roster is on the trainer's laptop.
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await page.goto('/collection');
  // The roster's tab shows once something has been received.
  await page.getByLabel(vi('collectionImport.chooseFiles')).setInputFiles(earlier);
  await expect(page.getByRole('region', { name: vi('collectionImport.summaryTitle') })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('tab', { name: vi('collection.tabs.status') }).click();
  await page.getByLabel(vi('collection.roster.load')).setInputFiles(rosterFile);
  await expect(page.getByRole('status').filter({ hasText: vi('collection.roster.loaded', { count: 5 }) })).toBeVisible({
    timeout: 30_000,
  });

  // In the room: no network.
  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker() && !response.url().startsWith('data:')) fromNetwork.push(response.url());
  });
  await page.goto('/');
  await page.getByRole('link', { name: vi('list.workshopsLink') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi('workshop.list.title'));
  await page.getByRole('button', { name: vi('workshop.list.new') }).click();
  await expect(page.getByRole('heading', { name: vi('workshop.list.newHeading') })).toBeFocused();
  await page.getByRole('button', { name: vi('workshop.list.create') }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectNoViolations(page, 'new workshop with errors');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: test.info().outputPath('new-workshop-errors-vi-360.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByLabel(vi('workshop.form.title')).fill('Tập huấn tự đánh giá chuyển đổi số, đợt 1');
  await page.getByLabel(vi('workshop.form.date')).fill('05/12/2026');
  await page.getByLabel(vi('workshop.form.place')).fill('Hội trường Sở Khoa học và Công nghệ');
  await expect(page.getByRole('radio', { name: vi('workshop.form.sources.all_other', { count: 5 }) })).toBeChecked();
  await page.getByRole('button', { name: vi('workshop.list.create') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tập huấn tự đánh giá chuyển đổi số, đợt 1');
  await expect(page.getByText(vi('workshop.class.expectedHandedIn_other', { count: 0, total: 5 }))).toBeVisible();

  // Four files at once, into the workshop.
  await page.getByLabel(vi('collectionImport.chooseFiles')).setInputFiles(handedIn);
  const summary = page.getByRole('region', { name: vi('collectionImport.summaryTitle') });
  await expect(summary).toContainText(vi('collectionImport.added_other', { count: 4 }), { timeout: 60_000 });
  await expectCounts(page, vi);
  const waiting = page.getByRole('row', { name: new RegExp(units[3]!.unitName.normalize('NFC')) });
  await expect(waiting).toContainText(vi('workshop.class.notYet'));
  await expect(page.getByRole('list', { name: vi('workshop.class.notExpectedHeading') })).toContainText(
    units[5]!.unitName.normalize('NFC'),
  );

  // Kept: after a reload (offline still), the same.
  await page.reload();
  await expectCounts(page, vi);
  await expectNoViolations(page, 'workshop page');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: test.info().outputPath('workshop-vi-360.png'), fullPage: true });

  await page.getByRole('button', { name: /English/ }).click();
  await expectCounts(page, en);
  await expectNoViolations(page, 'workshop page, in English');
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: test.info().outputPath('workshop-en-360.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath('workshop-en.png'), fullPage: true });

  await page.getByRole('link', { name: en('workshop.page.back') }).click();
  await expect(page.getByRole('link', { name: 'Tập huấn tự đánh giá chuyển đổi số, đợt 1' })).toBeVisible();
  await expectNoViolations(page, 'workshops list, in English');
  expect(fromNetwork).toEqual([]);
});
