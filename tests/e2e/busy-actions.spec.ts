/**
 * Long actions show that they are working and start once, however often they are pressed: the PDF report button,
 * double-clicked in a real browser, makes ONE file, says so while it works (its label, aria-busy, the status beside
 * it), keeps focus, and is usable again afterwards.
 *
 * The PDF code is held back (the request for its chunk waits until the test lets it through), so the busy state is
 * seen for as long as the test needs, on any machine, without timing guesses.
 */
import { expect, test, type Download } from '@playwright/test';
import { text } from './locales';
import { createAssessment } from './support/journey';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);

// page.route does not see requests a service worker answers: without one, every chunk comes from the network.
test.use({ serviceWorkers: 'block' });

test('a double click on "download PDF report" makes one file; the button is busy meanwhile, then usable', async ({
  page,
}) => {
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  let releasePdfCode: () => void = () => undefined;
  const pdfCodeHeld = new Promise<void>((resolve) => {
    releasePdfCode = resolve;
  });
  await page.route(/\/assets\/create-pdf-[^/]+\.js$/, async (route) => {
    await pdfCodeHeld;
    await route.continue();
  });

  await page.goto('/');
  await createAssessment(page, 'Sở Tư pháp tỉnh Phú Thọ');
  await page.getByRole('link', { name: vi('taskList.results') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi('results.title'));

  const actions = page.locator('.report-actions');
  const reportButton = actions.getByRole('button', { name: vi('report.download') });
  await expect(reportButton).toBeEnabled();
  await reportButton.dblclick();

  // Busy: the label says what is happening, aria-busy and aria-disabled are set, focus stayed on the button.
  const busyButton = actions.locator('button[aria-busy="true"]');
  await expect(busyButton).toHaveText(vi('report.busy'));
  await expect(busyButton).toHaveAttribute('aria-disabled', 'true');
  await expect(busyButton).toBeFocused();
  await expect(busyButton).toBeDisabled(); // as Playwright sees aria-disabled: not actionable
  await expect(actions.getByRole('status').filter({ hasText: vi('report.status.working') })).toBeVisible();
  // The other PDF button waits too: one PDF at a time.
  await expect(actions.getByRole('button', { name: vi('report.blank.download') })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  // Pressed again while busy (a third click, and Enter from the keyboard): still ignored.
  await busyButton.click({ force: true });
  await page.keyboard.press('Enter');

  releasePdfCode();
  await expect(actions).toHaveAttribute('data-pdf-status', 'done');
  await expect(reportButton).toBeEnabled();
  await expect(reportButton).not.toHaveAttribute('aria-busy');
  await expect(reportButton).toBeFocused();
  await expect(actions.getByRole('status').filter({ hasText: /\.pdf/ })).toBeVisible();
  expect(downloads).toHaveLength(1);
  expect(downloads[0]?.suggestedFilename()).toMatch(/\.pdf$/);
  // Every PDF made is recorded on the performance timeline (report-actions.tsx): exactly one so far.
  expect(await page.evaluate(() => performance.getEntriesByName('pdf-report').length)).toBe(1);

  // Usable again: one more click, one more file.
  const next = page.waitForEvent('download');
  await reportButton.click();
  await next;
  await expect(actions).toHaveAttribute('data-pdf-status', 'done');
  expect(downloads).toHaveLength(2);
  expect(await page.evaluate(() => performance.getEntriesByName('pdf-report').length)).toBe(2);
});
