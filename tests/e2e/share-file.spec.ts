/**
 * The phone's share sheet in Chromium (issue 13), with `navigator.canShare` and `navigator.share` stubbed before
 * the app starts (headless desktop Chromium has no share sheet): "Chia sẻ…" hands over the same file the JSON
 * export downloads, by name, type and bytes (apart from the export time); a closed sheet records no export. Without
 * the API the button is not there.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createAssessment, question, waitUntilSaved } from './support/journey';
import { content, text } from './locales';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);

interface SharedFile {
  name: string;
  type: string;
  text: string;
}

/** What each `share` received, kept on the window; `closeSheet` makes the next share end as a person closing it. */
function stubShareSheet(page: Page) {
  return page.addInitScript(() => {
    const shared: SharedFile[] = [];
    const state = window as unknown as { shared: SharedFile[]; closeSheet: boolean };
    state.shared = shared;
    state.closeSheet = false;
    Object.defineProperty(navigator, 'canShare', {
      configurable: true,
      value: (data?: ShareData) => Array.isArray(data?.files) && data.files.length > 0,
    });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        for (const file of data.files ?? []) shared.push({ name: file.name, type: file.type, text: await file.text() });
        if (state.closeSheet) throw new DOMException('Share canceled', 'AbortError');
      },
    });
  });
}

const lastExportedAt = (page: Page, id: string) =>
  page.evaluate(
    (key) =>
      new Promise<string | undefined>((resolve, reject) => {
        const opening = indexedDB.open('egov-readiness');
        opening.onerror = () => reject(new Error(String(opening.error)));
        opening.onsuccess = () => {
          const request = opening.result.transaction('assessments').objectStore('assessments').get(key);
          request.onsuccess = () => resolve((request.result as { lastExportedAt?: string }).lastExportedAt);
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
    id,
  );

test('"Chia sẻ…" shares the very file the export downloads; a closed sheet records nothing', async ({ page }) => {
  await stubShareSheet(page);
  await page.goto('/');
  await createAssessment(page, 'UBND xã Đồng Tâm, tỉnh Phú Thọ');
  const assessmentId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  const drills = question(page, 'security-drills');
  await drills.getByLabel(vi('scales.yes-partly-no.partly')).check();
  await drills.getByText(vi('evidence.summary')).click();
  await drills.getByLabel(vi('evidence.note')).fill('Đã diễn tập ứng cứu sự cố tháng 9, còn thiếu biên bản.');
  await waitUntilSaved(page);
  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();

  const share = page.getByRole('button', { name: vi('exchange.actions.share') });
  await page.evaluate(() => {
    (window as unknown as { closeSheet: boolean }).closeSheet = true;
  });
  await share.click();
  await expect(page.getByText(vi('exchange.actions.shareCancelled'))).toBeVisible();
  expect(await lastExportedAt(page, assessmentId)).toBeUndefined();

  await page.evaluate(() => {
    (window as unknown as { closeSheet: boolean }).closeSheet = false;
  });
  await share.click();
  await expect(page.getByText(/^Đã chuyển tệp “.+\.json” sang ứng dụng bạn chọn\.$/)).toBeVisible();
  const shared = await page.evaluate(() => (window as unknown as { shared: SharedFile[] }).shared);
  expect(shared).toHaveLength(2);
  const file = shared[1]!;
  const marked = await lastExportedAt(page, assessmentId);
  expect(marked).toBe((JSON.parse(file.text) as { exportedAt: string }).exportedAt);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: vi('exchange.actions.exportAssessment') }).click();
  const saved = await download;
  const downloaded = readFileSync(await saved.path(), 'utf8');
  expect(file.name).toBe(saved.suggestedFilename());
  expect(file.type).toBe('application/json');
  const exportedAt = (JSON.parse(downloaded) as { exportedAt: string }).exportedAt;
  // Two exports differ only in when they were made.
  expect(file.text.replace(marked ?? '', exportedAt)).toBe(downloaded);
  expect(file.text).toContain('Đã diễn tập ứng cứu sự cố tháng 9, còn thiếu biên bản.');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: test.info().outputPath('share-360-vi.png'), fullPage: true });
});

test('without the Web Share API the button is not there', async ({ page }) => {
  await page.goto('/');
  await createAssessment(page, 'UBND xã Đồng Tâm, tỉnh Phú Thọ');
  await expect(page.getByRole('button', { name: vi('exchange.actions.exportAssessment') })).toBeVisible();
  await expect(page.getByRole('button', { name: vi('exchange.actions.share') })).toHaveCount(0);
});
