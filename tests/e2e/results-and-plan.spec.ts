/** A known set of answers gives the expected score, grade and first remediation items, in both languages. */
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const question = (page: Page, id: string) => page.locator(`#question-${id}`);

async function answerKnownSet(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: vi('list.create') }).click();
  await page.getByLabel(vi('profile.unitName')).fill('Sở Tư pháp tỉnh Ninh Bình');
  await page.getByLabel(vi('unitTypes.provincial-department.name')).check();
  await page.getByLabel(vi('profile.province')).selectOption({ label: vi('provinces.ninh-binh') });
  await page.getByLabel(vi('profile.assessorName')).fill('Phạm Thu Trang');
  await page.getByLabel(vi('profile.assessorRole')).fill('Chánh Văn phòng Sở');
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  // 3 of the 5 systems the department owns approved (weight 5, earns 3), incidents reported on time "yes" (3),
  // re-determination "yes" (2), drills "no" (2, earns 0): 8 / 12 = 66.7, grade C, capped at D because fewer than
  // 80% of the owned systems are approved.
  const dossiers = question(page, 'security-level-dossiers-approved');
  await dossiers.getByLabel(content('vi', 'questions.security-level-dossiers-approved.part')).fill('3');
  await dossiers.getByLabel(content('vi', 'questions.security-level-dossiers-approved.whole')).fill('5');
  await question(page, 'security-incident-reporting').getByLabel(vi('scales.yes-partly-no.yes')).check();
  await question(page, 'security-redetermination-on-change').getByLabel(vi('scales.yes-partly-no.yes')).check();
  await question(page, 'security-drills').getByLabel(vi('scales.yes-partly-no.no')).check();
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();
}

test('the results and the plan of a known set of answers, in Vietnamese then English', async ({ page }) => {
  await answerKnownSet(page);
  await page.getByRole('link', { name: vi('taskList.results') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi('results.title'));
  await expect(page.locator('.score-summary__score')).toContainText('66,7');
  await expect(page.locator('.score-summary__grade')).toContainText('D');
  await expect(page.getByText(vi('results.capped', { grade: 'D', uncapped: 'C' }))).toBeVisible();
  await expect(page.getByText(content('vi', 'criticalGaps.owned-systems-mostly-unapproved'))).toBeVisible();

  await page.getByRole('link', { name: vi('results.openPlan') }).click();
  const first = page.getByRole('article').first();
  await expect(first.getByRole('heading')).toHaveText(
    content('vi', 'questions.security-level-dossiers-approved.action'),
  );
  await expect(first.getByText(vi('plan.critical'))).toBeVisible();
  // Then the drills (a plain gap); the answers with full marks give no action.
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('article').nth(1).getByRole('heading')).toHaveText(
    content('vi', 'questions.security-drills.action'),
  );

  await page.getByRole('button', { name: /English/ }).click();
  await expect(first.getByRole('heading')).toHaveText(
    content('en', 'questions.security-level-dossiers-approved.action'),
  );
  await page.getByRole('link', { name: text('en', 'common.backToTaskList') }).click();
  await page.getByRole('link', { name: text('en', 'taskList.results') }).click();
  await expect(page.locator('.score-summary__score')).toContainText('66.7');
  await expect(page.getByText(text('en', 'results.capped', { grade: 'D', uncapped: 'C' }))).toBeVisible();
});

test('@phone the results and the plan fit a 360 px screen', async ({ page }) => {
  await answerKnownSet(page);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.getByRole('link', { name: vi('taskList.results') }).click();
  await expect(page.locator('.score-summary__score')).toContainText('66,7');
  expect(await overflow()).toBe(0);
  await page.getByRole('link', { name: vi('results.openPlan') }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
  expect(await overflow()).toBe(0);
});
