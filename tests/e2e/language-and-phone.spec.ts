/** Language switching and the 360 px phone layout, as only a real browser shows them. */
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';

async function fillProfileStart(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: text('vi', 'list.create') }).click();
  await page.getByLabel(text('vi', 'profile.unitName')).fill('UBND phường Ba Đình');
}

test('switching to English keeps what was typed, follows in <html lang> and is remembered', async ({ page }) => {
  await fillProfileStart(page);
  await page.getByRole('button', { name: /English/ }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'newAssessment.title'));
  await expect(page.getByLabel(text('en', 'profile.unitName'))).toHaveValue('UBND phường Ba Đình');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'newAssessment.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: /Tiếng Việt/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('@phone a whole assessment flow fits a 360 px screen without sideways scrolling', async ({ page }) => {
  await fillProfileStart(page);
  await page.getByLabel(text('vi', 'unitTypes.commune-committee.name')).check();
  await page.getByLabel(text('vi', 'profile.province')).selectOption({ label: text('vi', 'provinces.ha-noi') });
  await page.getByLabel(text('vi', 'profile.communeName')).fill('Phường Ba Đình');
  await page.getByLabel(text('vi', 'profile.assessorName')).fill('Nguyễn Thị Hoa');
  await page.getByLabel(text('vi', 'profile.assessorRole')).fill('Công chức Văn phòng');
  await page.getByRole('button', { name: text('vi', 'newAssessment.submit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('UBND phường Ba Đình');
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);

  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await page.getByRole('button', { name: text('vi', 'inventory.addFirst') }).click();
  await page.getByLabel(text('vi', 'inventory.fields.name')).fill('Phần mềm một cửa điện tử cấp xã');
  await page
    .getByLabel(text('vi', 'inventory.fields.systemType'))
    .selectOption({ label: text('vi', 'inventory.systemType.citizen-services') });
  // A commune mostly uses the province's system: until the role is stated, the row asks for it.
  const roleMissing = page.getByText(text('vi', 'inventory.roleMissing'));
  await expect(roleMissing).toBeVisible();
  await page.getByLabel(text('vi', 'inventory.fields.role')).selectOption({ label: text('vi', 'inventory.role.user') });
  await expect(roleMissing).toBeHidden();
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  expect(await overflow()).toBe(0);
  await page.screenshot({ path: test.info().outputPath('section-360.png'), fullPage: false });
  await page
    .locator('#question-security-system-inventory')
    .screenshot({ path: test.info().outputPath('inventory-360.png') });

  // Every field of the row is reached by the keyboard, in reading order.
  const row = ['name', 'purpose', 'role', 'systemType', 'handlesProcedures', 'proposedLevel', 'approvedLevel'];
  const order = [...row, 'appraisedOn', 'approvedOn', 'hasSecurityPlan', 'lastInspectedOn'];
  await page.locator('#q-security-system-inventory-systems-0-name').focus();
  for (const field of order.slice(1)) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`#q-security-system-inventory-systems-0-${field}`)).toBeFocused();
  }
});
