/**
 * The security-by-level workbench's records in real files and a real browser (issue 14, format version 3): a file
 * holding them is imported through the import screen, kept in IndexedDB across a reload, backed up again byte for
 * byte, and removed with its assessment when that is deleted and purged at the next start.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sampleEntryWithSecurity, sampleFile, sampleSystemSecurity } from '../../src/exchange/sample-file.test-support';
import { serializeAssessmentFile } from '../../src/exchange/serialize';
import { text } from './locales';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);

/** The workbench's stores of the app's database, read with IndexedDB itself. */
function workbenchStores(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ assessments: number; systemSecurity: string[]; unitSecurity: number }>((resolve, reject) => {
        const request = indexedDB.open('egov-readiness');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(['assessments', 'systemSecurity', 'unitSecurity']);
          const assessments = transaction.objectStore('assessments').count();
          const systems = transaction.objectStore('systemSecurity').getAll();
          const units = transaction.objectStore('unitSecurity').count();
          transaction.oncomplete = () => {
            database.close();
            resolve({
              assessments: assessments.result,
              systemSecurity: (systems.result as { systemId: string }[]).map((record) => record.systemId).sort(),
              unitSecurity: units.result,
            });
          };
        };
      }),
  );
}

const withoutExportTime = (file: string) => file.replace(/"exportedAt": "[^"]+"/, '"exportedAt": ""');

test('a file with workbench records imports, stays after a reload, backs up the same, and goes with its assessment', async ({
  page,
}) => {
  // A record for the inventory's one-stop system, and one for a system since removed from the inventory: both kept.
  const entry = sampleEntryWithSecurity();
  const fileText = serializeAssessmentFile(
    sampleFile([{ ...entry, systemSecurity: [...entry.systemSecurity!, sampleSystemSecurity('he-thong-cu')] }]),
  );
  const filePath = test.info().outputPath('mot-cua-v3.json');
  writeFileSync(filePath, fileText);

  await page.goto('/');
  await page.getByRole('link', { name: vi('exchange.actions.import') }).click();
  await page.getByLabel(vi('exchange.importScreen.file')).setInputFiles(filePath);
  await page.getByRole('button', { name: vi('exchange.importScreen.submit') }).click();
  await expect(page.getByText(vi('exchange.importScreen.done', { count: 1 }))).toBeVisible({ timeout: 30_000 });
  expect(await workbenchStores(page)).toEqual({
    assessments: 1,
    systemSecurity: ['he-thong-cu', 'mot-cua'],
    unitSecurity: 1,
  });

  await page.goto('/');
  await page.reload();
  await expect(page.getByText('Tự đánh giá sáu tháng đầu năm 2026').first()).toBeVisible({ timeout: 30_000 });
  expect((await workbenchStores(page)).systemSecurity).toEqual(['he-thong-cu', 'mot-cua']);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: vi('exchange.actions.backupAll') }).click();
  const backup = readFileSync(await (await download).path(), 'utf8');
  await expect(page.getByText(/Đã lưu tệp .* và kiểm tra lại: nội dung khớp\./)).toBeVisible({ timeout: 30_000 });
  expect(withoutExportTime(backup)).toBe(
    withoutExportTime(fileText).replace('"kind": "assessment"', '"kind": "backup"'),
  );

  await page
    .getByRole('button', { name: vi('list.deleteLabel', { name: 'Tự đánh giá sáu tháng đầu năm 2026' }) })
    .click();
  await page.getByRole('button', { name: vi('list.deleteConfirmButton') }).click();
  await expect(page.getByText(vi('list.deleted', { name: 'Tự đánh giá sáu tháng đầu năm 2026' }))).toBeVisible();
  // Until the app starts again the deletion can be undone, so the records are still there; the start purges them.
  expect((await workbenchStores(page)).systemSecurity).toEqual(['he-thong-cu', 'mot-cua']);
  await page.reload();
  await expect(page.getByText(vi('list.empty'))).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => workbenchStores(page), { timeout: 30_000 })
    .toEqual({ assessments: 0, systemSecurity: [], unitSecurity: 0 });
});
