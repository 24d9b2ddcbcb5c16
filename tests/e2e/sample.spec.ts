/**
 * The sample assessment a trainer teaches with (issue 13), in the browser and offline: opened from the home list,
 * marked on every screen (axe clean with its mark), exported as JSON (the file says `"sample": true` and is named as
 * one) and as a PDF that carries the mark on every page (read back with pdftotext, page by page), then reset.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';
import { question, waitForServiceWorkerControl, waitUntilSaved } from './support/journey';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const flat = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

const banner = (page: Page, language: 'vi' | 'en' = 'vi') =>
  page.getByRole('complementary', { name: text(language, 'sample.banner') });

/** What the page's text fields hold (the inventory's rows and the plan's owners are fields, not text). */
const fieldValues = (page: Page) =>
  page.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

function pdfPages(file: string): string[] {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
  return Array.from({ length: pages }, (_, index) =>
    flat(
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(index + 1), '-l', String(index + 1), file, '-'], {
        encoding: 'utf8',
      }),
    ),
  );
}

test('offline, the sample opens once, is marked on every screen and in its files, and resets', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.reload();

  await page.getByRole('button', { name: vi('list.openSample') }).click();
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hòa Bình Mẫu');
  const taskList = page.url();
  await expectNoViolations(page, 'the sample’s task list');

  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await expect(banner(page)).toBeVisible();
  // The inventory's rows are fields, filled with the sample's systems.
  await expect.poll(() => fieldValues(page)).toContain('Mạng nội bộ và máy chủ lưu trữ tệp của UBND xã');
  await expectNoViolations(page, 'a section of the sample');

  await page.goto(`${taskList}/results`);
  await expect(banner(page)).toBeVisible();
  await expectNoViolations(page, 'the sample’s results');
  await page.goto(`${taskList}/plan`);
  await expect(banner(page)).toBeVisible();
  await expect.poll(() => fieldValues(page)).toContain('Phó Chủ tịch UBND xã Trần Văn Hùng');
  await expectNoViolations(page, 'the sample’s plan');

  await page.goto('/');
  const card = page.getByRole('article', { name: /Hòa Bình Mẫu/ });
  await expect(card.getByText(vi('sample.badge'))).toBeVisible();
  await expectNoViolations(page, 'the home list with the sample');
  // Opening it again leads to the same one.
  await page.getByRole('button', { name: vi('list.openSample') }).click();
  await expect(banner(page)).toBeVisible();
  expect(page.url()).toBe(taskList);
  await page.goto('/');
  await expect(page.getByRole('article')).toHaveCount(1);

  await page.goto(taskList);
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: vi('exchange.actions.exportAssessment') }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toMatch(/^egov-readiness-sample-.*\.json$/);
  expect(readFileSync(await json.path(), 'utf8')).toMatch(/"sample":\s*true/);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: vi('report.download') }).click();
  const pdfFile = test.info().outputPath('sample-report.pdf');
  await (await pdfDownload).saveAs(pdfFile);
  const pages = pdfPages(pdfFile);
  expect(pages.length).toBeGreaterThan(3);
  for (const [index, pageText] of pages.entries()) {
    expect(pageText, `page ${index + 1}`).toContain(flat(vi('report.pdf.sampleMark')));
  }
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfFile,
    test.info().outputPath('sample-report-page-1'),
  ]);

  // Change an answer, then reset: the original comes back.
  await page.goto(`${taskList}/sections/security`);
  const drills = question(page, 'security-drills');
  await drills.getByLabel(vi('scales.yes-partly-no.yes')).check();
  await waitUntilSaved(page);
  await page.goto(taskList);
  await page.getByRole('button', { name: vi('sample.reset.start') }).click();
  await expectNoViolations(page, 'the reset’s confirmation');
  await page.getByRole('button', { name: vi('sample.reset.confirmButton') }).click();
  await expect(page.getByText(vi('sample.reset.done'))).toBeVisible();
  await page.goto(`${taskList}/sections/security`);
  await expect(question(page, 'security-drills').getByLabel(vi('scales.yes-partly-no.no'))).toBeChecked();
});

test(
  'in English, the banner and the PDF’s mark are in English; the notes stay Vietnamese',
  { tag: '@phone' },
  async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('button', { name: en('list.openSample') }).click();
    await expect(banner(page, 'en')).toBeVisible();
    await expect(banner(page, 'en')).toContainText(en('sample.bannerText'));
    await expectNoViolations(page, 'the sample’s task list, in English');
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: en('report.download') }).click();
    const pdfFile = test.info().outputPath('sample-report-en.pdf');
    await (await pdfDownload).saveAs(pdfFile);
    const pages = pdfPages(pdfFile);
    for (const pageText of pages) expect(pageText).toContain(flat(en('report.pdf.sampleMark')));
    expect(pages.join(' ')).toContain('Ban Chỉ đạo chuyển đổi số xã');
  },
);
