/**
 * No answer is lost: not when the page is closed right after typing (before the ~300 ms autosave), and not when the
 * same assessment is open in two tabs (docs/decisions/0006-offline-and-updates.md).
 */
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';
import { createAssessment, question, saveStatus, waitUntilSaved } from './support/journey';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);

/** A locale text as a pattern, any value standing for its placeholders (a time, a count). */
function textPattern(key: string) {
  const placeholder = '\u0000';
  const escaped = text('vi', key, { time: placeholder, answered: placeholder, total: placeholder }).replace(
    /[.*+?^${}()|[\]\\]/g,
    '\\$&',
  );
  return new RegExp(escaped.replaceAll(placeholder, '.+'));
}

const trainingShare = (page: Page) =>
  question(page, 'security-awareness-training-share').getByLabel(
    content('vi', 'questions.security-awareness-training-share.label'),
  );
const obstacles = (page: Page) =>
  question(page, 'security-obstacles').getByLabel(content('vi', 'questions.security-obstacles.label'));

/** Marks the document, so that a later check can tell whether the page was reloaded in between. */
const markDocument = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __notReloaded?: boolean }).__notReloaded = true));
const isSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded === true);

test('type an answer and close the page within 200 ms of the last keystroke; reopen: the value is there', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/');
  await createAssessment(page, 'Sở Nội vụ tỉnh Phú Thọ');
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'idle');
  const sectionUrl = page.url();

  // What the save indicator said when the page was hidden: proves `pagehide` fired, and that the answer was still
  // unsaved then (the 300 ms autosave had not run), so only the flush on `pagehide` can have written it.
  const statusAtPagehide: string[] = [];
  await page.exposeBinding('__reportPagehide', (_source, status: string) => statusAtPagehide.push(status));
  await page.evaluate(() => {
    window.addEventListener(
      'pagehide',
      () => {
        const report = (window as unknown as { __reportPagehide: (status: string) => void }).__reportPagehide;
        report(document.querySelector('[data-save-status]')?.getAttribute('data-save-status') ?? 'none');
      },
      { capture: true },
    );
  });

  await obstacles(page).click();
  await page.keyboard.type('Máy chủ cũ', { delay: 0 });
  await trainingShare(page).click();
  await page.keyboard.type('42', { delay: 0 });
  const lastKeystroke = Date.now();
  const closed = page.waitForEvent('close');
  const sinceLastKeystroke = Date.now() - lastKeystroke;
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(sinceLastKeystroke, 'ms between the last keystroke and closing').toBeLessThan(200);
  expect(statusAtPagehide, 'save status when pagehide fired').toEqual(['pending']);

  const reopened = await context.newPage();
  await reopened.goto(sectionUrl);
  await expect.soft(trainingShare(reopened)).toHaveValue('42');
  await expect(obstacles(reopened)).toHaveValue('Máy chủ cũ');
});

test('two tabs: an answer saved in one appears in the other’s task list without reload', async ({ context }) => {
  const tabA = await context.newPage();
  await tabA.goto('/');
  await createAssessment(tabA, 'Sở Tài chính tỉnh Phú Thọ');
  const taskListUrl = tabA.url();
  const tabB = await context.newPage();
  await tabB.goto(taskListUrl);
  const securityInB = tabB
    .getByRole('listitem')
    .filter({ has: tabB.getByRole('link', { name: content('vi', 'sections.security.title') }) });
  const countPattern = textPattern('progress.answered');
  await expect(securityInB).toContainText(countPattern);
  const total = /(\d+)\D*$/.exec((await securityInB.locator('.task-list__count').textContent()) ?? '')?.[1];
  await expect(securityInB).toContainText(vi('progress.answered', { answered: 0, total: Number(total) }));
  await expect(securityInB).toContainText(vi('status.not-started'));
  await markDocument(tabB);

  await tabA.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await question(tabA, 'security-drills').getByLabel(vi('scales.yes-partly-no.partly')).check();
  await question(tabA, 'security-incident-reporting').getByLabel(vi('scales.yes-partly-no.yes')).check();
  await waitUntilSaved(tabA);

  await expect(securityInB).toContainText(vi('progress.answered', { answered: 2, total: Number(total) }));
  await expect(securityInB).toContainText(vi('status.in-progress'));
  expect(await isSameDocument(tabB), 'tab B was not reloaded').toBe(true);
});

test('two tabs on one section: another tab’s answer appears in a question not edited here; edits here are kept', async ({
  context,
}) => {
  const tabA = await context.newPage();
  await tabA.goto('/');
  await createAssessment(tabA, 'Sở Giáo dục và Đào tạo tỉnh Phú Thọ');
  await tabA.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await expect(saveStatus(tabA)).toHaveAttribute('data-save-status', 'idle');
  const tabB = await context.newPage();
  await tabB.goto(tabA.url());
  await expect(saveStatus(tabB)).toHaveAttribute('data-save-status', 'idle');
  await markDocument(tabB);

  // Tab B: the person is typing in one question, and stays in it.
  await trainingShare(tabB).click();
  await tabB.keyboard.type('12');

  // Tab A answers that question and another two that tab B has not touched, then leaves the field.
  await question(tabA, 'security-drills').getByLabel(vi('scales.yes-partly-no.partly')).check();
  await obstacles(tabA).fill('Thiếu nhân lực vận hành.');
  await trainingShare(tabA).fill('42');
  await tabA.getByRole('heading', { level: 1 }).click();
  await waitUntilSaved(tabA);

  // Not edited in tab B: tab A's answers appear in place, with a notice.
  const drillsInB = question(tabB, 'security-drills');
  await expect.soft(drillsInB.getByLabel(vi('scales.yes-partly-no.partly'))).toBeChecked();
  await expect.soft(obstacles(tabB)).toHaveValue('Thiếu nhân lực vận hành.');
  await expect.soft(drillsInB.getByRole('status')).toHaveText(textPattern('section.remote.updated'));
  // Being edited in tab B: nothing is written into the field; tab A's answer waits, and the notice says so.
  const shareInB = question(tabB, 'security-awareness-training-share');
  await expect(shareInB.getByText(textPattern('section.remote.waiting'))).toBeVisible({ timeout: 10_000 });
  await expect(trainingShare(tabB)).toHaveValue('12');
  await expect(trainingShare(tabB)).toBeFocused();
  // Typing on: this tab's edit is the later one, so it wins, and the notice says so.
  await tabB.keyboard.type(',5');
  await expect(shareInB.getByText(textPattern('section.remote.conflict'))).toBeVisible();
  await expect(trainingShare(tabB)).toHaveValue('12,5');
  await waitUntilSaved(tabB);
  await expect(trainingShare(tabA)).toHaveValue('12,5', { timeout: 10_000 });
  expect(await isSameDocument(tabB), 'tab B was not reloaded').toBe(true);
});
