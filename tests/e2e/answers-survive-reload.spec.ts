/**
 * The foundation's promise, in real Chromium: an official creates an assessment in Vietnamese, answers questions of
 * every type in two sections, reloads the page, and finds every answer where it was.
 */
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const question = (page: Page, id: string) => page.locator(`#question-${id}`);

async function createAssessment(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: vi('list.create') }).click();
  await page.getByLabel(vi('profile.unitName')).fill('Sở Khoa học và Công nghệ tỉnh Phú Thọ');
  await page.getByLabel(vi('unitTypes.provincial-department.name')).check();
  await page.getByLabel(vi('profile.province')).selectOption({ label: vi('provinces.phu-tho') });
  await page.getByLabel(vi('profile.assessorName')).fill('Trần Văn Đức');
  await page.getByLabel(vi('profile.assessorRole')).fill('Phó Giám đốc');
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sở Khoa học và Công nghệ tỉnh Phú Thọ');
}

async function waitUntilSaved(page: Page) {
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
}

test('answers of every type in two sections survive a reload', async ({ page }) => {
  await createAssessment(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  // Section 4 (security) has a question of every type.
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  const inventory = question(page, 'security-system-inventory');
  await inventory.getByRole('button', { name: vi('inventory.addFirst') }).click();
  await inventory.getByLabel(vi('inventory.fields.name')).fill('Cổng thông tin điện tử của Sở');
  await inventory
    .getByLabel(vi('inventory.fields.systemType'))
    .selectOption({ label: vi('inventory.systemType.citizen-services') });
  await inventory.getByLabel(vi('inventory.fields.role')).selectOption({ label: vi('inventory.role.owner') });
  await inventory.getByLabel(vi('inventory.fields.handlesProcedures')).selectOption({ label: vi('inventory.yes') });
  await inventory.getByLabel(vi('inventory.fields.appraisedOn')).fill('01/09/2025');
  await inventory.getByLabel(vi('inventory.fields.approvedLevel')).selectOption('3');
  await inventory.getByLabel(vi('inventory.fields.approvedOn')).fill('12/09/2025');

  await question(page, 'security-incident-reporting').getByLabel(vi('scales.yes-partly-no.partly')).check();
  await question(page, 'security-levels-determined').getByLabel(vi('scales.coverage.half')).check();
  const dossiers = question(page, 'security-level-dossiers-approved');
  await dossiers.getByLabel(content('vi', 'questions.security-level-dossiers-approved.part')).fill('3');
  await dossiers.getByLabel(content('vi', 'questions.security-level-dossiers-approved.whole')).fill('5');
  const measures = question(page, 'security-management-measures');
  await measures.getByLabel(content('vi', 'questions.security-management-measures.options.policy')).check();
  await measures.getByLabel(content('vi', 'questions.security-management-measures.options.risk-assessment')).check();
  await question(page, 'security-last-inspection')
    .getByLabel(content('vi', 'questions.security-last-inspection.label'))
    .fill('15/03/2026');
  await question(page, 'security-incident-response')
    .getByLabel(vi('scales.maturityLevel', { level: 3 }))
    .check();
  await question(page, 'security-awareness-training-share')
    .getByLabel(content('vi', 'questions.security-awareness-training-share.label'))
    .fill('87,5');
  await question(page, 'security-obstacles')
    .getByLabel(content('vi', 'questions.security-obstacles.label'))
    .fill('Thiếu kinh phí; cần bồi dưỡng thêm về ứng cứu sự cố.');
  const drills = question(page, 'security-drills');
  await drills.getByLabel(vi('scales.yes-partly-no.no')).check();
  await drills.getByText(vi('evidence.summary')).click();
  await drills.getByLabel(vi('evidence.note')).fill('Dự kiến diễn tập vào quý IV/2026.');
  await drills.getByLabel(vi('evidence.documentNumber')).fill('45/KH-SKHCN');
  await waitUntilSaved(page);

  // Section 1 (services): a "don't know" and a typed value.
  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();
  await page.getByRole('link', { name: content('vi', 'sections.services.title') }).click();
  const firstServicesQuestion = page.locator('section.question').first();
  await firstServicesQuestion.getByLabel(vi('answers.dont-know')).check();
  const second = page.locator('section.question').nth(1);
  await second.getByLabel(vi('scales.yes-partly-no.yes')).check();
  await waitUntilSaved(page);

  await page.reload();
  await expect(firstServicesQuestion.getByLabel(vi('answers.dont-know'))).toBeChecked();
  await expect(second.getByLabel(vi('scales.yes-partly-no.yes'))).toBeChecked();

  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();
  await expect(page.getByText(vi('status.in-progress'))).toHaveCount(2);
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await expect(inventory.getByLabel(vi('inventory.fields.name'))).toHaveValue('Cổng thông tin điện tử của Sở');
  await expect(inventory.getByLabel(vi('inventory.fields.systemType'))).toHaveValue('citizen-services');
  await expect(inventory.getByLabel(vi('inventory.fields.role'))).toHaveValue('owner');
  await expect(inventory.getByLabel(vi('inventory.fields.handlesProcedures'))).toHaveValue('yes');
  await expect(inventory.getByLabel(vi('inventory.fields.appraisedOn'))).toHaveValue('01/09/2025');
  await expect(inventory.getByLabel(vi('inventory.fields.approvedLevel'))).toHaveValue('3');
  await expect(inventory.getByLabel(vi('inventory.fields.approvedOn'))).toHaveValue('12/09/2025');
  await expect(
    question(page, 'security-incident-reporting').getByLabel(vi('scales.yes-partly-no.partly')),
  ).toBeChecked();
  await expect(question(page, 'security-levels-determined').getByLabel(vi('scales.coverage.half'))).toBeChecked();
  await expect(dossiers.getByLabel(content('vi', 'questions.security-level-dossiers-approved.part'))).toHaveValue('3');
  await expect(dossiers.getByLabel(content('vi', 'questions.security-level-dossiers-approved.whole'))).toHaveValue('5');
  await expect(
    measures.getByLabel(content('vi', 'questions.security-management-measures.options.policy')),
  ).toBeChecked();
  await expect(
    measures.getByLabel(content('vi', 'questions.security-management-measures.options.risk-assessment')),
  ).toBeChecked();
  await expect(
    measures.getByLabel(content('vi', 'questions.security-management-measures.options.none')),
  ).not.toBeChecked();
  await expect(
    question(page, 'security-last-inspection').getByLabel(content('vi', 'questions.security-last-inspection.label')),
  ).toHaveValue('15/03/2026');
  await expect(
    question(page, 'security-incident-response').getByLabel(vi('scales.maturityLevel', { level: 3 })),
  ).toBeChecked();
  await expect(
    question(page, 'security-awareness-training-share').getByLabel(
      content('vi', 'questions.security-awareness-training-share.label'),
    ),
  ).toHaveValue('87,5');
  await expect(
    question(page, 'security-obstacles').getByLabel(content('vi', 'questions.security-obstacles.label')),
  ).toHaveValue('Thiếu kinh phí; cần bồi dưỡng thêm về ứng cứu sự cố.');
  await expect(drills.getByLabel(vi('scales.yes-partly-no.no'))).toBeChecked();
  await expect(drills.getByLabel(vi('evidence.note'))).toHaveValue('Dự kiến diễn tập vào quý IV/2026.');
  await expect(drills.getByLabel(vi('evidence.documentNumber'))).toHaveValue('45/KH-SKHCN');
});

test('reopening an assessment from the list returns to where the user left off', async ({ page }) => {
  await createAssessment(page);
  await page.getByRole('link', { name: content('vi', 'sections.data.title') }).click();
  // A question far down the page, so that "where the user left off" is not simply the top.
  const lastAnswered = question(page, 'data-reports-electronic');
  await lastAnswered.getByLabel(vi('scales.coverage.most')).check();
  await waitUntilSaved(page);

  await page.goto('/');
  await page.getByRole('link', { name: /^Mở / }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('vi', 'sections.data.title'));
  await expect(page).toHaveURL(/#question-data-reports-electronic$/);
  await expect(lastAnswered).toBeInViewport();
  await expect(lastAnswered.getByLabel(vi('scales.coverage.most'))).toBeChecked();
});
