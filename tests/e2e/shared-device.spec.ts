/**
 * A shared laptop in workshop mode (issue 13), offline, as participants use it: the trainer turns the mode on; one
 * participant starts a session (PIN typed key by key), answers and types a note with Telex, and walks away mid-word:
 * the session locks by itself, and what was typed is kept. The next participant sees nothing of it. The first comes
 * back with their PIN, finishes and hands in (the file downloaded), deletes their data, and IndexedDB, inspected
 * directly, holds nothing of them while the other participant's work is intact.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { content, text } from './locales';
import { createAssessment, question, waitForServiceWorkerControl } from './support/journey';
import { typeTelex } from './support/human-input';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/** Nothing wider than the screen: no sideways scrolling on a 360 px phone. */
async function expectNoSidewaysScroll(page: Page, screen: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways scroll on ${screen}`).toBeLessThanOrEqual(0);
}
const LOCK_MINUTES = 2;

/** Every record of every object store, as JSON text, read with IndexedDB itself. */
function everythingStored(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('egov-readiness');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const database = request.result;
          const names = Array.from(database.objectStoreNames);
          const records: Record<string, unknown[]> = {};
          const transaction = database.transaction(names);
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => (records[name] = all.result as unknown[]);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(JSON.stringify(records));
          };
        };
      }),
  );
}

async function typeSlowly(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(value, { delay: 120 });
}

async function startSession(page: Page, unit: string, pin: string) {
  const form = page.locator('section', { has: page.getByRole('heading', { name: vi('sharedDevice.startHeading') }) });
  await form.getByLabel(vi('sharedDevice.unitName')).click();
  await typeTelex(page, unit, { seed: unit.length });
  await typeSlowly(page, vi('sharedDevice.newPin'), pin);
  await typeSlowly(page, vi('sharedDevice.newPinAgain'), pin);
  await form.getByRole('button', { name: vi('sharedDevice.start') }).click();
  await expect(page.getByText(vi('sharedDevice.sessionOf', { unit }))).toBeVisible({ timeout: 15_000 });
}

test('offline, a participant locked out mid-word keeps every letter, the next sees nothing, hand-in leaves no trace', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  const own = 'Sở Khoa học và Công nghệ tỉnh Phú Thọ';
  await createAssessment(page, own);

  // The trainer turns workshop mode on.
  await page.goto('/device');
  await page.getByRole('link', { name: vi('device.workshopModeLink') }).click();
  await page
    .getByLabel(vi('sharedDevice.lockAfter'))
    .selectOption({ label: vi('sharedDevice.minutes_other', { count: LOCK_MINUTES }) });
  await typeSlowly(page, vi('sharedDevice.trainerNewPin'), '2468');
  await typeSlowly(page, vi('sharedDevice.newPinAgain'), '2468');
  await page.getByRole('button', { name: vi('sharedDevice.turnOn') }).click();
  await expect(page.getByRole('heading', { level: 1, name: vi('sharedDevice.lobbyTitle') })).toBeVisible();
  await expect(page.getByText(own)).toHaveCount(0);

  // The first participant answers, and leaves in the middle of typing a word.
  const first = 'UBND xã Tân Lập';
  await startSession(page, first, '1357');
  await expect(page.getByText(own)).toHaveCount(0);
  await createAssessment(page, first);
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await question(page, 'security-drills').getByLabel(vi('scales.yes-partly-no.partly')).check();
  const obstacles = question(page, 'security-obstacles').locator('textarea').first();
  await obstacles.click();
  const typed = 'Thiếu cán bộ chuyên trách an toàn thông tin';
  await typeTelex(page, typed, { seed: 41 });
  await page.clock.fastForward(LOCK_MINUTES * 60_000 + 10_000);
  await expect(page.getByText(vi('sharedDevice.locked.idle_other', { count: LOCK_MINUTES }))).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText(typed)).toHaveCount(0);
  const url = page.url();

  // The next participant: nothing of the first, not even by the first's address.
  const second = 'UBND phường Hòa Bình';
  await startSession(page, second, '8642');
  await expect(page.getByRole('article')).toHaveCount(0);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: vi('sharedDevice.lobbyTitle') })).toBeVisible();
  await expect(page.getByText(typed)).toHaveCount(0);

  // The first comes back (the reload asked for a PIN again): every letter is there.
  await page.getByRole('button', { name: vi('sharedDevice.openSessionOf', { unit: first }) }).click();
  await typeSlowly(page, vi('sharedDevice.pinOf', { unit: first }), '1357');
  await page.getByRole('button', { name: vi('sharedDevice.unlock') }).click();
  await expect(obstacles).toHaveValue(typed, { timeout: 15_000 });
  await expect(question(page, 'security-drills').getByLabel(vi('scales.yes-partly-no.partly'))).toBeChecked();

  // Finish and hand in: the file first, then the deletion.
  await page.getByRole('link', { name: vi('sharedDevice.handIn') }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: new RegExp(`^${vi('sharedDevice.downloadFile')}\\s*: ${first} – `) }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await expect(page.getByText(/Đã tải tệp xuống lúc/)).toBeVisible({ timeout: 15_000 });
  await page.getByLabel(vi('sharedDevice.confirmReceived')).check();
  await page.getByRole('button', { name: vi('sharedDevice.deleteAndFinish') }).click();
  await expect(page.getByText(vi('sharedDevice.locked.handed-in'))).toBeVisible({ timeout: 30_000 });

  const stored = await everythingStored(page);
  expect(stored).not.toContain('Tân Lập');
  expect(stored).not.toContain('chuyên trách');
  expect(stored).toContain('Hòa Bình');
  expect(stored).toContain(own);
  await expect(page.getByRole('button', { name: vi('sharedDevice.openSessionOf', { unit: first }) })).toHaveCount(0);
  await expect(page.getByRole('button', { name: vi('sharedDevice.openSessionOf', { unit: second }) })).toBeVisible();
});

test('workshop mode at 360 px, by keyboard, in both languages: every screen and error state passes axe', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/device/workshop-mode');
  await expect(page.getByRole('heading', { level: 1, name: vi('sharedDevice.modeTitle') })).toBeVisible();
  await page.getByRole('button', { name: vi('sharedDevice.turnOn') }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoViolations(page, 'workshop mode set-up with errors');
  await expectNoSidewaysScroll(page, 'workshop mode set-up');
  await page.screenshot({ path: test.info().outputPath('setup-errors-vi-360.png'), fullPage: true });
  await typeSlowly(page, vi('sharedDevice.trainerNewPin'), '2468');
  await typeSlowly(page, vi('sharedDevice.newPinAgain'), '2468');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: vi('sharedDevice.lobbyTitle') })).toBeVisible();

  // The lobby's form, filled and sent with the keyboard alone, first with its errors.
  await page.getByLabel(vi('sharedDevice.unitName')).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoViolations(page, 'lobby with errors');
  await expectNoSidewaysScroll(page, 'lobby');
  await page.screenshot({ path: test.info().outputPath('lobby-errors-vi-360.png'), fullPage: true });
  await page.getByLabel(vi('sharedDevice.unitName')).focus();
  await page.keyboard.type('UBND xã Tân Lập');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1357');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1357');
  await page.keyboard.press('Enter');
  await expect(page.getByText(vi('sharedDevice.sessionOf', { unit: 'UBND xã Tân Lập' }))).toBeVisible();
  await expectNoViolations(page, 'a session, its list');
  await expectNoSidewaysScroll(page, 'a session, its list');
  await page.screenshot({ path: test.info().outputPath('session-list-vi-360.png'), fullPage: true });

  await page.getByRole('link', { name: vi('sharedDevice.handIn') }).click();
  await expect(page.getByRole('heading', { level: 1, name: vi('sharedDevice.handInTitle') })).toBeVisible();
  await page.getByRole('button', { name: vi('sharedDevice.deleteAndFinish') }).click();
  await expect(page.getByText(vi('sharedDevice.errors.confirmReceived'))).toBeVisible();
  await expectNoViolations(page, 'hand-in with its error');
  await expectNoSidewaysScroll(page, 'hand-in');
  await page.screenshot({ path: test.info().outputPath('hand-in-vi-360.png'), fullPage: true });

  // English, and the locked lobby with its wrong-PIN error.
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('sharedDevice.handInTitle') })).toBeVisible();
  await expectNoViolations(page, 'hand-in, in English');
  await page.getByRole('button', { name: en('sharedDevice.lockNow') }).click();
  await expect(page.getByText(en('sharedDevice.locked.asked'))).toBeVisible();
  await page.getByRole('button', { name: en('sharedDevice.openSessionOf', { unit: 'UBND xã Tân Lập' }) }).click();
  await expect(page.getByLabel(en('sharedDevice.pinOf', { unit: 'UBND xã Tân Lập' }))).toBeFocused();
  await page.keyboard.type('0000');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoViolations(page, 'locked lobby with a wrong PIN, in English');
  await expectNoSidewaysScroll(page, 'locked lobby, in English');
  await page.screenshot({ path: test.info().outputPath('lobby-wrong-pin-en-360.png'), fullPage: true });
});
