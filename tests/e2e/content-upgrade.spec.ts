/**
 * Content 2.0.0 meets the work of content 1.1.0, in Chromium: a device whose database the 1.1.0 build wrote (schema
 * version 2), and a 1.1.0 backup file imported on a fresh device. Both end with the same assessments, every answer
 * where it belongs, and a notice of what is new.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const FIXTURE = path.join(import.meta.dirname, '../fixtures/content-1.1.0/backup-every-question-answered.json');
const WAIT = { timeout: 20_000 };

type Loose = Record<string, unknown>;
const backup = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
  assessments: { assessment: Loose & { id: string }; answers: Loose[]; planItems: Loose[] }[];
};
const centre = backup.assessments.find((entry) => (entry.assessment.profile as Loose).unitType === 'service-centre')!;

/**
 * Writes the fixture as the 1.1.0 build stored it: IndexedDB version 20 (Dexie's schema version 2 times 10), the
 * same stores and indexes. Done from a same-origin page that is not the app, so the app has not opened it yet.
 */
async function writeContent11Database(page: Page) {
  await page.goto('/favicon.svg');
  await page.evaluate(async (entries) => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('egov-readiness', 20);
      request.onupgradeneeded = () => {
        const database = request.result;
        database.createObjectStore('assessments', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        const key = ['assessmentId', 'questionId'];
        database.createObjectStore('answers', { keyPath: key }).createIndex('assessmentId', 'assessmentId');
        database.createObjectStore('planItems', { keyPath: key }).createIndex('assessmentId', 'assessmentId');
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
      request.onsuccess = () => {
        const database = request.result;
        const transaction = database.transaction(['assessments', 'answers', 'planItems'], 'readwrite');
        for (const { assessment, answers, planItems } of entries) {
          transaction.objectStore('assessments').put(assessment);
          for (const answer of answers)
            transaction.objectStore('answers').put({ ...answer, assessmentId: assessment.id });
          for (const item of planItems)
            transaction.objectStore('planItems').put({ ...item, assessmentId: assessment.id });
        }
        transaction.oncomplete = () => {
          database.close();
          resolve();
        };
        transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
      };
    });
  }, backup.assessments);
}

/** The notice on the centre's task list, once the app has upgraded the device. */
async function openCentre(page: Page) {
  const title = String(centre.assessment.title);
  const unitName = String((centre.assessment.profile as Loose).unitName);
  await page.goto('/');
  await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(4, WAIT);
  const card = page.getByRole('listitem').filter({ hasText: unitName });
  await card.getByRole('link', { name: title, exact: true }).click();
  return page.getByRole('region', { name: vi('upgrade.heading', { version: '2.0.0' }) });
}

test('a device that ran content 1.1.0 opens every assessment upgraded, with a notice of what is new', async ({
  page,
}) => {
  await writeContent11Database(page);

  const notice = await openCentre(page);

  await expect(notice).toBeVisible(WAIT);
  await expect(notice).toContainText(vi('upgrade.kept', { from: '1.1.0' }));
  await expect(notice).toContainText(
    vi('upgrade.unitTypeInferred', { unitType: vi('unitTypes.provincial-service-centre.name') }),
  );
  await expect(
    page.getByText(vi('taskList.contentVersionValue', { version: '2.0.0', date: '01/12/2026' })),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('upgrade-notice.png'), fullPage: true });

  // A new question is one click away, and an answer carried from 1.1.0 shows in its section as it was given.
  await notice.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(WAIT);
  await page.goBack();
  await page
    .getByRole('link', { name: new RegExp(content('vi', 'sections.services.title')) })
    .first()
    .click();
  const kept = centre.answers.find((answer) => answer.questionId === 'services-national-portal');
  if (kept) {
    const choice = ((kept.response as Loose).value as Loose).choice as string;
    await expect(
      page.locator('#question-services-national-portal').getByLabel(vi(`scales.yes-partly-no.${choice}`)),
    ).toBeChecked(WAIT);
  }

  // Closing the notice is remembered across a reload.
  await page.goBack();
  await notice.getByRole('button', { name: vi('upgrade.close') }).click();
  await expect(notice).toHaveCount(0, WAIT);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(WAIT);
  await expect(page.getByRole('region', { name: vi('upgrade.heading', { version: '2.0.0' }) })).toHaveCount(0);
});

test('a 1.1.0 backup imported on a fresh device says it will be upgraded, and ends as on an upgraded device', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: vi('exchange.actions.import') }).click();
  await page.getByLabel(vi('exchange.importScreen.file')).setInputFiles(FIXTURE);
  await expect(
    page.getByText(vi('exchange.warnings.upgraded-content', { count: 4, from: '1.1.0', to: '2.0.0' })),
  ).toBeVisible(WAIT);
  await page.getByRole('button', { name: vi('exchange.importScreen.submit') }).click();
  await expect(page.getByText(vi('exchange.importScreen.done', { count: 4 }))).toBeVisible(WAIT);

  const notice = await openCentre(page);
  await expect(notice).toBeVisible(WAIT);
  await page.getByRole('link', { name: vi('taskList.results') }).click();
  await expect(page.getByRole('heading', { name: vi('upgrade.retiredHeading') })).toBeVisible(WAIT);
});
