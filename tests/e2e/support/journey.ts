/** Steps that several browser tests share: creating an assessment, waiting for a save, the service worker. */
import { expect, type Page } from '@playwright/test';
import { text } from '../locales';

export type Language = 'vi' | 'en';

export const question = (page: Page, id: string) => page.locator(`#question-${id}`);
export const saveStatus = (page: Page) => page.locator('[data-save-status]');

export async function waitUntilSaved(page: Page) {
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved');
}

/** From the list (already open) to the new assessment's task list, in Vietnamese. */
export async function createAssessment(page: Page, unitName: string) {
  const vi = (key: string) => text('vi', key);
  await page.getByRole('link', { name: vi('list.create') }).click();
  await page.getByLabel(vi('profile.unitName')).fill(unitName);
  await page.getByLabel(vi('unitTypes.provincial-department.name')).check();
  await page.getByLabel(vi('profile.province')).selectOption({ label: vi('provinces.phu-tho') });
  await page.getByLabel(vi('profile.assessorName')).fill('Lê Thị Mai');
  await page.getByLabel(vi('profile.assessorRole')).fill('Chuyên viên');
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(unitName);
}

/**
 * Waits until a service worker is active, then reloads once so that it controls the page (the worker does not
 * claim open pages), and checks that it does.
 */
export async function waitForServiceWorkerControl(page: Page) {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), {
      message: 'an active service worker',
      timeout: 15_000,
    })
    .toBe('activated');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}
