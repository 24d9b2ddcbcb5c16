/**
 * The calendar of duties (issue 14, item 4), in real Chromium: a commune lists its portal in the inventory (in
 * operation, never classified: overdue since 19/8/2026), types the unit's dates and the portal's as a person does,
 * reloads and finds them kept, records an incident and sees its clocks, then downloads the calendar file in both
 * languages and offline; each file is read back (CRLF, lines of at most 75 octets, unfolded, one VEVENT per dated
 * duty). axe on both screens in both languages; no sideways scroll at 360 px.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readICalendar } from '../../src/security-level/icalendar';
import { text } from './locales';
import { typeLikeAPerson, type HumanTiming } from './support/human-input';
import { createAssessment, waitForServiceWorkerControl, type Language } from './support/journey';
import { addOwnedCitizenSystem, expectNoAxeViolations } from './support/security-workbench';

const SYSTEM = 'Cổng thông tin điện tử xã Tân Lập';
const SLOW = { timeout: 30_000 };
const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const timing = (seed: number): HumanTiming => ({ seed, pause: [300, 1200], firstPauseAtLeast: 600 });

/** A new assessment with the portal in its inventory; returns its id, on the calendar. */
async function openCalendarOfNewUnit(page: Page) {
  await createAssessment(page, 'UBND xã Tân Lập');
  const assessmentId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await addOwnedCitizenSystem(page, SYSTEM);
  await page.goto(`/assessments/${assessmentId}/security-levels/calendar`);
  await expect(page.getByRole('heading', { level: 1, name: vi('securityCalendar.title') })).toBeVisible(SLOW);
  return assessmentId;
}

async function typeInto(page: Page, label: string, value: string, seed: number) {
  await page.getByLabel(label, { exact: false }).click();
  await typeLikeAPerson(page, value, timing(seed));
}

/** Downloads the calendar file, checks its lines and returns its events as read back. */
async function downloadCalendar(page: Page, language: Language, name: string) {
  const t = (key: string, values?: Record<string, string | number>) => text(language, key, values);
  const [file] = await Promise.all([
    page.waitForEvent('download', SLOW),
    page.getByRole('button', { name: t('securityCalendar.download.button') }).click(),
  ]);
  const path = test.info().outputPath(name);
  await file.saveAs(path);
  expect(file.suggestedFilename()).toMatch(
    /^egov-readiness-ubnd-xa-tan-lap-.*-security-calendar-\d{4}-\d{2}-\d{2}\.ics$/,
  );
  const saved = t('securityCalendar.download.saved', { name: file.suggestedFilename(), count: 999 }).split('999')[0]!;
  await expect(page.getByText(saved, { exact: false })).toBeVisible(SLOW);
  const bytes = readFileSync(path);
  const body = bytes.toString('utf8');
  expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  for (const line of body.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const events = readICalendar(body);
  await expect(page.getByText(saved + String(events.length), { exact: false })).toBeVisible();
  return events.map((event) => Object.fromEntries(event.map((property) => [property.name, property.value])));
}

test("the unit and the portal: dates typed and kept, an incident's clocks, the calendar file in both languages and offline", async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const assessmentId = await openCalendarOfNewUnit(page);

  // The portal in operation was never classified: overdue since 19/8/2026, first, said in words.
  const first = page.locator('[data-duty-status]').first();
  await expect(first).toHaveAttribute('data-duty-status', 'overdue');
  await expect(first).toContainText(vi('securityCalendar.statuses.overdue'));
  await expect(first).toContainText(vi('securityCalendar.due.overdueSince', { date: '19/08/2026' }));
  await expect(first).toContainText(SYSTEM);

  await typeInto(page, vi('securityCalendar.unit.rulesDecisionNumber'), '12/QĐ-UBND', 1);
  await typeInto(page, vi('securityCalendar.unit.rulesIssuedOn'), '15/10/2026', 2);
  await typeInto(page, vi('securityCalendar.unit.lastOrganisationInspectionOn'), '02/12/2024', 3);
  await typeInto(page, vi('securityCalendar.unit.lastAnnualReportYear'), '2025', 4);
  await expect(page.locator('[data-duties-save="unit"]')).toHaveAttribute('data-save-status', 'saved', SLOW);
  await page.reload();
  await expect(page.getByLabel(vi('securityCalendar.unit.rulesIssuedOn'), { exact: false })).toHaveValue(
    '15/10/2026',
    SLOW,
  );
  await expect(page.getByLabel(vi('securityCalendar.unit.rulesDecisionNumber'))).toHaveValue('12/QĐ-UBND');
  await expect(page.getByLabel(vi('securityCalendar.unit.lastOrganisationInspectionOn'), { exact: false })).toHaveValue(
    '02/12/2024',
  );
  await expect(page.locator('[data-duty-id="unit:b-unit-cybersecurity-rules"]')).toHaveAttribute(
    'data-duty-status',
    'done',
  );
  await expect(page.locator('[data-duty-id="unit:a-organisation-inspection"]')).toContainText(
    vi('securityCalendar.due.overdueSince', { date: '02/12/2026' }),
  );
  await expectNoAxeViolations(page, 'the calendar (vi)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('calendar-vi.png'), fullPage: true });

  const viEvents = await downloadCalendar(page, 'vi', 'calendar-vi.ics');
  const portalClassify = viEvents.find((event) =>
    event.SUMMARY?.startsWith(text('vi', 'securityLaw.duties.b-classify-in-operation.name')),
  );
  expect(portalClassify?.SUMMARY).toContain(SYSTEM);
  expect(portalClassify?.DTSTART).toBe('20260819');
  expect(portalClassify?.DESCRIPTION).toContain('Nghị định số 331/2026/NĐ-CP');
  expect(portalClassify?.UID).toMatch(new RegExp(`\\.${assessmentId}@egov-readiness$`));

  // The portal's own page: its dates, and an incident detected 30 hours ago, serious, with personal data.
  await page
    .getByRole('link', { name: vi('securityCalendar.systemLink', { name: SYSTEM }) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: vi('securityCalendar.system.title') })).toBeVisible(SLOW);
  await typeInto(page, vi('securityCalendar.system.lastInspectedOn'), '10/11/2026', 5);
  await expect(page.locator('[data-duties-save="system"]')).toHaveAttribute('data-save-status', 'saved', SLOW);
  const detected = await page.evaluate(() => {
    const time = new Date(Date.now() - 30 * 3_600_000);
    const pad = (value: number) => String(value).padStart(2, '0');
    return {
      date: `${pad(time.getDate())}/${pad(time.getMonth() + 1)}/${time.getFullYear()}`,
      time: `${pad(time.getHours())}:${pad(time.getMinutes())}`,
    };
  });
  await typeInto(page, vi('securityCalendar.incidents.detectedOn'), detected.date, 6);
  await typeInto(page, vi('securityCalendar.incidents.detectedTime'), detected.time, 7);
  await page
    .getByRole('group', { name: vi('securityCalendar.incidents.serious') })
    .getByLabel(vi('securityCalendar.incidents.yes'))
    .check();
  await page
    .getByRole('group', { name: vi('securityCalendar.incidents.personalData') })
    .getByLabel(vi('securityCalendar.incidents.yes'))
    .check();
  await typeInto(
    page,
    vi('securityCalendar.incidents.summary'),
    'Giao diện trang chủ bị thay đổi, nghi lộ danh sách hồ sơ.',
    8,
  );
  await page.getByRole('button', { name: vi('securityCalendar.incidents.add') }).click();
  await expect(page.locator('[data-duties-save="system"]')).toHaveAttribute('data-save-status', 'saved', SLOW);
  await page.reload();
  await expect(page.getByLabel(vi('securityCalendar.system.lastInspectedOn'), { exact: false })).toHaveValue(
    '10/11/2026',
    SLOW,
  );
  const clocks = page.locator('[data-duty-id*=":b-incident-"]');
  await expect(clocks).toHaveCount(3);
  await expect(page.locator('[data-duty-id*=":b-incident-serious-notice:"]')).toHaveAttribute(
    'data-duty-status',
    'overdue',
  );
  await expect(page.locator('[data-duty-id*=":b-incident-report:"]')).toHaveAttribute('data-duty-status', 'due-soon');
  await expectNoAxeViolations(page, 'the system duties (vi)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('duties-vi.png'), fullPage: true });

  // English, then offline: the calendar and its file still work from the precache.
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('securityCalendar.system.title') })).toBeVisible(SLOW);
  await expectNoAxeViolations(page, 'the system duties (en)');
  await page.screenshot({ path: test.info().outputPath('duties-en.png'), fullPage: true });
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await context.setOffline(true);
  await page.goto(`/assessments/${assessmentId}/security-levels/calendar`);
  await expect(page.getByRole('heading', { level: 1, name: en('securityCalendar.title') })).toBeVisible(SLOW);
  await expectNoAxeViolations(page, 'the calendar (en)');
  await page.screenshot({ path: test.info().outputPath('calendar-en.png'), fullPage: true });
  const enEvents = await downloadCalendar(page, 'en', 'calendar-en.ics');
  expect(
    enEvents.some(
      (event) => event.SUMMARY === `${text('en', 'securityLaw.duties.b-classify-in-operation.name')} – ${SYSTEM}`,
    ),
  ).toBe(true);
  // The incident's clocks not yet reported are in the file at their hour.
  expect(enEvents.filter((event) => /^\d{8}T\d{6}Z$/.test(event.DTSTART ?? ''))).toHaveLength(3);
  expect(failed, 'requests that failed while offline').toEqual([]);
});

test("@phone the calendar and a system's duties fit a 360 px screen without sideways scrolling", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await openCalendarOfNewUnit(page);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  await page.screenshot({ path: test.info().outputPath('calendar-360.png'), fullPage: true });
  await page.screenshot({ path: test.info().outputPath('calendar-360-top.png') });
  await page.locator('[data-duty-status]').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('calendar-360-first-duty.png') });
  await page
    .getByRole('link', { name: vi('securityCalendar.systemLink', { name: SYSTEM }) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: vi('securityCalendar.system.title') })).toBeVisible(SLOW);
  expect(await overflow()).toBe(0);
  await page.screenshot({ path: test.info().outputPath('duties-360.png'), fullPage: true });
});
