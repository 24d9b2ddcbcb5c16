/**
 * The unit's code (issue 12), typed into the profile as a person does, key by key with pauses: a wrong one is
 * refused with why and kept on screen to be corrected; the corrected one is stored, shown with the unit, and read
 * back into the form after a reload.
 */
import { expect, test } from '@playwright/test';
import { text } from './locales';
import { typeLikeAPerson } from './support/human-input';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);

test('a unit code typed key by key: refused with a space, corrected, stored and read back after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: vi('list.create') }).click();
  await page.getByLabel(vi('profile.unitName')).fill('UBND xã Tân Phú');
  await page.getByLabel(vi('unitTypes.commune-committee.name')).check();
  await page.getByLabel(vi('profile.province')).selectOption({ label: vi('provinces.lao-cai') });
  await page.getByLabel(vi('profile.communeName')).fill('Xã Tân Phú');
  await page.getByLabel(vi('profile.assessorName')).fill('Lò Thị Mai');
  await page.getByLabel(vi('profile.assessorRole')).fill('Công chức Văn phòng');

  const code = page.getByLabel(vi('profile.unitCode'));
  await code.click();
  await typeLikeAPerson(page, '257 47', { seed: 4, firstPauseAtLeast: 300 });
  await expect(code).toHaveValue('257 47');
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();
  await expect(page.getByRole('alert')).toContainText(vi('profile.errors.unitCodeInvalid'));
  await expect(code).toHaveValue('257 47');

  // Corrected as a person would: the cursor after the space, one Backspace.
  await code.click();
  await page.keyboard.press('End');
  for (let step = 0; step < 2; step++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await expect(code).toHaveValue('25747');
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('UBND xã Tân Phú');
  await expect(page.getByText(vi('profile.codeInLine', { code: '25747' }), { exact: false })).toBeVisible();

  await page.reload();
  await page.getByRole('link', { name: vi('taskList.editProfile') }).click();
  await expect(page.getByLabel(vi('profile.unitCode'))).toHaveValue('25747');
});
