import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { choice, countPair, dontKnow, percent, text } from '../../tests/fixtures/answers';
import { buildProfile } from '../../tests/fixtures/profile';
import { failureOf } from '../../tests/fixtures/storage-failure';
import type { Assessment } from '../assessment/assessment-schema';
import type { Answer } from '../questionnaire/answer-schema';
import { csvCell } from '../exchange/csv';
import {
  FORMAT_VERSION,
  MAX_ASSESSMENTS,
  MAX_FILE_BYTES,
  type AssessmentFile,
  type FileEntry,
} from '../exchange/file-format';
import { sampleEntry, sampleFile } from '../exchange/sample-file.test-support';
import { emptyDraft } from '../questionnaire/answer-draft';
import { parseAssessmentBytes, parseAssessmentFile, type ParseFileResult } from '../exchange/parse-file';
import { readBack } from '../exchange/read-back';
import { serializeAssessmentFile, utf8Length } from '../exchange/serialize';
import { saveAnswers, readAnswers, writeAnswerEntries } from './answers';
import {
  createAssessment,
  deleteAssessment,
  listAssessments,
  purgeDeletedAssessments,
  readAssessment,
  renameAssessment,
  undoDeleteAssessment,
} from './assessments';
import { db } from './db';
import { markExported, readExportStatus } from './export-status';
import {
  AssessmentLimitError,
  exportAssessments,
  importFile,
  previewImport,
  roomFor,
  undoImport,
  type ImportMode,
} from './exchange';
import { savePlanItem } from './plan-items';
import { dumpDatabase } from '../../tests/fixtures/dump-database';

const HOSTILE = path.resolve(import.meta.dirname, '../../tests/fixtures/hostile');
/** The assessment all valid hostile fixtures hold. */
const FIXTURE_ID = '7b1e4c2a-9d3f-4e8a-b6c5-0a1b2c3d4e5f';
const FIXTURE_EXPORTED_AT = '2026-11-22T09:15:00.000Z';

/** Only `Date` is faked, so IndexedDB's own timers keep running while each write gets a known timestamp. */
function setClock(iso: string) {
  vi.setSystemTime(new Date(iso));
}

/** Answers carry the time they were saved, as autosave stamps them (the fixtures' builders use a fixed time). */
function save(assessmentId: string, ...answers: Answer[]) {
  const updatedAt = new Date().toISOString();
  return saveAnswers(assessmentId, {
    saved: answers.map((answer) => ({ ...answer, updatedAt })),
    clearedQuestionIds: [],
  });
}

/** Two assessments written the way the app writes them, with Vietnamese answers, notes and plan items. */
async function seedDevice(): Promise<[Assessment, Assessment]> {
  setClock('2026-03-01T08:00:00.000Z');
  const department = await createAssessment(buildProfile({ unitName: 'Sở Khoa học và Công nghệ tỉnh Phú Thọ' }));
  await save(
    department.id,
    choice('services-national-portal', 'partly'),
    percent('services-dossier-digitisation', 62.5),
    { ...text('capacity-obstacles', 'Thiếu cán bộ chuyên trách; đường truyền “chập chờn”'), note: 'Ghi chú: ổn định' },
  );
  await savePlanItem(department.id, {
    questionId: 'services-national-portal',
    owner: 'Phó Giám đốc Sở Đỗ Mạnh Hùng',
    dueOn: '2026-06-30',
    status: 'in-progress',
    note: 'Ưu tiên thủ tục đất đai',
    updatedAt: '2026-03-01T08:00:00.000Z',
  });
  setClock('2026-03-02T08:00:00.000Z');
  const commune = await createAssessment(
    buildProfile({ unitName: 'UBND xã Đông Anh', unitType: 'commune-committee', communeName: 'Xã Đông Anh' }),
  );
  await renameAssessment(commune.id, 'Tự đánh giá 6 tháng – bản nháp');
  await save(commune.id, countPair('signatures-officials-equipped', 7, 12), dontKnow('security-drills'));
  setClock('2026-03-05T08:00:00.000Z');
  return [department, commune];
}

/** The full export of the device plus the raw tables: what must not change when an import is refused. */
async function snapshot(): Promise<string> {
  const { text: exported } = await exportAssessments('all');
  return `${exported}\n${await dumpDatabase()}`;
}

function parsedOrThrow(result: ParseFileResult): AssessmentFile {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.file;
}

function parse(text: string): AssessmentFile {
  return parsedOrThrow(parseAssessmentFile(text, utf8Length(text)));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setClock('2026-03-01T08:00:00.000Z');
  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

// ---------------------------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------------------------

test('exporting one assessment gives an "assessment" file with its answers and plan items, which reads back', async () => {
  const [department] = await seedDevice();
  const exported = await exportAssessments([department.id]);

  expect(exported.file.kind).toBe('assessment');
  expect(exported.assessmentIds).toEqual([department.id]);
  const [entry] = exported.file.assessments;
  expect(entry?.assessment.profile.unitName).toBe('Sở Khoa học và Công nghệ tỉnh Phú Thọ');
  expect(entry?.answers.map((answer) => answer.questionId)).toEqual([
    'capacity-obstacles',
    'services-dossier-digitisation',
    'services-national-portal',
  ]);
  expect(entry?.planItems).toHaveLength(1);
  expect(exported.file.exportedAt).toBe('2026-03-05T08:00:00.000Z');
  expect(exported.text).toBe(serializeAssessmentFile(exported.file));
  expect(readBack(exported.text, exported.file)).toEqual({ ok: true });
});

test('a backup holds every assessment except deleted ones, oldest first', async () => {
  const [department, commune] = await seedDevice();
  const third = await createAssessment(buildProfile({ unitName: 'Sở Tư pháp' }));
  await deleteAssessment(third.id);

  const exported = await exportAssessments('all');

  expect(exported.file.kind).toBe('backup');
  expect(exported.assessmentIds).toEqual([department.id, commune.id]);
});

test('exporting an unknown or deleted assessment fails as invalid', async () => {
  const [department] = await seedDevice();
  await deleteAssessment(department.id);

  expect(await failureOf(exportAssessments(['no-such-id']))).toBe('invalid');
  expect(await failureOf(exportAssessments([department.id]))).toBe('invalid');
});

test('the read-back check catches a file that differs from the export or does not parse', async () => {
  const [department] = await seedDevice();
  const exported = await exportAssessments([department.id]);

  const altered = exported.text.replace('"percent": 62.5', '"percent": 63');
  expect(readBack(altered, exported.file)).toEqual({ ok: false, error: { code: 'read-back-failed', params: {} } });
  expect(readBack(exported.text.slice(0, 500), exported.file)).toMatchObject({
    ok: false,
    error: { code: 'truncated' },
  });
  expect(readBack(`\uFEFF${exported.text}`, exported.file)).toMatchObject({ ok: false });
});

// ---------------------------------------------------------------------------------------------------------------
// Round trip
// ---------------------------------------------------------------------------------------------------------------

test('export, import on an empty device, export again: byte-identical, Vietnamese intact', async () => {
  await seedDevice();
  const first = await exportAssessments('all');

  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
  const result = await importFile(parse(first.text), 'keep-both');
  const second = await exportAssessments('all');

  expect(result.entries.map((entry) => entry.action)).toEqual(['added', 'added']);
  expect(second.text).toBe(first.text);
  expect(second.text).toContain('Thiếu cán bộ chuyên trách; đường truyền “chập chờn”');
  const [department] = await listAssessments().then((list) => list.filter((a) => a.profile.unitName.startsWith('Sở')));
  expect((await readAnswers(department?.id ?? '')).get('capacity-obstacles')?.note).toBe('Ghi chú: ổn định');
});

test('importing the same file again changes nothing: every assessment is "unchanged"', async () => {
  await seedDevice();
  const exported = await exportAssessments('all');
  const before = await dumpDatabase();

  const preview = await previewImport(exported.file);
  const result = await importFile(exported.file, 'replace');

  expect(preview.entries.map((entry) => entry.status)).toEqual(['identical', 'identical']);
  expect(result.entries.map((entry) => entry.action)).toEqual(['unchanged', 'unchanged']);
  expect(await dumpDatabase()).toBe(before);
});

test('an export re-imported at once is identical, though the records carry revisions, writers, drafts and clears', async () => {
  const [department] = await seedDevice();
  setClock('2026-03-06T08:00:00.000Z');
  // Written the way the section form writes: revision and writer id on every record, a draft kept beside an
  // answer, a question with only a draft (no answer), and a cleared question (a record with nothing in it).
  await writeAnswerEntries(
    department.id,
    new Map([
      [
        'services-dossier-digitisation',
        {
          answer: {
            questionId: 'services-dossier-digitisation',
            response: { kind: 'value', value: { type: 'percentage', percent: 87.5 } },
            updatedAt: '2026-03-06T08:00:00.000Z',
          },
          draft: { ...emptyDraft(), percent: '87,5', note: 'x'.repeat(3) },
        },
      ],
      ['signatures-officials-equipped', { draft: { ...emptyDraft(), part: '7', whole: 'mười hai' } }],
      ['services-national-portal', {}],
    ]),
    'tab-1',
  );
  expect(
    (await db.answers.get([department.id, 'services-dossier-digitisation']))?.writer,
    'the record carries storage-only fields',
  ).toBe('tab-1');
  const exported = await exportAssessments('all');
  await markExported(exported.assessmentIds, exported.file.exportedAt);
  const before = await dumpDatabase();
  setClock('2026-03-07T08:00:00.000Z');

  const file = parse(exported.text);
  const preview = await previewImport(file);
  const result = await importFile(file, 'keep-both');

  expect(preview.entries.map((entry) => entry.status)).toEqual(['identical', 'identical']);
  expect(result.entries.map((entry) => entry.action)).toEqual(['unchanged', 'unchanged']);
  // Nothing written: not the answers, not updatedAt, not the export mark.
  expect(await dumpDatabase()).toBe(before);
  expect(await db.assessments.get(department.id)).toMatchObject({
    updatedAt: '2026-03-06T08:00:00.000Z',
    lastExportedAt: '2026-03-06T08:00:00.000Z',
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Conflicts: keep both, replace, undo
// ---------------------------------------------------------------------------------------------------------------

/** The department's file as exported, then a change made on the device after the export. */
async function conflictSetUp() {
  const [department, commune] = await seedDevice();
  const exported = await exportAssessments([department.id]);
  setClock('2026-03-10T08:00:00.000Z');
  await save(department.id, percent('services-dossier-digitisation', 90));
  return { department, commune, file: parse(exported.text), before: await snapshot() };
}

test('an assessment here with other content is a conflict in the preview, shown with the one here', async () => {
  const { department, file } = await conflictSetUp();

  const {
    entries: [entry],
  } = await previewImport(file);

  expect(entry?.status).toBe('conflict');
  expect(entry?.existing?.updatedAt).toBe('2026-03-10T08:00:00.000Z');
  expect(entry?.fileAssessment.id).toBe(department.id);
  expect(entry?.fileAssessment.updatedAt).toBe(file.assessments[0]?.assessment.updatedAt);
  expect(entry?.fileAssessment.updatedAt).not.toBe(entry?.existing?.updatedAt);
});

test('keep both: the imported one gets a new id and the copy title; the one here is untouched', async () => {
  const { department, file } = await conflictSetUp();

  const result = await importFile(file, 'keep-both', {
    titleForCopy: (assessment) => `Bản nhập – ${assessment.title ?? assessment.profile.unitName}`,
  });

  const [entry] = result.entries;
  expect(entry).toMatchObject({ action: 'copied', fileId: department.id });
  const copyId = entry?.id ?? '';
  expect(copyId).not.toBe(department.id);
  expect((await readAssessment(copyId))?.title).toBe('Bản nhập – Sở Khoa học và Công nghệ tỉnh Phú Thọ');
  const copyAnswers = await readAnswers(copyId);
  const hereAnswers = await readAnswers(department.id);
  expect(copyAnswers.get('services-dossier-digitisation')?.response).toEqual({
    kind: 'value',
    value: { type: 'percentage', percent: 62.5 },
  });
  expect(hereAnswers.get('services-dossier-digitisation')?.response).toEqual({
    kind: 'value',
    value: { type: 'percentage', percent: 90 },
  });
  expect(await listAssessments()).toHaveLength(3);
});

test('undoing "keep both" removes the copy and leaves the device exactly as before', async () => {
  const { file, before } = await conflictSetUp();

  const result = await importFile(file, 'keep-both');
  await undoImport(result);

  expect(await snapshot()).toBe(before);
});

test('replace: the file wins and the one here is set aside as deleted; undo brings it back exactly', async () => {
  const { department, file, before } = await conflictSetUp();

  const result = await importFile(file, 'replace');

  const [entry] = result.entries;
  expect(entry).toMatchObject({ action: 'replaced', id: department.id, parked: { deletedAt: undefined } });
  const parkedId = entry?.action === 'replaced' ? entry.parked.id : '';
  expect((await readAnswers(department.id)).get('services-dossier-digitisation')?.response).toEqual({
    kind: 'value',
    value: { type: 'percentage', percent: 62.5 },
  });
  expect(await listAssessments()).toHaveLength(2);
  expect((await db.assessments.get(parkedId))?.deletedAt).toBe('2026-03-10T08:00:00.000Z');
  expect(await db.answers.where('assessmentId').equals(parkedId).count()).toBe(3);

  await undoImport(result);

  expect(await snapshot()).toBe(before);
  expect(await db.assessments.get(parkedId)).toBeUndefined();
});

test('an assessment deleted here (awaiting undo) does not block the import, and undo puts it back as deleted', async () => {
  const { department, file } = await conflictSetUp();
  await deleteAssessment(department.id);
  const before = await snapshot();

  const {
    entries: [preview],
  } = await previewImport(file);
  const result = await importFile(file, 'keep-both');

  expect(preview?.status).toBe('new');
  expect(result.entries[0]).toMatchObject({ action: 'added', id: department.id });
  expect((await readAssessment(department.id))?.updatedAt).toBe(file.assessments[0]?.assessment.updatedAt);

  await undoImport(result);
  expect(await snapshot()).toBe(before);
  // The ordinary undo of the delete still works afterwards.
  await undoDeleteAssessment(department.id);
  expect((await readAnswers(department.id)).get('services-dossier-digitisation')?.response).toMatchObject({
    value: { percent: 90 },
  });
});

test('an import that fails half-way writes nothing (one transaction)', async () => {
  await seedDevice();
  const file = parse((await exportAssessments('all')).text);
  setClock('2026-03-10T08:00:00.000Z');
  for (const id of file.assessments.map((entry) => entry.assessment.id)) await renameAssessment(id, 'Đã sửa');
  const before = await snapshot();
  let calls = 0;

  const failing = importFile(file, 'keep-both', {
    titleForCopy: () => {
      calls += 1;
      if (calls === 2) throw new Error('disk full, say');
      return 'Bản sao';
    },
  });

  expect(await failureOf(failing)).toBe('unknown');
  expect(calls).toBe(2);
  expect(await snapshot()).toBe(before);
});

test('undo is refused, changing nothing, once the set-aside assessment was purged', async () => {
  const { file } = await conflictSetUp();
  const result = await importFile(file, 'replace');
  await purgeDeletedAssessments();
  const before = await snapshot();

  expect(await failureOf(undoImport(result))).toBe('invalid');
  expect(await snapshot()).toBe(before);
});

test.each<ImportMode>(['keep-both', 'replace'])(
  'importing new assessments in "%s" mode just adds them',
  async (mode) => {
    const exported = parse(readFileSync(path.join(HOSTILE, 'bom-prefixed.json'), 'utf8'));
    await seedDevice();

    const result = await importFile(exported, mode);

    expect(result.entries).toEqual([{ action: 'added', id: FIXTURE_ID }]);
    expect(await listAssessments()).toHaveLength(3);
  },
);

// ---------------------------------------------------------------------------------------------------------------
// Export marks and the backup reminder
// ---------------------------------------------------------------------------------------------------------------

test('the export status counts the answers and plan items changed since the last export', async () => {
  const [department, commune] = await seedDevice();

  const statusOf = async (id: string) => (await readExportStatus()).find((status) => status.assessmentId === id);
  expect(await statusOf(department.id)).toMatchObject({ lastExportedAt: undefined, changesSinceExport: 4 });

  await markExported([department.id], '2026-03-05T08:00:00.000Z');
  expect(await statusOf(department.id)).toMatchObject({
    lastExportedAt: '2026-03-05T08:00:00.000Z',
    changesSinceExport: 0,
  });
  expect(await statusOf(commune.id)).toMatchObject({ lastExportedAt: undefined, changesSinceExport: 2 });

  setClock('2026-03-06T08:00:00.000Z');
  await save(department.id, percent('services-dossier-digitisation', 70));
  expect(await statusOf(department.id)).toMatchObject({ changesSinceExport: 1 });

  // An older export never moves the mark back; marking does not count as a change.
  await markExported([department.id], '2026-03-01T00:00:00.000Z');
  expect((await statusOf(department.id))?.lastExportedAt).toBe('2026-03-05T08:00:00.000Z');
  expect((await readAssessment(department.id))?.updatedAt).toBe('2026-03-06T08:00:00.000Z');
});

test("imported assessments count as exported at the file's time: only later changes are unexported", async () => {
  const exported = parse(readFileSync(path.join(HOSTILE, 'bom-prefixed.json'), 'utf8'));
  await importFile(exported, 'keep-both');

  expect(await readExportStatus()).toEqual([
    expect.objectContaining({ assessmentId: FIXTURE_ID, lastExportedAt: FIXTURE_EXPORTED_AT, changesSinceExport: 0 }),
  ]);
});

// ---------------------------------------------------------------------------------------------------------------
// Hostile files: each gives its message and leaves the device exactly as it was
// ---------------------------------------------------------------------------------------------------------------

function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(HOSTILE, name)));
}

/** Does what the import screen does: check the bytes, then import (keep both) only if they pass. */
async function attemptImport(bytes: Uint8Array): Promise<ParseFileResult> {
  const result = parseAssessmentBytes(bytes);
  if (result.ok) await importFile(result.file, 'keep-both');
  return result;
}

test.each([
  ['empty.json', 'empty', {}],
  ['truncated.json', 'truncated', {}],
  ['malformed.json', 'not-json', {}],
  ['wrong-types.json', 'invalid', { path: 'assessments[0].answers[3].response.value.percent', issue: 'invalid_type' }],
  ['newer-version.json', 'newer-version', { version: 99, supportedVersion: FORMAT_VERSION }],
  ['not-our-format.json', 'not-our-format', {}],
  ['proto-key.json', 'forbidden-key', { key: '__proto__', path: 'assessments[0].answers[4].__proto__' }],
  [
    'constructor-key.json',
    'forbidden-key',
    { key: 'constructor', path: 'assessments[0].assessment.profile.constructor' },
  ],
  ['deep-nesting.json', 'too-deep', { maxDepth: 32 }],
  [
    'unknown-key.json',
    'invalid',
    { path: 'assessments[0].answers[4].evidence.verifiedBy', issue: 'unrecognized_keys' },
  ],
  ['control-characters.json', 'bad-characters', { path: 'assessments[0].answers[4].note' }],
  ['duplicate-ids.json', 'invalid', { path: 'assessments[1].assessment.id', issue: 'duplicate' }],
  ['other-questionnaire.json', 'other-questionnaire', { questionnaireId: 'vn-digital-transformation-index' }],
  ['windows-1258.json', 'not-utf8', {}],
])('%s is refused as "%s" and changes nothing', async (name, code, params) => {
  await seedDevice();
  const before = await snapshot();

  const result = await attemptImport(readFixture(name));

  expect(result).toEqual({ ok: false, error: { code, params } });
  expect(await snapshot()).toBe(before);
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('a file over 20 MB is refused as "too-large" and changes nothing', async () => {
  await seedDevice();
  const before = await snapshot();
  const valid = readFileSync(path.join(HOSTILE, 'bom-prefixed.json'), 'utf8');
  const huge = new TextEncoder().encode(`${valid}${' '.repeat(MAX_FILE_BYTES)}`);

  expect(await attemptImport(new Uint8Array(huge))).toEqual({
    ok: false,
    error: { code: 'too-large', params: { maxMegabytes: 20 } },
  });
  expect(parseAssessmentFile(valid, MAX_FILE_BYTES + 1)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  expect(await snapshot()).toBe(before);
});

test('script-in-text.json imports; markup, links, templates and formulas are kept verbatim as text', async () => {
  await seedDevice();
  const raw = JSON.parse(readFileSync(path.join(HOSTILE, 'script-in-text.json'), 'utf8')) as AssessmentFile;
  const rawEntry = raw.assessments[0]!;

  const result = await attemptImport(readFixture('script-in-text.json'));

  expect(result.ok).toBe(true);
  const assessment = await readAssessment(FIXTURE_ID);
  expect(assessment?.title).toBe('<script>alert("tiêu đề")</script>');
  expect(assessment?.profile.unitName).toBe(rawEntry.assessment.profile.unitName);
  const answers = await readAnswers(FIXTURE_ID);
  expect(answers.get('services-national-portal')?.note).toBe(
    '<img src=x onerror="alert(\'ghi chú\')"><a href="javascript:alert(1)">Bấm vào đây</a>',
  );
  expect(answers.get('services-national-portal')?.evidence?.issuer).toBe('javascript:alert(document.cookie)');
  expect(answers.get('capacity-obstacles')?.response).toEqual(rawEntry.answers[0]?.response);
  const plan = await db.planItems.get([FIXTURE_ID, 'services-national-portal']);
  expect(plan?.owner).toBe('=HYPERLINK("http://evil.example","Bấm vào")');
  // In a spreadsheet export the formula stays text.
  expect(csvCell(plan?.owner ?? '')).toBe('"\'=HYPERLINK(""http://evil.example"",""Bấm vào"")"');
});

test.each(['bom-prefixed.json', 'nfd-text.json'])(
  '%s imports, and exporting it again gives the canonical file (NFC, no byte-order mark)',
  async (name) => {
    await seedDevice();
    const canonical = readFileSync(path.join(HOSTILE, 'bom-prefixed.json'), 'utf8').replace(/^\uFEFF/, '');

    const result = await attemptImport(readFixture(name));
    setClock(FIXTURE_EXPORTED_AT);
    const exported = await exportAssessments([FIXTURE_ID]);

    expect(result.ok).toBe(true);
    // The app's questionnaire version may have moved on since the fixture was written.
    expect(exported.text).toBe(serializeAssessmentFile({ ...parse(canonical), app: exported.file.app }));
    expect((await readAssessment(FIXTURE_ID))?.profile.unitName).toBe('Ủy ban nhân dân xã Minh Châu'.normalize('NFC'));
  },
);

// ---------------------------------------------------------------------------------------------------------------
// The limit: a device holds at most as many assessments as a backup file
// ---------------------------------------------------------------------------------------------------------------

/** `count` assessments (no answers) put on the device in one bulk write, as older data might have left them. */
async function bulkSeed(count: number, prefix = 'device'): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, index) => `${prefix}-${String(index).padStart(4, '0')}`);
  await db.assessments.bulkAdd(
    ids.map((id, index) => ({
      ...sampleEntry(id).assessment,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
    })),
  );
  return ids;
}

/** A backup of `count` new assessments (no answers: the limit is about assessments). */
function fileOf(count: number, prefix = 'file'): AssessmentFile {
  const base = sampleEntry('base');
  const entries: FileEntry[] = Array.from({ length: count }, (_, index) => ({
    assessment: { ...base.assessment, id: `${prefix}-${String(index).padStart(4, '0')}` },
    answers: [],
    planItems: [],
  }));
  return sampleFile(entries, 'backup');
}

async function limitOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(AssessmentLimitError);
  return (error as AssessmentLimitError).limit;
}

test('an import that brings the device exactly to the limit is imported, and the device still backs up', async () => {
  await bulkSeed(2);
  const file = fileOf(MAX_ASSESSMENTS - 2);

  expect(roomFor(await previewImport(file), 'keep-both')).toEqual({
    onDevice: 2,
    adding: 998,
    room: 998,
    max: 1000,
    fits: true,
  });
  const result = await importFile(file, 'keep-both');

  expect(result.entries).toHaveLength(998);
  expect(await db.assessments.count()).toBe(MAX_ASSESSMENTS);
  const backup = await exportAssessments('all');
  expect(backup.file.assessments).toHaveLength(MAX_ASSESSMENTS);
  expect(readBack(backup.text, backup.file)).toEqual({ ok: true });
});

test('one over the limit is refused with the counts, and nothing is written', async () => {
  await bulkSeed(2);
  const before = await snapshot();
  const file = fileOf(MAX_ASSESSMENTS - 1);

  const room = roomFor(await previewImport(file), 'replace');
  const limit = await limitOf(importFile(file, 'replace'));

  expect(room).toEqual({ onDevice: 2, adding: 999, room: 998, max: 1000, fits: false });
  expect(limit).toEqual({ kind: 'import', onDevice: 2, adding: 999, room: 998, max: 1000, fits: false });
  expect(await snapshot()).toBe(before);
});

test('a full backup (1,000) onto a device holding two is refused: 998 more fit', async () => {
  await bulkSeed(2);
  const before = await dumpDatabase();

  expect(await limitOf(importFile(fileOf(MAX_ASSESSMENTS), 'keep-both'))).toMatchObject({
    onDevice: 2,
    room: 998,
    adding: 1000,
  });
  expect(await dumpDatabase()).toBe(before);
});

test('at the limit: "keep both" adds a copy and is refused; "replace" and identical assessments add none', async () => {
  const ids = await bulkSeed(MAX_ASSESSMENTS - 1);
  const first = ids[0] ?? '';
  const exported = await exportAssessments([first, ids[1] ?? '']);
  await renameAssessment(first, 'Đã sửa trên thiết bị');
  await createAssessment(buildProfile());
  const before = await dumpDatabase();
  const file = parse(exported.text);

  const preview = await previewImport(file);
  expect(preview.entries.map((entry) => entry.status)).toEqual(['conflict', 'identical']);
  expect(roomFor(preview, 'keep-both')).toMatchObject({ onDevice: 1000, adding: 1, room: 0, fits: false });
  expect(await limitOf(importFile(file, 'keep-both'))).toMatchObject({ onDevice: 1000, adding: 1, room: 0 });
  expect(await dumpDatabase()).toBe(before);

  const result = await importFile(file, 'replace');
  expect(result.entries.map((entry) => entry.action)).toEqual(['replaced', 'unchanged']);
  expect(await listAssessments()).toHaveLength(MAX_ASSESSMENTS);
});

test('deleted assessments awaiting undo do not count against the limit (they are never in a backup)', async () => {
  const ids = await bulkSeed(MAX_ASSESSMENTS);
  await deleteAssessment(ids[0] ?? '');

  const result = await importFile(fileOf(1), 'keep-both');

  expect(result.entries).toEqual([{ action: 'added', id: 'file-0000' }]);
  expect((await exportAssessments('all')).file.assessments).toHaveLength(MAX_ASSESSMENTS);
});

test('a device holding more than the limit (older data) is refused a backup with the count; one assessment still exports', async () => {
  const ids = await bulkSeed(MAX_ASSESSMENTS + 1);

  expect(await limitOf(exportAssessments('all'))).toEqual({ kind: 'backup', count: 1001, max: 1000 });
  expect(await failureOf(exportAssessments('all'))).toBe('invalid');
  const single = await exportAssessments([ids[0] ?? '']);
  expect(single.file.kind).toBe('assessment');
  expect(readBack(single.text, single.file)).toEqual({ ok: true });
  // Back at the limit, the backup works again.
  await deleteAssessment(ids[1] ?? '');
  expect((await exportAssessments('all')).file.assessments).toHaveLength(MAX_ASSESSMENTS);
});
