/**
 * Deleting all data on a device (issue 13: a shared laptop between two workshop participants), in the browser and
 * offline: the participant's work is on the device, the word is typed with a Telex input method, and afterwards
 * IndexedDB, inspected directly, holds nothing of it; another tab that had the participant's assessment open starts
 * again at the empty list (its screen and memory held the participant's work); the page says it is done.
 */
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';
import { createAssessment, question, waitForServiceWorkerControl, waitUntilSaved } from './support/journey';
import { typeTelex } from './support/human-input';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);

/** Every object store of the app's database and how many records it holds, read with IndexedDB itself. */
function inspectDatabase(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open('egov-readiness');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const database = request.result;
          const names = Array.from(database.objectStoreNames);
          const counts: Record<string, number> = {};
          if (names.length === 0) {
            database.close();
            resolve(counts);
            return;
          }
          const transaction = database.transaction(names);
          for (const name of names) {
            const count = transaction.objectStore(name).count();
            count.onsuccess = () => (counts[name] = count.result);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(counts);
          };
        };
      }),
  );
}

test('offline, everything a participant left is deleted after the word is typed with Telex', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);

  await createAssessment(page, 'UBND xã Tân Phú');
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await question(page, 'security-drills').getByLabel(vi('scales.yes-partly-no.no')).check();
  await waitUntilSaved(page);
  const before = await inspectDatabase(page);
  expect(before.assessments).toBe(1);
  expect(before.answers).toBeGreaterThan(0);

  // A second tab with the participant's assessment open, as on a shared laptop.
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/');
  await page.getByRole('link', { name: vi('storagePanel.deviceLink') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('vi', 'device.title') })).toBeVisible();
  await page.getByRole('button', { name: text('vi', 'device.deleteStart') }).click();
  const confirmation = page.getByLabel(text('vi', 'device.confirmLabel', { word: 'XÓA' }));
  await expect(confirmation).toBeFocused();
  await typeTelex(page, 'XÓA', { seed: 13 });
  await expect(confirmation).toHaveValue('XÓA');
  await page.getByRole('button', { name: text('vi', 'device.deleteConfirm') }).click();

  // The page loads again (from the service worker: offline) and says it is done.
  await expect(page.getByText(text('vi', 'device.deleted'))).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(text('vi', 'device.deleted'))).toBeFocused();
  const after = await inspectDatabase(page);
  expect(
    Object.values(after).every((count) => count === 0),
    JSON.stringify(after),
  ).toBe(true);

  // The other tab starts again at the list, empty: the participant's section is no longer on its screen.
  await expect(other).toHaveURL(/\/$/, { timeout: 30_000 });
  await expect(other.getByRole('link', { name: vi('list.create') })).toBeVisible();
  await expect(other.getByText('UBND xã Tân Phú')).toHaveCount(0);
  expect(Object.values(await inspectDatabase(page)).every((count) => count === 0)).toBe(true);

  await page.getByRole('link', { name: text('vi', 'device.back') }).click();
  await expect(page.getByRole('link', { name: vi('list.create') })).toBeVisible();
  await expect(page.getByText('UBND xã Tân Phú')).toHaveCount(0);
  await other.close();
});
