/**
 * The projector view (issue 13) in the browser, offline: generated assessment files imported through the collection
 * screen (one of them marked as a sample), five of them handed in to a workshop written into the app's database, and
 * the trainer driving the projector by keyboard alone: results hidden until R, names off until N, one question at a
 * time, the order toggled, full screen with F. Axe on every view; screenshots at 1280 × 720 and 360 px in both
 * languages go to PROJECTOR_SHOTS (/tmp).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { text } from './locales';
import { waitForServiceWorkerControl } from './support/journey';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const SHOTS = process.env.PROJECTOR_SHOTS ?? '/tmp/projector-shots';
const FOLDER = process.env.PROJECTOR_FILES ?? '/tmp/projector-files';
const WORKSHOP_ID = 'tap-huan-thai-nguyen';

/** Six generated files; the first is marked as a sample, as the app's own sample would be. */
function projectorFiles(): string[] {
  rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(FOLDER, { recursive: true });
  execFileSync('node', ['scripts/generate-collection.mjs', '--count', '6', '--seed', '7', '--out', FOLDER, '--force']);
  const files = readdirSync(FOLDER)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => path.join(FOLDER, file));
  const [first] = files;
  if (!first) throw new Error('no file generated');
  const file = JSON.parse(readFileSync(first, 'utf8')) as { assessments: { assessment: Record<string, unknown> }[] };
  for (const entry of file.assessments) entry.assessment.sample = true;
  writeFileSync(first, JSON.stringify(file));
  return files;
}

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/** The received assessments' ids, the sample's apart, read with IndexedDB itself. */
function receivedIds(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ sample: string[]; others: string[] }>((resolve, reject) => {
        const request = indexedDB.open('egov-readiness');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const database = request.result;
          const all = database.transaction('received').objectStore('received').getAll();
          all.onsuccess = () => {
            database.close();
            const records = all.result as { id: string; entry: { assessment: { sample?: boolean } } }[];
            const ids = (isSample: boolean) =>
              [
                ...new Set(records.filter((r) => (r.entry.assessment.sample === true) === isSample).map((r) => r.id)),
              ].sort();
            resolve({ sample: ids(true), others: ids(false) });
          };
        };
      }),
  );
}

/** A workshop as the workshop screens store it (`workshopSchema`), with these assessments handed in. */
function writeWorkshop(page: Page, assessmentIds: string[]) {
  return page.evaluate(
    ({ id, ids }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('egov-readiness');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction('workshops', 'readwrite');
          const now = new Date().toISOString();
          transaction.objectStore('workshops').put({
            id,
            title: 'Tập huấn chuyển đổi số tỉnh Thái Nguyên',
            date: '2026-12-03',
            place: 'Trường Chính trị tỉnh',
            expectedUnits: [],
            assessmentIds: ids,
            createdAt: now,
            updatedAt: now,
          });
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        };
      }),
    { id: WORKSHOP_ID, ids: assessmentIds },
  );
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });
const heading2 = (page: Page) => page.getByRole('heading', { level: 2 });

test('offline, the trainer drives the projector by keyboard: hidden until revealed, names off, axe clean', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await page.getByRole('link', { name: vi('list.collectionLink') }).click();
  await page.getByLabel(vi('collectionImport.chooseFiles')).setInputFiles(projectorFiles());
  await expect(page.getByRole('heading', { name: vi('collectionImport.summaryTitle') })).toBeVisible({
    timeout: 60_000,
  });
  // The file's sample mark survives the import.
  const ids = await receivedIds(page);
  expect(ids.sample).toHaveLength(1);
  expect(ids.others).toHaveLength(5);
  // The sample and four others handed in to the workshop: the sixth must not be counted.
  await writeWorkshop(page, [...ids.sample, ...ids.others.slice(0, 4)]);

  await context.setOffline(true);
  await page.goto(`/workshops/${WORKSHOP_ID}/projector`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tập huấn chuyển đổi số tỉnh Thái Nguyên');
  await expect(page.locator('.projector__class')).toContainText(
    `${vi('projector.classSize_other', { count: 5 })} (${vi('projector.sampleCount_other', { count: 1 })})`,
  );
  await expect(page.getByText(vi('projector.namesOff'))).toBeVisible();
  await expect(page.getByText(vi('projector.hidden'))).toBeVisible();
  const bodySize = await page
    .locator('.projector')
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(24);
  await expectNoViolations(page, 'projector, sections hidden');
  await shot(page, 'vi-1280-1-hidden');

  // R: the sections' spread.
  await page.keyboard.press('r');
  await expect(page.getByText(/^Thấp nhất \d/).first()).toBeVisible();
  // The sample is a hollow square in every section where it has a score.
  await expect(page.locator('.spread-chart__dot--sample').first()).toBeVisible();
  await expectNoViolations(page, 'projector, sections revealed');
  await shot(page, 'vi-1280-2-sections');

  // 3, R: one question, its answers as bars; nobody's name.
  await page.keyboard.press('3');
  await expect(page.getByText(/^Câu 1\//)).toBeVisible();
  await expect(page.getByText(vi('projector.hidden'))).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.locator('.projector-bars__row').first()).toBeVisible();
  await expect(page.locator('.projector-bars__names')).toHaveCount(0);
  await expectNoViolations(page, 'projector, one question revealed');
  await shot(page, 'vi-1280-3-question');
  await page.screenshot({ path: `${SHOTS}/vi-1280-3-question-full.png`, fullPage: true });
  // N: names on, and said so.
  await page.keyboard.press('n');
  await expect(page.getByText(vi('projector.namesOn'))).toBeVisible();
  await expect(page.locator('.projector-bars__names').first()).toBeVisible();
  await shot(page, 'vi-1280-4-question-names');
  await page.keyboard.press('n');
  await expect(page.locator('.projector-bars__names')).toHaveCount(0);
  // →: the next question, hidden again; ←: back.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Câu 2\//)).toBeVisible();
  await expect(page.getByText(vi('projector.hidden'))).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(/^Câu 1\//)).toBeVisible();

  // 2, R, O: the questions by disagreement, then by weakness.
  await page.keyboard.press('2');
  await page.keyboard.press('r');
  await expect(heading2(page)).toHaveText(
    vi('projector.questions.title', { order: vi('projector.order.disagreement') }),
  );
  const firstByDisagreement = await page.locator('.projector-questions__label').first().textContent();
  await page.keyboard.press('o');
  await expect(heading2(page)).toHaveText(vi('projector.questions.title', { order: vi('projector.order.weakness') }));
  await expect(page.locator('.projector-questions__figures').first()).toContainText('Điểm trung bình');
  expect(await page.locator('.projector-questions__label').count()).toBeGreaterThan(10);
  await expectNoViolations(page, 'projector, questions');
  await shot(page, 'vi-1280-5-questions');
  await page.keyboard.press('o');
  await expect(page.locator('.projector-questions__label').first()).toHaveText(firstByDisagreement ?? '');

  // 4, R: the common gaps with their actions.
  await page.keyboard.press('4');
  await page.keyboard.press('r');
  await expect(page.getByText(vi('projector.gaps.action')).first()).toBeVisible();
  await expectNoViolations(page, 'projector, gaps');
  await shot(page, 'vi-1280-6-gaps');

  // F: full screen on the projector alone; Esc leaves full screen first.
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className)).toBe('projector');
  await shot(page, 'vi-1280-7-fullscreen-gaps');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

  // In English, at 1280 and at 360 px.
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByText(en('projector.namesOff'))).toBeVisible();
  await page.keyboard.press('1');
  await expect(heading2(page)).toHaveText(en('projector.sections.title'));
  await expect(page.getByText(/^Lowest \d/).first()).toBeVisible();
  await expectNoViolations(page, 'projector in English');
  await shot(page, 'en-1280-1-sections');
  await page.keyboard.press('3');
  await expect(page.locator('.projector-bars__row').first()).toBeVisible();
  await shot(page, 'en-1280-2-question');
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoViolations(page, 'projector in English at 360 px');
  await shot(page, 'en-360-question');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('button', { name: /Tiếng Việt/ }).click();
  await page.keyboard.press('1');
  await expect(page.getByText(/^Thấp nhất \d/).first()).toBeVisible();
  await shot(page, 'vi-360-sections');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Esc: back to the workshop.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`/workshops/${WORKSHOP_ID}$`));
});
