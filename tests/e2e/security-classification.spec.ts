/**
 * Security by level (issue 14, item 1) in a real browser: from the inventory of the security section to the
 * workbench and a system's classification, answered key by key with a person's pauses; after a reload the answers and
 * the level are the same; the level is recorded in the inventory and shown there; axe finds nothing; both languages;
 * offline after the first visit; and the 360 px layout (screenshots for a person to look at).
 */
import { expect, test, type Page } from '@playwright/test';
import { text } from './locales';
import { createAssessment, question, waitForServiceWorkerControl } from './support/journey';
import { describeLog, typeLikeAPerson } from './support/human-input';
import { expectNoAxeViolations } from './support/security-workbench';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
type T = typeof vi;

const SYSTEM = 'Hệ thống một cửa điện tử của Sở';

const classificationSaveStatus = (page: Page) => page.locator('[data-save-status]');

async function waitUntilClassificationSaved(page: Page) {
  await expect(classificationSaveStatus(page)).toHaveAttribute('data-save-status', 'saved', { timeout: 15_000 });
}

/** A new assessment whose inventory holds one system the unit owns, serving citizens; ends on the workbench. */
async function assessmentWithOneSystem(page: Page) {
  await createAssessment(page, 'Sở Tư pháp tỉnh Phú Thọ');
  await page.getByRole('link', { name: vi('securityWorkbench.link.taskList') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi('securityWorkbench.overview.title'));
  await expect(page.getByRole('heading', { name: vi('securityWorkbench.overview.emptyHeading') })).toBeVisible();
  await page.getByRole('link', { name: vi('securityWorkbench.overview.emptyLink') }).click();
  const inventory = question(page, 'security-system-inventory');
  await inventory.getByRole('button', { name: vi('inventory.addFirst') }).click();
  await inventory.getByLabel(vi('inventory.fields.name')).fill(SYSTEM);
  await inventory.getByLabel(vi('inventory.fields.role')).selectOption({ label: vi('inventory.role.owner') });
  await inventory
    .getByLabel(vi('inventory.fields.systemType'))
    .selectOption({ label: vi('inventory.systemType.citizen-services') });
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved', { timeout: 15_000 });
  await inventory.getByRole('link', { name: vi('securityWorkbench.link.inventory') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi('securityWorkbench.overview.title'));
}

const factLabel = (t: T, fact: string) => t(`securityLaw.facts.${fact}.label`);
const group = (page: Page, t: T, fact: string) => page.getByRole('group', { name: factLabel(t, fact) });

test('a person classifies a system key by key; after a reload the answers and level are the same; the level goes into the inventory', async ({
  page,
  context,
}, testInfo) => {
  // A person's typing, a reload, an offline reload and four axe runs: minutes on a busy machine.
  test.setTimeout(240_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await assessmentWithOneSystem(page);
  const card = page.getByRole('listitem').filter({ hasText: SYSTEM });
  await expect(card.getByText(vi('securityWorkbench.nextStep.classify'))).toBeVisible();
  await expectNoAxeViolations(page, 'the workbench');

  await page
    .getByRole('link', { name: `${vi('securityWorkbench.overview.links.classification')} – ${SYSTEM}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    vi('securityWorkbench.classification.title', { name: SYSTEM }),
  );
  // Prefilled from the row; the online-service questions are asked for a citizen-facing system.
  await expect(
    group(page, vi, 'systemType').getByLabel(vi('securityLaw.factOptions.systemType.citizen-services')),
  ).toBeChecked();
  await expect(group(page, vi, 'onlineServiceDepth')).toBeVisible();
  await expect(group(page, vi, 'infrastructureReach')).toHaveCount(0);

  await page.getByLabel(factLabel(vi, 'ownerName')).click();
  const owner = await typeLikeAPerson(page, 'Ủy ban nhân dân tỉnh Phú Thọ', { seed: 1404 });
  testInfo.annotations.push({ type: 'typing', description: describeLog(owner) });
  await page.keyboard.press('Tab');
  await page.getByLabel(factLabel(vi, 'operatorName')).click();
  await typeLikeAPerson(page, 'Văn phòng Sở Tư pháp', { seed: 1405 });
  // Radios by keyboard, as a person on a keyboard does: Space ticks the focused one.
  await group(page, vi, 'handlesProcedures').getByLabel(vi('securityLaw.factOptions.handlesProcedures.true')).focus();
  await page.keyboard.press('Space');
  await group(page, vi, 'informationTypes').getByLabel(vi('securityLaw.factOptions.informationTypes.personal')).check();
  await page.getByLabel(factLabel(vi, 'basicDataSubjects')).click();
  const count = await typeLikeAPerson(page, '120.000', { seed: 1406 });
  testInfo.annotations.push({ type: 'typing', description: describeLog(count) });
  await page.keyboard.press('Tab');
  await page.getByLabel(factLabel(vi, 'inOperationSince')).click();
  await typeLikeAPerson(page, '15/03/2021', { seed: 1407 });
  await page.keyboard.press('Tab');

  const result = page.getByRole('region', { name: vi('securityWorkbench.result.heading') });
  await expect(result.locator('dd strong')).toHaveText(vi('securityWorkbench.level', { level: '3' }));
  await expect(result.getByText(vi('securityLaw.criteria.b3-handles-procedures'))).toBeVisible();
  await expect(result.getByText(vi('securityLaw.confirmations.unconfirmed')).first()).toBeVisible();
  await waitUntilClassificationSaved(page);
  await expectNoAxeViolations(page, 'the classification');
  await page.screenshot({ path: test.info().outputPath('classification-vi.png'), fullPage: true });
  await result.screenshot({ path: test.info().outputPath('classification-result-vi.png') });

  await page.reload();
  await expect(page.getByLabel(factLabel(vi, 'ownerName'))).toHaveValue('Ủy ban nhân dân tỉnh Phú Thọ');
  await expect(page.getByLabel(factLabel(vi, 'operatorName'))).toHaveValue('Văn phòng Sở Tư pháp');
  await expect(
    group(page, vi, 'handlesProcedures').getByLabel(vi('securityLaw.factOptions.handlesProcedures.true')),
  ).toBeChecked();
  await expect(page.getByLabel(factLabel(vi, 'basicDataSubjects'))).toHaveValue('120000');
  await expect(page.getByLabel(factLabel(vi, 'inOperationSince'))).toHaveValue('15/03/2021');
  await expect(result.locator('dd strong')).toHaveText(vi('securityWorkbench.level', { level: '3' }));

  const record = page.getByRole('region', { name: vi('securityWorkbench.inventory.heading') });
  await expect(record.getByText(vi('securityWorkbench.inventory.currentNone'))).toBeVisible();
  // The row says nothing about procedures: copied only because the person ticks it.
  await record
    .getByLabel(
      vi('securityWorkbench.inventory.copyProcedures', {
        value: vi('inventory.yes'),
        current: vi('inventory.notAnswered'),
      }),
    )
    .check();
  await record.getByRole('button', { name: vi('securityWorkbench.inventory.useLevel', { level: '3' }) }).click();
  const changes = [
    vi('securityWorkbench.inventory.doneLevel', { level: '3' }),
    vi('securityWorkbench.inventory.doneProcedures'),
  ].join(', ');
  await expect(record.getByRole('status')).toHaveText(vi('securityWorkbench.inventory.done', { changes }), {
    timeout: 15_000,
  });
  await expect(record.getByText(vi('securityWorkbench.inventory.upToDate'))).toBeVisible();
  await record.getByRole('link', { name: vi('securityWorkbench.inventory.open') }).click();
  const inventory = question(page, 'security-system-inventory');
  await expect(inventory.getByLabel(vi('inventory.fields.proposedLevel'))).toHaveValue('3', { timeout: 15_000 });
  await expect(inventory.getByLabel(vi('inventory.fields.name'))).toHaveValue(SYSTEM);
  await expect(inventory.getByLabel(vi('inventory.fields.handlesProcedures'))).toHaveValue('yes');

  // Offline, after this first visit: the workbench and the classification still open, in English too.
  await page.getByRole('link', { name: vi('securityWorkbench.link.inventory') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi('securityWorkbench.overview.title'));
  await context.setOffline(true);
  await page.reload();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(card.getByText(vi('securityWorkbench.nextStep.prepare-dossier'))).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('securityWorkbench.overview.title'));
  await expect(card.getByText(en('securityWorkbench.nextStep.prepare-dossier'))).toBeVisible();
  await expectNoAxeViolations(page, 'the workbench in English');
  await page
    .getByRole('link', { name: `${en('securityWorkbench.overview.links.classification')} – ${SYSTEM}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    en('securityWorkbench.classification.title', { name: SYSTEM }),
  );
  const englishResult = page.getByRole('region', { name: en('securityWorkbench.result.heading') });
  await expect(englishResult.locator('dd strong')).toHaveText(en('securityWorkbench.level', { level: '3' }));
  await expect(englishResult.getByText(en('securityLaw.criteria.b3-handles-procedures'))).toBeVisible();
  await expectNoAxeViolations(page, 'the classification in English');
  await page.screenshot({ path: test.info().outputPath('classification-en.png'), fullPage: true });
  await englishResult.screenshot({ path: test.info().outputPath('classification-result-en.png') });
});

test(
  'at 360 px: the workbench and the classification fit the width, in both languages',
  { tag: '@phone-only' },
  async ({ page }) => {
    await page.goto('/');
    await assessmentWithOneSystem(page);
    const fitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fitsWidth()).toBe(true);
    await page.screenshot({ path: test.info().outputPath('workbench-360-vi.png'), fullPage: true });
    await page
      .getByRole('link', { name: `${vi('securityWorkbench.overview.links.classification')} – ${SYSTEM}` })
      .click();
    await group(page, vi, 'handlesProcedures').getByLabel(vi('securityLaw.factOptions.handlesProcedures.true')).check();
    await expect(
      page.getByRole('region', { name: vi('securityWorkbench.result.heading') }).locator('dd strong'),
    ).toHaveText(vi('securityWorkbench.level', { level: '3' }));
    expect(await fitsWidth()).toBe(true);
    await page.screenshot({ path: test.info().outputPath('classification-360-vi-top.png') });
    await page.getByRole('region', { name: vi('securityWorkbench.result.heading') }).screenshot({
      path: test.info().outputPath('classification-360-vi-result.png'),
    });
    await page.getByRole('region', { name: vi('securityWorkbench.inventory.heading') }).screenshot({
      path: test.info().outputPath('classification-360-vi-inventory.png'),
    });
    await expectNoAxeViolations(page, 'the classification at 360 px');
    // Every radio and checkbox offers a thumb a target of at least 44 × 44 px: its label, as in the sections.
    const small = await page.locator('main input[type="radio"], main input[type="checkbox"]').evaluateAll((inputs) =>
      inputs.flatMap((input) => {
        const label = document.querySelector(`label[for="${input.id}"]`)?.getBoundingClientRect();
        return label && label.width >= 44 && label.height >= 44 ? [] : [input.id || input.getAttribute('value')];
      }),
    );
    expect(small).toEqual([]);
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      en('securityWorkbench.classification.title', { name: SYSTEM }),
    );
    expect(await fitsWidth()).toBe(true);
    await page.getByRole('region', { name: en('securityWorkbench.result.heading') }).screenshot({
      path: test.info().outputPath('classification-360-en-result.png'),
    });
    await page.getByRole('link', { name: en('securityWorkbench.classification.back') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('securityWorkbench.overview.title'));
    expect(await fitsWidth()).toBe(true);
    await page.screenshot({ path: test.info().outputPath('workbench-360-en.png'), fullPage: true });
  },
);

test('the inventory open in another tab shows the level recorded from the classification, as another tab’s change', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await assessmentWithOneSystem(page);
  const workbench = page.url();
  await page.getByRole('link', { name: vi('securityWorkbench.overview.editInventory') }).click();
  const inventory = question(page, 'security-system-inventory');
  await expect(inventory.getByLabel(vi('inventory.fields.proposedLevel'))).toHaveValue('');

  const other = await context.newPage();
  await other.goto(workbench);
  await other
    .getByRole('link', { name: `${vi('securityWorkbench.overview.links.classification')} – ${SYSTEM}` })
    .click();
  await group(other, vi, 'handlesProcedures').getByLabel(vi('securityLaw.factOptions.handlesProcedures.true')).check();
  const record = other.getByRole('region', { name: vi('securityWorkbench.inventory.heading') });
  await record.getByRole('button', { name: vi('securityWorkbench.inventory.useLevel', { level: '3' }) }).click();
  await expect(record.getByRole('status')).toHaveText(
    vi('securityWorkbench.inventory.done', { changes: vi('securityWorkbench.inventory.doneLevel', { level: '3' }) }),
    { timeout: 15_000 },
  );

  // The first tab's form was not being edited: it shows the new level and says it came from elsewhere.
  await expect(inventory.getByLabel(vi('inventory.fields.proposedLevel'))).toHaveValue('3', { timeout: 15_000 });
  await expect(inventory.getByText(/vừa được thay đổi ở một thẻ khác/)).toBeVisible();
  await expect(inventory.getByLabel(vi('inventory.fields.name'))).toHaveValue(SYSTEM);
  await other.close();
});
