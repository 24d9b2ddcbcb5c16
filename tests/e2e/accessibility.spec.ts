/** axe (WCAG 2.1 A and AA) on every screen this foundation has, including the states with errors shown. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';

const vi = (key: string) => text('vi', key);

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

test('every screen and error state passes axe, in Vietnamese and in English', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page, 'empty list');

  await page.getByRole('link', { name: vi('list.create') }).click();
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'profile form with errors');

  await page.getByLabel(vi('profile.unitName')).fill('Văn phòng UBND tỉnh Gia Lai');
  await page.getByLabel(vi('unitTypes.provincial-committee.name')).check();
  await page.getByLabel(vi('profile.province')).selectOption({ label: text('vi', 'provinces.gia-lai') });
  await page.getByLabel(vi('profile.assessorName')).fill('Rơ Mah Hơ');
  await page.getByLabel(vi('profile.assessorRole')).fill('Chánh Văn phòng');
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gia Lai');
  await expectNoViolations(page, 'task list');

  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await page.getByRole('button', { name: vi('inventory.addFirst') }).click();
  await page.getByLabel(content('vi', 'questions.security-awareness-training-share.label')).fill('abc');
  await page.getByRole('button', { name: vi('section.saveAndContinue') }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'section with errors');

  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoViolations(page, 'section with errors, in English');

  await page.goto('/');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expectNoViolations(page, 'list with an assessment');

  // Data on this device, with the deletion's confirmation and its error shown (in English: the language is kept).
  await page.goto('/device');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'device.title'));
  await expectNoViolations(page, 'data on this device');
  await page.getByRole('button', { name: text('en', 'device.deleteStart') }).click();
  await page.getByRole('button', { name: text('en', 'device.deleteConfirm') }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'data on this device, confirmation with its error');

  // Consensus with no unit of two assessments yet; the form, its errors and the discussion are checked in
  // consensus.spec.ts.
  await page.goto('/consensus');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'consensus.title'));
  await expect(page.getByText(text('en', 'consensus.none'))).toBeVisible();
  await expectNoViolations(page, 'consensus, nothing to merge');

  // The projector with nothing received yet; its views with results revealed are checked in projector.spec.ts.
  await page.goto('/projector');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'projector.wholeCollection'));
  await expect(page.getByText(text('en', 'projector.emptyCollection'))).toBeVisible();
  await expectNoViolations(page, 'projector, nothing received');

  // The workshops, none yet, then the new workshop's form with its errors; a workshop's page (with its class) is
  // checked in workshop.spec.ts.
  await page.goto('/workshops');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'workshop.list.title'));
  await expectNoViolations(page, 'workshops, none yet');
  await page.getByRole('button', { name: text('en', 'workshop.list.new') }).click();
  await page.getByRole('button', { name: text('en', 'workshop.list.create') }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'new workshop with its errors');
});

test('a section can be answered with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  // Wait for the app to render: a Tab pressed on the empty page would leave nothing to focus.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: vi('layout.skipToContent') })).toBeFocused();
  // Tab to "create", then fill the profile with keys only.
  const create = page.getByRole('link', { name: vi('list.create') });
  await create.focus();
  await page.keyboard.press('Enter');
  await page.getByLabel(vi('profile.unitName')).focus();
  await page.keyboard.type('Sở Công Thương');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // first unit type
  await page.getByLabel(vi('profile.province')).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByLabel(vi('profile.assessorName')).focus();
  await page.keyboard.type('Đinh Văn Nam');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Chuyên viên');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sở Công Thương');

  await page.getByRole('link', { name: content('vi', 'sections.data.title') }).focus();
  await page.keyboard.press('Enter');
  const first = page.locator('section.question').first();
  await first.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown'); // moves and selects the next level
  await expect(first.getByRole('radio').nth(1)).toBeChecked();
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
});

test('the results and the plan pass axe', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: vi('list.create') }).click();
  await page.getByLabel(vi('profile.unitName')).fill('UBND xã Tà Xùa');
  await page.getByLabel(vi('unitTypes.commune-committee.name')).check();
  await page.getByLabel(vi('profile.province')).selectOption({ label: text('vi', 'provinces.son-la') });
  await page.getByLabel(vi('profile.communeName')).fill('Xã Tà Xùa');
  await page.getByLabel(vi('profile.assessorName')).fill('Mùa A Chư');
  await page.getByLabel(vi('profile.assessorRole')).fill('Công chức Văn phòng - Thống kê');
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await page
    .locator('#question-security-incident-reporting')
    .getByLabel(vi('scales.yes-partly-no.no'), { exact: true })
    .check();
  await page.locator('#question-security-drills').getByLabel(vi('scales.yes-partly-no.partly')).check();
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();

  await page.getByRole('link', { name: vi('taskList.results') }).click();
  await page.getByText(new RegExp(`^${content('vi', 'sections.security.title')}: `)).click();
  await expectNoViolations(page, 'results with an explanation open');
  await page.getByRole('link', { name: vi('results.openPlan') }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectNoViolations(page, 'plan');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoViolations(page, 'plan, in English');
});

test('fast entry from paper passes axe: a question with an option chosen, a field with its error, in both languages', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: vi('list.create') }).click();
  await page.getByLabel(vi('profile.unitName')).fill('Sở Tư pháp tỉnh Lào Cai');
  await page.getByLabel(vi('unitTypes.provincial-department.name')).check();
  await page.getByLabel(vi('profile.province')).selectOption({ label: text('vi', 'provinces.lao-cai') });
  await page.getByLabel(vi('profile.assessorName')).fill('Lò Văn Páo');
  await page.getByLabel(vi('profile.assessorRole')).fill('Chuyên viên');
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();
  await page.getByRole('link', { name: vi('taskList.paperEntry') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi('paperEntry.title'));
  // The first question is two counts: a part above the whole is refused on Enter, with its message.
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-message')).toBeVisible();
  await expectNoViolations(page, 'paper entry, a field with its error');
  // On to the second question (yes / partly / no): 1 chooses "yes" and moves on; Page Up comes back to it.
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await page.keyboard.press('1');
  await page.keyboard.press('PageUp');
  await expect(page.locator('.paper-option[aria-pressed="true"]')).toHaveText(/Có/);
  await expectNoViolations(page, 'paper entry, a choice question with its option chosen');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'paperEntry.title'));
  await expectNoViolations(page, 'paper entry, in English');
});
