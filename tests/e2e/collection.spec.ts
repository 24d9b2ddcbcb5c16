/**
 * The collection dashboard (issue 12) in the browser: a folder of generated assessment files imported through the
 * screen, the comparison table (sort, search), the charts, the status board and a unit's read-only view, in
 * Vietnamese and English, at 1280 and 360 px, axe clean, and offline. Screenshots go to COLLECTION_SHOTS (/tmp).
 *
 * The files: `node scripts/generate-collection.mjs --count 40 --out /tmp/col-40` (the test writes them if missing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { text } from './locales';
import { waitForServiceWorkerControl } from './support/journey';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const SHOTS = process.env.COLLECTION_SHOTS ?? '/tmp/col-shots';
const FOLDER = process.env.COLLECTION_FILES ?? '/tmp/col-40';
const COUNT = Number(process.env.COLLECTION_COUNT ?? 40);

function collectionFiles(): string[] {
  if (!existsSync(FOLDER) || readdirSync(FOLDER).filter((file) => file.endsWith('.json')).length < COUNT) {
    execFileSync('node', ['scripts/generate-collection.mjs', '--count', String(COUNT), '--out', FOLDER, '--force']);
  }
  return readdirSync(FOLDER)
    .filter((file) => file.endsWith('.json'))
    .map((file) => path.join(FOLDER, file));
}

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

async function importCollection(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: vi('list.collectionLink') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi('collection.title'));
  await page.getByLabel(vi('collectionImport.chooseFiles')).setInputFiles(collectionFiles());
  await expect(page.getByRole('heading', { name: vi('collectionImport.summaryTitle') })).toBeVisible({
    timeout: 60_000,
  });
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

test('a folder of files imported: the table and charts in both languages, at 1280 and 360 px, axe clean, offline', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await importCollection(page);

  const table = page.getByRole('table', { name: new RegExp(vi('collection.table.caption', { count: COUNT })) });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(COUNT + 1);
  await expect(page.getByRole('list', { name: vi('collection.summary.label') })).toContainText(
    `${COUNT} ${vi('collection.summary.received')}`,
  );

  // Sort by the overall score: highest first, then lowest first.
  const scoreHeader = table.getByRole('columnheader', { name: new RegExp(vi('collection.table.score')) });
  await scoreHeader.getByRole('button').click();
  await expect(scoreHeader).toHaveAttribute('aria-sort', 'descending');
  const scores = async () =>
    (await table.locator('tbody tr td:nth-child(6)').allTextContents()).map((cell) =>
      Number.parseFloat(cell.replace(',', '.')),
    );
  const descending = (await scores()).filter((value) => !Number.isNaN(value));
  expect(descending).toEqual([...descending].sort((a, b) => b - a));

  // Search without diacritics finds a name written with them.
  const firstName = (await table.locator('tbody tr th a').first().textContent()) ?? '';
  const plain = firstName.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  await page.getByRole('searchbox', { name: vi('collection.filters.search') }).fill(plain);
  const anyTable = page.getByRole('table', { name: /^So sánh \d+ bản tự đánh giá/ });
  await expect(anyTable.locator('tbody tr th a').first()).toHaveText(firstName);
  await shot(page, 'collection-vi-1280-table');
  await expectNoViolations(page, 'comparison table');
  await page.getByRole('searchbox', { name: vi('collection.filters.search') }).fill('');

  await page.getByRole('tab', { name: vi('collection.tabs.charts') }).click();
  await expect(page.getByRole('img', { name: new RegExp(`^${COUNT} đơn vị theo xếp loại`) })).toBeVisible();
  // Each chart's figures as a table, one click away.
  for (const summary of await page.getByText(vi('collection.charts.showTable')).all()) await summary.click();
  await expect(page.getByRole('table', { name: vi('collection.charts.heatHeading') })).toBeVisible();
  await expect(page.getByRole('table', { name: vi('collection.charts.spreadHeading') })).toBeVisible();
  await shot(page, 'collection-vi-1280-charts');
  await expectNoViolations(page, 'charts');

  await page.getByRole('tab', { name: vi('collection.tabs.gaps') }).click();
  await expect(page.getByRole('tabpanel').getByRole('listitem').first()).toContainText(vi('collection.gaps.action'));
  await expectNoViolations(page, 'common gaps');
  await page.getByRole('tab', { name: vi('collection.tabs.trends') }).click();
  await expectNoViolations(page, 'trends');
  await page.getByRole('tab', { name: vi('collection.tabs.status') }).click();
  await page.getByRole('button', { name: vi('collection.roster.build') }).click();
  await expect(page.getByRole('status').filter({ hasText: /Đã lập danh sách/ })).toBeVisible();
  await shot(page, 'collection-vi-1280-status');
  await expectNoViolations(page, 'status board');

  // English.
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('tab', { name: en('collection.tabs.table') }).click();
  const tableEn = page.getByRole('table', { name: new RegExp(en('collection.table.caption', { count: COUNT })) });
  await expect(tableEn).toBeVisible();
  await shot(page, 'collection-en-1280-table');
  await expectNoViolations(page, 'comparison table, English');
  await page.getByRole('tab', { name: en('collection.tabs.charts') }).click();
  await expect(page.getByRole('img', { name: new RegExp(`^${COUNT} units by grade`) })).toBeVisible();
  await shot(page, 'collection-en-1280-charts');
  await expectNoViolations(page, 'charts, English');

  // 360 px: the table scrolls inside its own labelled region, the page itself does not scroll sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('tab', { name: en('collection.tabs.table') }).click();
  const region = page.getByRole('region', { name: new RegExp(en('collection.table.caption', { count: COUNT })) });
  await expect(region).toBeVisible();
  const widths = await region.evaluate((element) => ({
    scroll: element.scrollWidth,
    client: element.clientWidth,
    page: document.documentElement.scrollWidth,
  }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  expect(widths.page).toBeLessThanOrEqual(360);
  await shot(page, 'collection-en-360-table');
  await expectNoViolations(page, 'comparison table at 360 px');
  await page.getByRole('tab', { name: en('collection.tabs.charts') }).click();
  await shot(page, 'collection-en-360-charts');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('button', { name: /Tiếng Việt/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await shot(page, 'collection-vi-360-charts');
  await page.getByRole('tab', { name: vi('collection.tabs.table') }).click();
  await shot(page, 'collection-vi-360-table');
  await expectNoViolations(page, 'charts at 360 px, Vietnamese');

  // A unit's read-only view: no edit control.
  await page.setViewportSize({ width: 1280, height: 800 });
  const unit = page.getByRole('table').first().locator('tbody tr th a').first();
  const unitName = (await unit.textContent()) ?? '';
  await unit.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(unitName);
  await expect(page.getByText(vi('collection.received.readOnly'))).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: vi('results.goToQuestion') })).toHaveCount(0);
  await shot(page, 'collection-vi-1280-received');
  await expectNoViolations(page, 'received assessment');

  // Offline: the dashboard and its worker come from the service worker's cache.
  await context.setOffline(true);
  await page.goto('/collection');
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(
    page.getByRole('table', { name: new RegExp(vi('collection.table.caption', { count: COUNT })) }),
  ).toBeVisible();
  await page.getByRole('tab', { name: vi('collection.tabs.charts') }).click();
  await expect(page.getByRole('img', { name: new RegExp(`^${COUNT} đơn vị theo xếp loại`) })).toBeVisible();
  await context.setOffline(false);
});
