/**
 * Files at the edges of the format: an assessment id holding URL characters opens on every screen (links, reloads,
 * a saved answer), and a file already on the device imports as "nothing changed".
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
/** The fixture's id: every character a path builder must encode ("/", "#", "?", "%", a space). */
const ID = 'a/b#c?d%e f';
const FIXTURE = path.join(import.meta.dirname, '../fixtures/url-characters-id.json');
const TITLE = 'Tự đánh giá sáu tháng đầu năm 2026';
const WAIT = { timeout: 15_000 };

async function importFixture(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: vi('exchange.actions.import') }).click();
  await page.getByLabel(vi('exchange.importScreen.file')).setInputFiles(FIXTURE);
  await page.getByRole('button', { name: vi('exchange.importScreen.submit') }).click();
  await expect(page.getByText(vi('exchange.importScreen.done', { count: 1 }))).toBeVisible(WAIT);
}

/** The screen's heading, then the same after a reload (the address alone must open it). */
async function expectHeading(page: Page, heading: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading, WAIT);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading, WAIT);
  await expect(page.getByText(vi('notFound.title'))).toHaveCount(0);
}

test('an assessment whose id holds "/", "#", "?", "%" and a space opens on every screen', async ({ page }) => {
  await importFixture(page);
  await page
    .getByRole('link', { name: vi('common.backToList') })
    .last()
    .click();

  // The list opens it where the file says work stopped: the security section.
  await page.getByRole('link', { name: TITLE }).first().click();
  await expectHeading(page, content('vi', 'sections.security.title'));
  expect(new URL(page.url()).pathname).toBe('/assessments/a%252Fb%2523c%253Fd%2525e%2520f/sections/security');
  // The answers of the file are there, and a change is saved under that id.
  await expect(page.getByRole('textbox', { name: vi('inventory.fields.name') }).first()).toHaveValue(
    'Hệ thống một cửa điện tử',
    WAIT,
  );
  const drills = page.locator('#question-security-drills');
  await drills.getByLabel(vi('scales.yes-partly-no.yes')).check();
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved', WAIT);
  await page.reload();
  await expect(page.locator('#question-security-drills').getByLabel(vi('scales.yes-partly-no.yes'))).toBeChecked(WAIT);

  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();
  await expectHeading(page, TITLE);

  await page.getByRole('link', { name: vi('taskList.results') }).click();
  await expectHeading(page, vi('results.title'));
  await page.goBack();

  await page.getByRole('link', { name: vi('taskList.plan') }).click();
  await expectHeading(page, vi('plan.title'));
  await page.goBack();

  await page.getByRole('link', { name: vi('taskList.editProfile') }).click();
  await expectHeading(page, vi('editProfile.title'));
  await expect(page.getByLabel(vi('profile.unitName'))).toHaveValue('Ủy ban nhân dân xã Minh Châu');

  // A section opened from the task list by its own link.
  await page.goBack();
  await page.getByRole('link', { name: content('vi', 'sections.services.title') }).click();
  await expectHeading(page, content('vi', 'sections.services.title'));
  await expect(
    page.locator('#question-services-national-portal').getByLabel(vi('scales.yes-partly-no.partly')),
  ).toBeChecked(WAIT);
  expect(await page.evaluate(() => decodeURIComponent(decodeURIComponent(location.pathname.split('/')[2] ?? '')))).toBe(
    ID,
  );
});

test('importing a file that is already on the device, identical, says nothing changed', async ({ page }) => {
  await importFixture(page);
  await page.goto('/');
  await page.getByRole('link', { name: vi('exchange.actions.import') }).click();
  await page.getByLabel(vi('exchange.importScreen.file')).setInputFiles(FIXTURE);

  await expect(page.getByText(vi('exchange.importScreen.allIdentical'))).toBeVisible(WAIT);
  await expect(page.getByRole('list', { name: vi('exchange.importScreen.entriesHeading') })).toContainText(
    vi('exchange.importScreen.status.identical'),
  );
  await page.getByRole('button', { name: vi('exchange.importScreen.submit') }).click();

  await expect(page.getByText(vi('exchange.importScreen.doneNothing'))).toBeVisible(WAIT);
  await expect(page.getByRole('button', { name: vi('exchange.importScreen.undo') })).toHaveCount(0);
});
