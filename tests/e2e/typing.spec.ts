/**
 * Every text field of the app keeps exactly what a person types, at a person's speed, and after a reload.
 *
 * `fill()` and pause-free typing never let the 300 ms autosave run mid-sentence, so they hid a bug that turned
 * "Thiếu máy quét và đường truyền chậm ở xã" into "Thiếumáyquétvàđườngtruyềnchậmởxã": the app wrote its saved
 * (trimmed) value back into the field while the person was still typing. These tests type key by key with pauses
 * (support/human-input.ts: seeded, so a failure replays), through an input method's composition, and the way Telex
 * tools delete and retype a syllable, in both languages, on a desktop and (tests tagged @phone) at 360 px.
 *
 * Each test checks the field at once after typing (a single read: waiting could not undo a value written back),
 * again once the indicator says saved, and after a reload. Values are compared in NFC. The seeds and pauses of each
 * run are in the report's annotations.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { content, text } from './locales';
import {
  composeVietnamese,
  describeLog,
  typeLikeAPerson,
  typeTelex,
  type HumanTiming,
  type TypingLog,
} from './support/human-input';
import { createAssessment, question, saveStatus } from './support/journey';

type Language = 'vi' | 'en';

// Typing at a person's speed takes 5-20 s per field, and the machine is slow and shared.
test.describe.configure({ timeout: 120_000 });

const SAVE_TIMEOUT = 15_000;
const OBSTACLES_VI = 'Thiếu máy quét và đường truyền chậm ở xã';
const ISSUER_VI = 'Phòng Văn hóa – Xã hội';
const DOCUMENT_NUMBER_VI = 'Số 12/QĐ-UBND';

const nfc = (value: string) => value.normalize('NFC');
const vi = (key: string) => text('vi', key);
const label = (language: Language, questionId: string, part = 'label') =>
  content(language, `questions.${questionId}.${part}`);

// ---------------------------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------------------------

/** Puts the seed, keys and pauses of a typing run in the report, so that a failure can be replayed. */
function record(field: string, log: TypingLog) {
  test.info().annotations.push({ type: 'typing', description: `${field}: ${describeLog(log)}` });
}

/** Clicks the field and types into it with `how`, recording the run. */
async function typeInto(
  page: Page,
  field: Locator,
  value: string,
  how: (page: Page, value: string, timing: HumanTiming) => Promise<TypingLog>,
  timing: HumanTiming,
  name: string,
) {
  await field.click();
  record(name, await how(page, value, timing));
}

/** The field's value now, read once: a value the app wrote back into the field must not be waited away. */
async function expectValueNow(field: Locator, expected: string, when: string) {
  expect(nfc(await field.inputValue()), `${when}: the field shows what was typed`).toBe(nfc(expected));
}

/** After a reload or a navigation, the value appears once the stored data has been read. */
async function expectValueShown(field: Locator, expected: string | RegExp, when: string) {
  const poll = expect.poll(async () => nfc(await field.inputValue()), { message: when, timeout: SAVE_TIMEOUT });
  await (typeof expected === 'string' ? poll.toBe(nfc(expected)) : poll.toMatch(expected));
}

async function waitUntilSaved(page: Page) {
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved', { timeout: SAVE_TIMEOUT });
}

/** The start of the "changed in another tab" notices (before their time), in both languages. */
const REMOTE_NOTICES = [
  ...new Set(
    (['vi', 'en'] as const).flatMap((language) =>
      (['updated', 'conflict'] as const).map(
        (kind) => text(language, `section.remote.${kind}`, { time: '\u0000' }).split('\u0000')[0]!,
      ),
    ),
  ),
];

/**
 * Records, from the first paint of every page of this test on, any "changed in another tab" notice that appears,
 * even for a moment: a single tab must never show one. Call before the first `goto`.
 */
async function watchRemoteChangeNotices(page: Page) {
  await page.addInitScript((notices: string[]) => {
    const seen: string[] = [];
    (window as unknown as { __remoteNoticesSeen: string[] }).__remoteNoticesSeen = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
        for (const node of nodes) {
          const shown = node.textContent ?? '';
          for (const notice of notices) {
            const at = shown.indexOf(notice);
            if (at >= 0) seen.push(shown.slice(at, at + 160));
          }
        }
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, REMOTE_NOTICES);
}

/** No "changed in another tab" notice appeared on this page so far, nor is one shown now. */
async function expectNoRemoteChangeNotice(page: Page) {
  const seen = await page.evaluate(
    () => (window as unknown as { __remoteNoticesSeen?: string[] }).__remoteNoticesSeen ?? ['(not watched)'],
  );
  expect(seen, 'notices "changed in another tab" shown in a single tab').toEqual([]);
  for (const notice of REMOTE_NOTICES) await expect(page.getByText(notice)).toHaveCount(0);
}

async function switchToEnglish(page: Page) {
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** A new assessment (created in Vietnamese), in the given language, on its task list. */
async function startAssessment(page: Page, unitName: string, language: Language) {
  await watchRemoteChangeNotices(page);
  await page.goto('/');
  await createAssessment(page, unitName);
  if (language === 'en') await switchToEnglish(page);
}

async function openSection(page: Page, language: Language, sectionId: string) {
  await page.getByRole('link', { name: content(language, `sections.${sectionId}.title`) }).click();
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'idle');
}

/** Opens a question's "note and evidence" panel (a <details>), unless it is open already. */
async function openNoteAndEvidence(page: Page, language: Language, questionId: string) {
  const panel = question(page, questionId).locator('details');
  if (!(await panel.evaluate((details: HTMLDetailsElement) => details.open))) {
    await panel.getByText(text(language, 'evidence.summary')).click();
  }
  await expect(panel).toHaveAttribute('open', '');
}

/** Waits for "saved", checks that no notice appeared, reloads, and waits for the section to be back. */
async function saveAndReload(page: Page) {
  await waitUntilSaved(page);
  await expectNoRemoteChangeNotice(page);
  await page.reload();
  await expect(saveStatus(page)).toBeVisible({ timeout: SAVE_TIMEOUT });
}

/** A plan item as stored in IndexedDB (the plan has no save indicator that follows each write). */
async function storedPlanItem(page: Page, questionId: string) {
  return page.evaluate(
    (questionId) =>
      new Promise<{ owner?: string; note?: string } | null>((resolve, reject) => {
        const open = indexedDB.open('egov-readiness');
        open.onerror = () => reject(new Error(`IndexedDB: ${open.error?.message}`));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('planItems').objectStore('planItems').getAll();
          request.onerror = () => reject(new Error(`IndexedDB: ${request.error?.message}`));
          request.onsuccess = () => {
            db.close();
            const items = request.result as { questionId: string; owner?: string; note?: string }[];
            resolve(items.find((item) => item.questionId === questionId) ?? null);
          };
        };
      }),
    questionId,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Free text
// ---------------------------------------------------------------------------------------------------------------

test(
  'free text typed at a person’s speed keeps every space and letter, before and after a reload',
  { tag: '@phone' },
  async ({ page }) => {
    await startAssessment(page, 'UBND xã Tân Lập', 'vi');
    await openSection(page, 'vi', 'security');
    const field = question(page, 'security-obstacles').getByLabel(label('vi', 'security-obstacles'));

    await typeInto(page, field, OBSTACLES_VI, typeLikeAPerson, { seed: 1 }, 'free text');
    await expectValueNow(field, OBSTACLES_VI, 'right after typing');
    await waitUntilSaved(page);
    await expectValueNow(field, OBSTACLES_VI, 'once saved');

    await saveAndReload(page);
    await expectValueShown(field, OBSTACLES_VI, 'after a reload');
  },
);

// ---------------------------------------------------------------------------------------------------------------
// Input methods: composition (phones, macOS) and Telex tools that delete and retype (Unikey on Windows)
// ---------------------------------------------------------------------------------------------------------------

test(
  'an input method’s composition in free text and Telex retyping in the note, saved mid-syllable',
  { tag: '@phone' },
  async ({ page }) => {
    const composed = 'Việt hóa một cửa';
    const noteTyped = 'Đã gửi công văn';
    await startAssessment(page, 'Sở Văn hóa tỉnh Phú Thọ', 'vi');
    await openSection(page, 'vi', 'security');
    const freeText = question(page, 'security-obstacles').getByLabel(label('vi', 'security-obstacles'));
    const drills = question(page, 'security-drills');

    await typeInto(page, freeText, composed, composeVietnamese, { seed: 31 }, 'free text (composition)');
    await expectValueNow(freeText, composed, 'free text right after the composition');
    await openNoteAndEvidence(page, 'vi', 'security-drills');
    const note = drills.getByLabel(vi('evidence.note'));
    await typeInto(page, note, noteTyped, typeTelex, { seed: 32 }, 'note (Telex)');
    await expectValueNow(note, noteTyped, 'note right after typing');
    await expectValueNow(freeText, composed, 'free text after typing the note');
    await waitUntilSaved(page);
    await expectValueNow(freeText, composed, 'free text once saved');
    await expectValueNow(note, noteTyped, 'note once saved');

    await saveAndReload(page);
    await expectValueShown(freeText, composed, 'free text after a reload');
    await expectValueShown(note, noteTyped, 'note after a reload');
  },
);

test('Telex retyping in free text and an input method’s composition in the note', async ({ page }) => {
  const telexTyped = 'Thiếu máy quét ở xã';
  const composed = 'Cần người trực';
  await startAssessment(page, 'Sở Y tế tỉnh Phú Thọ', 'vi');
  await openSection(page, 'vi', 'capacity');
  const freeText = question(page, 'capacity-obstacles').getByLabel(label('vi', 'capacity-obstacles'));

  await typeInto(page, freeText, telexTyped, typeTelex, { seed: 41 }, 'free text (Telex)');
  await expectValueNow(freeText, telexTyped, 'free text right after typing');
  await openNoteAndEvidence(page, 'vi', 'capacity-leadership');
  const note = question(page, 'capacity-leadership').getByLabel(vi('evidence.note'));
  await typeInto(page, note, composed, composeVietnamese, { seed: 42 }, 'note (composition)');
  await expectValueNow(note, composed, 'note right after the composition');
  await expectValueNow(freeText, telexTyped, 'free text after typing the note');
  await waitUntilSaved(page);
  await expectValueNow(freeText, telexTyped, 'free text once saved');
  await expectValueNow(note, composed, 'note once saved');

  await saveAndReload(page);
  await expectValueShown(freeText, telexTyped, 'free text after a reload');
  await expectValueShown(note, composed, 'note after a reload');
});

// ---------------------------------------------------------------------------------------------------------------
// Note and evidence
// ---------------------------------------------------------------------------------------------------------------

test('evidence: document number and issuing body typed at a person’s speed', async ({ page }) => {
  await startAssessment(page, 'UBND phường Ba Đình', 'vi');
  await openSection(page, 'vi', 'security');
  const drills = question(page, 'security-drills');
  await openNoteAndEvidence(page, 'vi', 'security-drills');
  const documentNumber = drills.getByLabel(vi('evidence.documentNumber'));
  const issuer = drills.getByLabel(vi('evidence.issuer'));

  await typeInto(page, documentNumber, DOCUMENT_NUMBER_VI, typeLikeAPerson, { seed: 51 }, 'document number');
  await expectValueNow(documentNumber, DOCUMENT_NUMBER_VI, 'document number right after typing');
  await typeInto(page, issuer, ISSUER_VI, typeLikeAPerson, { seed: 52 }, 'issuing body');
  await expectValueNow(issuer, ISSUER_VI, 'issuing body right after typing');
  await expectValueNow(documentNumber, DOCUMENT_NUMBER_VI, 'document number after typing the issuing body');
  await waitUntilSaved(page);
  await expectValueNow(documentNumber, DOCUMENT_NUMBER_VI, 'document number once saved');
  await expectValueNow(issuer, ISSUER_VI, 'issuing body once saved');

  await saveAndReload(page);
  await expectValueShown(documentNumber, DOCUMENT_NUMBER_VI, 'document number after a reload');
  await expectValueShown(issuer, ISSUER_VI, 'issuing body after a reload');
});

// Written for dates typed as dd/mm/yyyy in a plain text field (they were <input type="date">): on code with the
// date picker, the field reads "" or an ISO date instead.
test('dates typed key by key as dd/mm/yyyy stay as typed: an evidence issue date and a date question', async ({
  page,
}) => {
  const issuedOnTyped = '15/03/2024';
  const inspectedTyped = '05/11/2025';
  await startAssessment(page, 'Sở Xây dựng tỉnh Phú Thọ', 'vi');
  await openSection(page, 'vi', 'security');
  await openNoteAndEvidence(page, 'vi', 'security-drills');
  const issuedOn = question(page, 'security-drills').getByLabel(vi('evidence.issuedOn'));
  const inspected = question(page, 'security-last-inspection').getByLabel(label('vi', 'security-last-inspection'));

  await typeInto(page, issuedOn, issuedOnTyped, typeLikeAPerson, { seed: 61 }, 'issue date');
  await expectValueNow(issuedOn, issuedOnTyped, 'issue date right after typing');
  await typeInto(page, inspected, inspectedTyped, typeLikeAPerson, { seed: 62 }, 'date question');
  await expectValueNow(inspected, inspectedTyped, 'date question right after typing');
  await waitUntilSaved(page);
  await expectValueNow(issuedOn, issuedOnTyped, 'issue date once saved');
  await expectValueNow(inspected, inspectedTyped, 'date question once saved');

  await saveAndReload(page);
  await expectValueShown(issuedOn, issuedOnTyped, 'issue date after a reload');
  await expectValueShown(inspected, inspectedTyped, 'date question after a reload');
});

// ---------------------------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------------------------

test(
  'a count pair typed box by box keeps both numbers, and the question does not jump in height',
  { tag: '@phone' },
  async ({ page }) => {
    await startAssessment(page, 'Sở Công Thương tỉnh Phú Thọ', 'vi');
    await openSection(page, 'vi', 'security');
    const questionId = 'security-level-dossiers-approved';
    const section = question(page, questionId);
    const part = section.getByLabel(label('vi', questionId, 'part'));
    const whole = section.getByLabel(label('vi', questionId, 'whole'));
    await section.scrollIntoViewIfNeeded();
    // Every height the question takes during the whole run, even for one frame.
    await section.evaluate((element) => {
      const heights: number[] = [];
      (window as unknown as { __questionHeights: number[] }).__questionHeights = heights;
      new ResizeObserver(() => heights.push(element.getBoundingClientRect().height)).observe(element);
    });
    const height = async () => (await section.boundingBox())?.height ?? Number.NaN;
    /** Lets pending validation (the resolver is asynchronous) and layout settle before measuring. */
    const nextFrames = () =>
      page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const initial = await height();

    await typeInto(page, part, '12', typeLikeAPerson, { seed: 71 }, 'count (part)');
    await nextFrames();
    const beforeClick = await height();
    await whole.click();
    await nextFrames();
    const afterClick = await height();
    record('count (whole)', await typeLikeAPerson(page, '40', { seed: 72 }));
    await nextFrames();
    const afterTyping = await height();
    await expectValueNow(part, '12', 'first box right after typing');
    await expectValueNow(whole, '40', 'second box right after typing');
    await waitUntilSaved(page);
    await nextFrames();
    const afterSave = await height();

    const heights = { initial, beforeClick, afterClick, afterTyping, afterSave };
    for (const [when, value] of Object.entries(heights)) {
      expect
        .soft(Math.abs(value - initial), `question height ${when} (${JSON.stringify(heights)})`)
        .toBeLessThanOrEqual(1);
    }
    const observed = await page.evaluate(
      () => (window as unknown as { __questionHeights: number[] }).__questionHeights,
    );
    expect
      .soft(
        observed.filter((value) => Math.abs(value - initial) > 1),
        `heights the question took while typing (${observed.join(', ')})`,
      )
      .toEqual([]);
    await expectValueNow(part, '12', 'first box once saved');
    await expectValueNow(whole, '40', 'second box once saved');

    await saveAndReload(page);
    await expectValueShown(part, '12', 'first box after a reload');
    await expectValueShown(whole, '40', 'second box after a reload');
  },
);

test('a percentage with a decimal comma, typed with a pause after the comma', async ({ page }) => {
  const typed = '87,5';
  await startAssessment(page, 'Sở Nội vụ tỉnh Phú Thọ', 'vi');
  await openSection(page, 'vi', 'security');
  const questionId = 'security-awareness-training-share';
  const field = question(page, questionId).getByLabel(label('vi', questionId));

  // The first pause comes after the comma: "87," is saved as nothing (not a number yet), then "87,5".
  await typeInto(page, field, typed, typeLikeAPerson, { seed: 81 }, 'percentage');
  await expectValueNow(field, typed, 'right after typing');
  await waitUntilSaved(page);
  await expectValueNow(field, typed, 'once saved');

  await saveAndReload(page);
  // Exactly as typed: the decimal comma is kept (the draft is stored beside the number, decision 0009).
  await expectValueShown(field, '87,5', 'after a reload');
});

// ---------------------------------------------------------------------------------------------------------------
// Inventory of systems
// ---------------------------------------------------------------------------------------------------------------

test('the name of a system in the inventory, typed at a person’s speed in English', async ({ page }) => {
  const typed = 'One-stop portal, v2';
  const en = (key: string) => text('en', key);
  await startAssessment(page, 'UBND xã Tân Lập', 'en');
  await openSection(page, 'en', 'security');
  const inventory = question(page, 'security-system-inventory');
  await inventory.getByRole('button', { name: en('inventory.addFirst') }).click();
  // The system type first: a system without it is not valid, so nothing would be saved while the name is typed.
  await inventory
    .getByLabel(en('inventory.fields.systemType'))
    .selectOption({ label: en('inventory.systemType.citizen-services') });
  const name = inventory.getByLabel(en('inventory.fields.name'));

  await typeInto(page, name, typed, typeLikeAPerson, { seed: 91 }, 'system name');
  await expectValueNow(name, typed, 'right after typing');
  await waitUntilSaved(page);
  await expectValueNow(name, typed, 'once saved');

  await saveAndReload(page);
  await expectValueShown(name, typed, 'after a reload');
  await expect(inventory.getByLabel(en('inventory.fields.systemType'))).toHaveValue('citizen-services');
});

// ---------------------------------------------------------------------------------------------------------------
// Profile of the unit
// ---------------------------------------------------------------------------------------------------------------

test('the new-assessment form keeps the unit and assessor names typed at a person’s speed', async ({ page }) => {
  const unitName = ISSUER_VI;
  const assessorName = 'Nguyễn Thị Hoa';
  await page.goto('/');
  await page.getByRole('link', { name: vi('list.create') }).click();
  const unitField = page.getByLabel(vi('profile.unitName'));
  const assessorField = page.getByLabel(vi('profile.assessorName'));

  await typeInto(page, unitField, unitName, typeLikeAPerson, { seed: 101 }, 'unit name');
  await page.getByLabel(vi('unitTypes.provincial-department.name')).check();
  await page.getByLabel(vi('profile.province')).selectOption({ label: vi('provinces.phu-tho') });
  await typeInto(page, assessorField, assessorName, typeLikeAPerson, { seed: 102 }, 'assessor name');
  await page.getByLabel(vi('profile.assessorRole')).fill('Chuyên viên');
  await expectValueNow(unitField, unitName, 'unit name right after typing');
  await expectValueNow(assessorField, assessorName, 'assessor name right after typing');
  await page.getByRole('button', { name: vi('newAssessment.submit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(unitName);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(unitName);
  await page.getByRole('link', { name: vi('taskList.editProfile') }).click();
  await expectValueShown(unitField, unitName, 'unit name after a reload');
  await expectValueShown(assessorField, assessorName, 'assessor name after a reload');
});

test(
  'editing the profile in English: names retyped at a person’s speed are kept',
  { tag: '@phone' },
  async ({ page }) => {
    const unitName = 'Culture and Social Affairs Office';
    const assessorName = 'Trần Minh Khoa';
    const en = (key: string) => text('en', key);
    await startAssessment(page, 'Phòng Văn hóa', 'en');
    await page.getByRole('link', { name: en('taskList.editProfile') }).click();
    const unitField = page.getByLabel(en('profile.unitName'));
    const assessorField = page.getByLabel(en('profile.assessorName'));
    await expectValueShown(unitField, 'Phòng Văn hóa', 'unit name before editing');

    for (const [field, value, seed, name] of [
      [unitField, unitName, 111, 'unit name'],
      [assessorField, assessorName, 112, 'assessor name'],
    ] as const) {
      await field.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      record(name, await typeLikeAPerson(page, value, { seed }));
    }
    await expectValueNow(unitField, unitName, 'unit name right after typing');
    await expectValueNow(assessorField, assessorName, 'assessor name right after typing');
    await page.getByRole('button', { name: en('editProfile.submit') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(unitName);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(unitName);
    await page.getByRole('link', { name: en('taskList.editProfile') }).click();
    await expectValueShown(unitField, unitName, 'unit name after a reload');
    await expectValueShown(assessorField, assessorName, 'assessor name after a reload');
  },
);

// ---------------------------------------------------------------------------------------------------------------
// Remediation plan
// ---------------------------------------------------------------------------------------------------------------

test('a plan item’s owner and note typed at a person’s speed', async ({ page }) => {
  const owner = ISSUER_VI;
  const note = 'Chờ kinh phí, quý IV.';
  await startAssessment(page, 'Sở Tư pháp tỉnh Phú Thọ', 'vi');
  await openSection(page, 'vi', 'security');
  // The plan lists actions only for gaps: "no" to the drills makes one.
  await question(page, 'security-drills').getByLabel(vi('scales.yes-partly-no.no')).check();
  await waitUntilSaved(page);
  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();
  await page.getByRole('link', { name: vi('taskList.plan') }).click();
  const item = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: content('vi', 'questions.security-drills.action') }) });
  const ownerField = item.getByLabel(vi('plan.owner'));
  const noteField = item.getByLabel(vi('plan.note'), { exact: true });

  await typeInto(page, ownerField, owner, typeLikeAPerson, { seed: 121 }, 'plan owner');
  await expectValueNow(ownerField, owner, 'owner right after typing');
  await typeInto(page, noteField, note, typeLikeAPerson, { seed: 122 }, 'plan note');
  await expectValueNow(noteField, note, 'note right after typing');
  await expectValueNow(ownerField, owner, 'owner after typing the note');
  await expect
    .poll(() => storedPlanItem(page, 'security-drills'), { message: 'the plan item as stored', timeout: SAVE_TIMEOUT })
    .toMatchObject({ owner, note });
  await expectValueNow(ownerField, owner, 'owner once saved');
  await expectValueNow(noteField, note, 'note once saved');

  await page.reload();
  await expectValueShown(ownerField, owner, 'owner after a reload');
  await expectValueShown(noteField, note, 'note after a reload');
});

// ---------------------------------------------------------------------------------------------------------------
// One tab: its own saves are not "changes from another tab"
// ---------------------------------------------------------------------------------------------------------------

test('free text and a note in English: a single tab never says its answer was changed in another tab', async ({
  page,
}) => {
  const freeTyped = 'Old scanners, slow line.';
  const noteTyped = 'Q1 figures, not checked.';
  const en = (key: string) => text('en', key);
  await startAssessment(page, 'Sở Thông tin tỉnh Phú Thọ', 'en');
  await openSection(page, 'en', 'services');
  const freeText = question(page, 'services-obstacles').getByLabel(label('en', 'services-obstacles'));
  // A pause after every word and comma: as many saves, and as many of this tab's own live updates, as possible.
  const often = { pauseChance: 1, pause: [400, 1000] } as const;

  await typeInto(page, freeText, freeTyped, typeLikeAPerson, { seed: 21, ...often }, 'free text (en)');
  await expectValueNow(freeText, freeTyped, 'free text right after typing');
  await expectNoRemoteChangeNotice(page);
  await openNoteAndEvidence(page, 'en', 'services-full-process-offered');
  const note = question(page, 'services-full-process-offered').getByLabel(en('evidence.note'));
  await typeInto(page, note, noteTyped, typeLikeAPerson, { seed: 22, ...often }, 'note (en)');
  await expectValueNow(note, noteTyped, 'note right after typing');
  await waitUntilSaved(page);
  await expectNoRemoteChangeNotice(page);
  await expectValueNow(freeText, freeTyped, 'free text once saved');
  await expectValueNow(note, noteTyped, 'note once saved');

  await saveAndReload(page);
  await expectValueShown(freeText, freeTyped, 'free text after a reload');
  await expectValueShown(note, noteTyped, 'note after a reload');
  await expectNoRemoteChangeNotice(page);
});
