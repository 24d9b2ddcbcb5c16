/** Without IndexedDB (some private modes), the app says so in the user's language and keeps what was typed. */
import { expect, test } from '@playwright/test';
import { text } from './locales';

const vi = (key: string) => text('vi', key);

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    // As in browsers that withhold IndexedDB: the global is simply not there.
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
});

test('the list explains that nothing can be stored here', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(vi('storage.failedTitle'));
  await expect(page.getByRole('alert')).toContainText(vi('storage.errors.unavailable'));
});

test('creating an assessment keeps the typed profile on screen and says why it was not saved', async ({ page }) => {
  await page.goto('/assessments/new');
  await page.getByLabel(vi('profile.unitName')).fill('UBND phường Hoàn Kiếm');
  await page.getByLabel(vi('unitTypes.provincial-department.name')).check();
  await page.getByLabel(vi('profile.province')).selectOption({ label: text('vi', 'provinces.ha-noi') });
  await page.getByLabel(vi('profile.assessorName')).fill('Lê Minh');
  await page.getByLabel(vi('profile.assessorRole')).fill('Chuyên viên');
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();

  await expect(page.getByRole('alert')).toHaveText(vi('storage.errors.unavailable'));
  await expect(page.getByLabel(vi('profile.unitName'))).toHaveValue('UBND phường Hoàn Kiếm');
  await expect(page).toHaveURL(/\/assessments\/new$/);
});
