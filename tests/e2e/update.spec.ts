/**
 * A new version never costs an answer (docs/decisions/0006-offline-and-updates.md): it waits until the user
 * switches; switching writes pending input first and reloads only the tab that asked; another tab keeps what it
 * holds and says that the app was updated.
 *
 * Version A is a copy of dist/, version B the same with a different sw.js, both served by a server this file starts
 * on 127.0.0.1:4881 and switches from A to B as a deployment would.
 */
import { cp, mkdtemp, appendFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';
import { createAssessment, question, saveStatus, waitForServiceWorkerControl } from './support/journey';
import { startStaticServer, type StaticServer } from './support/static-server';

const vi = (key: string) => text('vi', key);
const PORT = 4881;
const DIST = path.resolve(import.meta.dirname, '../..', process.env.PW_DIST ?? 'dist');

let folder: string;
let server: StaticServer;
const versionA = () => path.join(folder, 'a');
const versionB = () => path.join(folder, 'b');

test.beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'egov-update-'));
  await cp(DIST, versionA(), { recursive: true });
  await cp(DIST, versionB(), { recursive: true });
  // A byte-different worker script is a new version to the browser; everything it precaches is unchanged.
  await appendFile(path.join(versionB(), 'sw.js'), '\n// version B\n');
  server = await startStaticServer({ root: versionA(), port: PORT });
});

test.afterAll(async () => {
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const obstacles = (page: Page) =>
  question(page, 'security-obstacles').getByLabel(content('vi', 'questions.security-obstacles.label'));
const trainingShare = (page: Page) =>
  question(page, 'security-awareness-training-share').getByLabel(
    content('vi', 'questions.security-awareness-training-share.label'),
  );

const markDocument = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __notReloaded?: boolean }).__notReloaded = true));
/** `undefined` while the page is between documents. */
const isSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded === true).catch(() => undefined);

test('switching to a new version with unsaved input: this tab reloads with its answers, the other keeps its input', async ({
  context,
}) => {
  const tab1 = await context.newPage();
  await tab1.goto(`${server.url}/`);
  await waitForServiceWorkerControl(tab1);
  await createAssessment(tab1, 'UBND xã Hạ Hòa');
  await tab1.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  const tab2 = await context.newPage();
  await tab2.goto(tab1.url());
  await expect(saveStatus(tab2)).toHaveAttribute('data-save-status', 'idle');
  expect(await tab2.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  await markDocument(tab1);
  await markDocument(tab2);

  // Version B is deployed. Tab 1 types and, without waiting for the autosave, looks for an update.
  server.setRoot(versionB());
  await obstacles(tab1).fill('Đường truyền chập chờn.');
  await tab1.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  for (const tab of [tab1, tab2]) {
    await expect(tab.getByRole('status').filter({ hasText: vi('update.ready') })).toBeVisible();
    await expect(tab.getByRole('button', { name: vi('update.switch') })).toBeVisible();
  }

  // Both tabs have input; tab 1's last answer is still unsaved when its user switches.
  await trainingShare(tab2).fill('17');
  await question(tab1, 'security-drills').getByLabel(vi('scales.yes-partly-no.partly')).check();
  const statusAtSwitch = await saveStatus(tab1).getAttribute('data-save-status');
  await tab1.getByRole('button', { name: vi('update.switch') }).click();

  // Tab 1 reloads, runs version B, and has both its answers.
  await expect.poll(() => isSameDocument(tab1), { message: 'tab 1 reloads' }).toBe(false);
  await expect(obstacles(tab1)).toHaveValue('Đường truyền chập chờn.');
  await expect(question(tab1, 'security-drills').getByLabel(vi('scales.yes-partly-no.partly'))).toBeChecked();
  await expect(tab1.getByRole('button', { name: vi('update.switch') })).toHaveCount(0);
  expect(
    await tab1.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: !!registration?.waiting, controlled: navigator.serviceWorker.controller?.state };
    }),
  ).toEqual({ waiting: false, controlled: 'activated' });
  expect(statusAtSwitch, 'tab 1’s last answer was not yet saved when switching').toBe('pending');

  // Tab 2 is told, and is not reloaded: what was typed there is still in the field.
  await expect.soft(tab2.getByRole('status').filter({ hasText: vi('update.updatedElsewhere') })).toBeVisible();
  await expect.soft(tab2.getByRole('button', { name: vi('update.reload') })).toBeVisible();
  expect.soft(await isSameDocument(tab2), 'tab 2 was not reloaded').toBe(true);
  await expect(trainingShare(tab2)).toHaveValue('17');
});
