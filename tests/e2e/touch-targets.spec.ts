/**
 * Controls a thumb can hit: on a 360 px phone, every radio and checkbox of every section offers a target of at
 * least 44 × 44 CSS px (WCAG 2.5.5, GOV.UK): its label's box, which also covers the input itself. Nothing scrolls
 * sideways. Screenshots of one section, in Vietnamese and in English, are kept among the test's artefacts.
 */
import { expect, test, type Page } from '@playwright/test';
import { questionnaire } from '../../src/questionnaire/questionnaire';
import { content, text } from './locales';
import { createAssessment } from './support/journey';

const vi = (key: string) => text('vi', key);
const MIN_TARGET = 44;

type Target = { id: string; label: { width: number; height: number } | null; coversInput: boolean };

/**
 * Every radio and checkbox on the page, with the box of its label and whether that box covers the input. Boxes
 * come from boundingBox() (layout boxes: the same whether scrolled into view or not), fetched all at once.
 */
async function measureTargets(page: Page): Promise<Target[]> {
  const inputs = await page.locator('main input[type="radio"], main input[type="checkbox"]').all();
  return Promise.all(
    inputs.map(async (input): Promise<Target> => {
      const id = (await input.getAttribute('id')) ?? '';
      const [inputBox, label] = await Promise.all([
        input.boundingBox(),
        page.locator(`label[for="${id}"]`).boundingBox(),
      ]);
      const coversInput =
        inputBox !== null &&
        label !== null &&
        inputBox.x >= label.x &&
        inputBox.y >= label.y &&
        inputBox.x + inputBox.width <= label.x + label.width &&
        inputBox.y + inputBox.height <= label.y + label.height;
      return { id, label: label && { width: label.width, height: label.height }, coversInput };
    }),
  );
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('@phone-only every radio and checkbox of every section is a 44 × 44 px target at 360 px', async ({ page }) => {
  // Six sections and a few hundred boxes, on a shared machine.
  test.setTimeout(180_000);
  await page.goto('/');
  await createAssessment(page, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ');
  const taskList = page.url();
  let checked = 0;
  for (const section of questionnaire.sections) {
    await page.goto(taskList);
    await page.getByRole('link', { name: content('vi', `sections.${section.id}.title`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('vi', `sections.${section.id}.title`));
    // The system inventory shows its fields once a system is added.
    const addSystem = page.getByRole('button', { name: vi('inventory.addFirst') });
    if (await addSystem.isVisible()) await addSystem.click();

    const targets = await measureTargets(page);
    expect(targets.length, `${section.id}: radios and checkboxes found`).toBeGreaterThan(0);
    expect(
      targets.filter(({ id }) => !id),
      'every radio and checkbox has an id its label points to',
    ).toEqual([]);
    const tooSmall = targets.filter(({ label }) => !label || label.width < MIN_TARGET || label.height < MIN_TARGET);
    expect(tooSmall, `${section.id}: labels smaller than ${MIN_TARGET} × ${MIN_TARGET} px`).toEqual([]);
    expect(
      targets.filter(({ coversInput }) => !coversInput).map(({ id }) => id),
      `${section.id}: inputs outside their label's box`,
    ).toEqual([]);
    expect(await horizontalOverflow(page), `${section.id}: sideways scrolling`).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    checked += targets.length;
  }
  expect(checked).toBeGreaterThan(50);

  // One section to look at, in both languages (the first questions, where radios and checkboxes are).
  await page.goto(taskList);
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const centre = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await centre('main .radios');
  await page.screenshot({ path: test.info().outputPath('section-360-vi-radios.png') });
  await centre('main .checkboxes');
  await page.screenshot({ path: test.info().outputPath('section-360-vi-checkboxes.png') });
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'sections.security.title'));
  await centre('main .radios');
  await page.screenshot({ path: test.info().outputPath('section-360-en-radios.png') });
  await centre('main .checkboxes');
  await page.screenshot({ path: test.info().outputPath('section-360-en-checkboxes.png') });
  expect(await horizontalOverflow(page)).toBe(0);
});

test('@phone-only a tap on the label, beside the box, chooses the answer', async ({ page }) => {
  await page.goto('/');
  await createAssessment(page, 'Sở Nội vụ tỉnh Phú Thọ');
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  const radio = page.locator('main input[type="radio"]').first();
  const id = await radio.getAttribute('id');
  const label = page.locator(`label[for="${id}"]`);
  await label.scrollIntoViewIfNeeded();
  const box = await label.boundingBox();
  if (!box) throw new Error('no label box');
  // Bottom right corner of the target, away from the box and the words: still this answer.
  await page.touchscreen.tap(box.x + box.width - 4, box.y + box.height - 4);
  await expect(radio).toBeChecked();
});
