/** Data files as a user handles them: a CSV that spreadsheets read in Vietnamese, a backup restored elsewhere. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);

async function createAnsweredAssessment(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: vi('list.create') }).click();
  await page.getByLabel(vi('profile.unitName')).fill('UBND phường Đống Đa');
  await page.getByLabel(vi('unitTypes.commune-committee.name')).check();
  await page.getByLabel(vi('profile.province')).selectOption({ label: vi('provinces.ha-noi') });
  await page.getByLabel(vi('profile.communeName')).fill('Phường Đống Đa');
  await page.getByLabel(vi('profile.assessorName')).fill('Đặng Thị Hường');
  await page.getByLabel(vi('profile.assessorRole')).fill('Công chức Văn phòng');
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  const drills = page.locator('#question-security-drills');
  await drills.getByLabel(vi('scales.yes-partly-no.partly')).check();
  await drills.getByText(vi('evidence.summary')).click();
  await drills.getByLabel(vi('evidence.note')).fill('Đã diễn tập ứng cứu sự cố tháng 9');
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();
}

test('the answers CSV starts with a byte-order mark and keeps Vietnamese text', async ({ page }) => {
  await createAnsweredAssessment(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: vi('exchange.actions.exportAnswersCsv') }).click();
  const bytes = readFileSync(await (await download).path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  expect(csv).toContain(content('vi', 'questions.security-drills.text'));
  expect(csv).toContain('Đã diễn tập ứng cứu sự cố tháng 9');
  expect(csv).toContain('\r\n');
});

test('a backup restores onto an empty device', async ({ page, browser }) => {
  await createAnsweredAssessment(page);
  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: vi('exchange.actions.backupAll') }).click();
  const backupPath = await (await download).path();
  await expect(page.getByText(/Đã lưu tệp .* và kiểm tra lại: nội dung khớp\./)).toBeVisible();
  await expect(page.getByText(vi('exchange.actions.neverExported'))).toHaveCount(0);

  const emptyDevice = await browser.newContext({ locale: 'vi-VN', baseURL: test.info().project.use.baseURL });
  const other = await emptyDevice.newPage();
  await other.goto('/');
  await expect(other.getByText(vi('list.empty'))).toBeVisible();
  await other.getByRole('link', { name: vi('exchange.actions.import') }).click();
  await other.getByLabel(vi('exchange.importScreen.file')).setInputFiles(backupPath);
  await other.getByRole('button', { name: vi('exchange.importScreen.submit') }).click();
  await expect(other.getByText(vi('exchange.importScreen.done', { count: 1 }))).toBeVisible();
  await other
    .getByRole('link', { name: vi('common.backToList') })
    .last()
    .click();
  await other
    .getByRole('link', { name: /UBND phường Đống Đa/ })
    .first()
    .click();
  const drills = other.locator('#question-security-drills');
  await expect(drills.getByLabel(vi('scales.yes-partly-no.partly'))).toBeChecked();
  await expect(drills.getByLabel(vi('evidence.note'))).toHaveValue('Đã diễn tập ứng cứu sự cố tháng 9');
  await emptyDevice.close();
});
