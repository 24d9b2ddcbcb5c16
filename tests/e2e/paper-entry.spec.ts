/**
 * Paper to screen (issue 13), in real Chromium and offline: a helper types up a whole paper form on the fast entry
 * screen, key by key with pauses as a person presses them, reloads in the middle of the first section (nothing is
 * lost: the answers typed just before are on the device), and finds the answers on the section screen and in the
 * results. It counts the key presses and times the whole form; both are attached to the report and printed.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Question } from '../../src/questionnaire/content-schema';
import { listPaperQuestions, type PaperQuestion } from '../../src/questionnaire/paper-entry/paper-order';
import { questionnaire } from '../../src/questionnaire/questionnaire';
import { content, text } from './locales';
import { createAssessment, question, waitForServiceWorkerControl, waitUntilSaved } from './support/journey';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
/** Between two key presses: a quick but human rhythm (about four keys a second). */
const PAUSE_MS = 250;

const paper = listPaperQuestions(questionnaire, 'provincial-department');
const firstSection = paper.filter((entry) => entry.sectionNumber === 1);
const NOTE = 'Số liệu theo báo cáo quý';

/** The keys a helper presses for a question, by its type; a text answer is typed as characters. */
function keysFor(question: Question): { keys: string[]; typed?: string } {
  switch (question.type) {
    case 'yes-partly-no':
      return { keys: ['2'] };
    case 'coverage':
      return { keys: ['3'] };
    case 'maturity':
      return { keys: ['4'] };
    case 'percentage':
      return { keys: ['4', '2', ',', '5', 'Enter'] };
    case 'count-pair':
      return { keys: ['3', 'Enter', '5', 'Enter'] };
    case 'date':
      return { keys: ['1', '5', '/', '0', '3', '/', '2', '0', '2', '6', 'Enter'] };
    case 'multi-choice':
      return { keys: ['1', '2', 'Enter'] };
    case 'text':
      return { keys: ['Enter'], typed: 'Thiếu kinh phí' };
    case 'system-inventory':
      // Too rich for fast entry: skipped here, entered on its section screen.
      return { keys: ['Escape', 'b'] };
  }
}

class Helper {
  presses = 0;
  constructor(private readonly page: Page) {}

  async press(key: string) {
    await this.page.keyboard.press(key);
    this.presses += 1;
    await this.page.waitForTimeout(PAUSE_MS);
  }

  async type(characters: string) {
    await this.page.keyboard.type(characters, { delay: PAUSE_MS / 2 });
    this.presses += [...characters].length;
  }

  async answer(entry: PaperQuestion) {
    const heading = this.page.getByRole('heading', { level: 2 }).first();
    await expect(heading).toContainText(`${entry.number} `);
    const { keys, typed } = keysFor(entry.question);
    if (typed) await this.type(typed);
    for (const key of keys) await this.press(key);
  }
}

test('a whole paper form typed up key by key, offline, with a reload in the middle; seen in the section and results', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(420_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await createAssessment(page, 'Sở Nội vụ tỉnh Phú Thọ');
  await context.setOffline(true);

  await page.getByRole('link', { name: vi('taskList.paperEntry') }).click();
  await expect(page.getByRole('heading', { level: 1, name: vi('paperEntry.title') })).toBeVisible();
  await expect(page.getByRole('heading', { name: vi('paperEntry.keys.heading') })).toBeVisible();
  const helper = new Helper(page);
  const started = Date.now();

  // The first question (two counts) carries a note from the paper: after the second count, Esc leaves the field,
  // G goes to the note, Enter there moves on.
  const half = Math.ceil(firstSection.length / 2);
  const [first, ...rest] = firstSection.slice(0, half);
  if (first?.question.type !== 'count-pair') throw new Error('the first question is expected to be two counts');
  for (const key of ['3', 'Enter', '5', 'Escape', 'g']) await helper.press(key);
  await helper.type(NOTE);
  await helper.press('Enter');
  for (const entry of rest) await helper.answer(entry);
  // A reload at once, before any save could be awaited: the page's own pagehide write keeps what was typed.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: vi('paperEntry.title') })).toBeVisible();
  await expect(page.locator('.progress__label')).toContainText(`${half}/${paper.length}`);
  // On to the first question not answered yet: C (after Esc, should the question shown have a field).
  await helper.press('Escape');
  await helper.press('c');
  for (const entry of paper.slice(half)) await helper.answer(entry);
  const seconds = (Date.now() - started) / 1000;
  await waitUntilSaved(page);
  await expect(page.locator('.progress__label')).toContainText(`${paper.length - 1}/${paper.length}`);

  const measured = `${paper.length} questions (provincial department): ${helper.presses} key presses, ${seconds.toFixed(0)} s with a ${PAUSE_MS} ms pause after each key`;
  console.log(`paper entry: ${measured}`);
  await testInfo.attach('paper-entry-measure', { body: measured, contentType: 'text/plain' });

  // The section screen shows every answer of the first section, the note too.
  await page.getByRole('link', { name: vi('paperEntry.backToTasks') }).click();
  await page.getByRole('link', { name: new RegExp(content('vi', 'sections.services.title')) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('vi', 'sections.services.title'));
  for (const entry of firstSection) {
    const block = question(page, entry.question.id);
    switch (entry.question.type) {
      case 'yes-partly-no':
        await expect(block.getByLabel(vi('scales.yes-partly-no.partly'))).toBeChecked();
        break;
      case 'count-pair':
        await expect(block.getByLabel(content('vi', `questions.${entry.question.id}.part`))).toHaveValue('3');
        await expect(block.getByLabel(content('vi', `questions.${entry.question.id}.whole`))).toHaveValue('5');
        break;
      case 'percentage':
        await expect(block.getByLabel(content('vi', `questions.${entry.question.id}.label`))).toHaveValue(/^42[,.]5$/);
        break;
      case 'text':
        await expect(block.getByRole('textbox').first()).toHaveValue('Thiếu kinh phí');
        break;
      default:
        break;
    }
  }
  await expect(question(page, first.question.id).getByLabel(vi('evidence.note'))).toHaveValue(NOTE);

  // The results count every section as answered but the inventory, skipped on purpose.
  await page.goto(page.url().replace(/\/sections\/.*$/, '/results'));
  const rows = page.locator('.section-chart__row');
  await expect(rows).toHaveCount(questionnaire.sections.length);
  for (const section of questionnaire.sections) {
    const row = rows.filter({ hasText: content('vi', `sections.${section.id}.title`) });
    if (section.id === 'security') await expect(row).toContainText(vi('results.sectionUnanswered', { count: 1 }));
    else await expect(row).not.toContainText('chưa trả lời');
  }
});

test('at 360 px the screen fits, and every control works by touch-sized pointer', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await createAssessment(page, 'UBND xã Tân Lập');
  await page.getByRole('link', { name: vi('taskList.paperEntry') }).click();
  await expect(page.getByRole('heading', { level: 1, name: vi('paperEntry.title') })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: vi('paperEntry.skip') }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText(`${paper[1]?.number} `);
  await page.screenshot({ path: testInfo360(), fullPage: true });
});

const testInfo360 = () => `${process.env.PW_OUTPUT ?? 'test-results'}/paper-entry-360.png`;
