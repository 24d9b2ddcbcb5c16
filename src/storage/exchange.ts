/**
 * Assessment files and the device: export (one assessment, some, or a full backup), import, undo an import (the
 * export bookkeeping behind the backup reminder is `export-status.ts`, which the first screen loads without this). The
 * file format itself (schema, writing, reading, checks) is pure code in `src/exchange/`; this module only reads and
 * writes the database. An assessment travels whole: its answers, plan items and security-by-level workbench records
 * (`systemSecurity`, `unitSecurity`) are read, written, set aside and brought back together.
 *
 * - Export reads everything in one read transaction, so a file never mixes states of two moments.
 * - Import writes everything in one transaction: a failure (full disk, a bug) leaves the device as it was.
 * - Import never overwrites silently: an assessment already here with the same content is left alone; with other
 *   content the user chooses "keep both" (the imported one gets a new id) or "replace" (the one here is set aside as
 *   deleted, so `undoImport` can bring it back until the app next starts, like an ordinary delete).
 * - The device holds at most `MAX_ASSESSMENTS`, as many as one backup file (`src/exchange/import-limit.ts`): an
 *   import that would take it past that is refused before anything is written (`AssessmentLimitError`), and a
 *   backup of a device that holds more (older data) is refused with the count instead of failing validation.
 */
import { assessmentSchema, type Assessment } from '../assessment/assessment-schema';
import { MAX_ASSESSMENTS, type AssessmentFile, type FileAssessment, type FileEntry } from '../exchange/file-format';
import {
  countAdded,
  importRoom,
  type ImportEntryStatus,
  type ImportMode,
  type ImportRoom,
} from '../exchange/import-limit';
import { buildAssessmentFile, canonicalFile, serializeAssessmentFile, serializeEntry } from '../exchange/serialize';
import { questionnaire } from '../questionnaire/questionnaire';
import { toAnswerMap } from './answers';
import {
  db,
  type StoredAnswer,
  type StoredAssessment,
  type StoredPlanItem,
  type StoredSystemSecurity,
  type StoredUnitSecurity,
} from './db';
import type { MarkedAssessment } from './export-status';
import { toPlanItemMap } from './plan-items';
import { StorageError, withStorageErrors } from './storage-error';
import { toSystemSecurityMap, toUnitSecurity } from './system-security';

const now = () => new Date().toISOString();
/** Every table holding part of an assessment: a file carries all of them, and an import writes all in one go. */
const TABLES = () => [db.assessments, db.answers, db.planItems, db.systemSecurity, db.unitSecurity];

const guard = withStorageErrors;

function notFound(id: string): StorageError {
  return new StorageError('invalid', new Error(`No assessment ${id}`));
}

/** What went past the limit: an import (with the counts to tell the user), or a backup of too many assessments. */
export type AssessmentLimit = ({ kind: 'import' } & ImportRoom) | { kind: 'backup'; count: number; max: number };

/**
 * Refused because of the limit on assessments (a `StorageError` of kind `invalid`, so that any screen reports it;
 * the import screen tells the counts, `exchange.errors.too-many-to-back-up` is the backup's message). Nothing was
 * written.
 */
export class AssessmentLimitError extends StorageError {
  readonly limit: AssessmentLimit;

  constructor(limit: AssessmentLimit) {
    super('invalid', new Error(`Assessment limit: ${JSON.stringify(limit)}`));
    this.name = 'AssessmentLimitError';
    this.limit = limit;
  }
}

/** Assessments on the device, as a backup counts them: deleted ones awaiting undo are left out. */
function countOnDevice(): Promise<number> {
  return db.assessments.filter((assessment) => !assessment.deletedAt).count();
}

/** The entry of one stored assessment, as a file holds it (records failing validation are left out, as on screen). */
async function readEntry(assessment: StoredAssessment): Promise<FileEntry> {
  const [answers, planItems, systemSecurity, unitSecurity] = await Promise.all([
    db.answers.where('assessmentId').equals(assessment.id).toArray(),
    db.planItems.where('assessmentId').equals(assessment.id).toArray(),
    db.systemSecurity.where('assessmentId').equals(assessment.id).toArray(),
    db.unitSecurity.get(assessment.id),
  ]);
  const unit = toUnitSecurity(unitSecurity);
  return {
    assessment,
    answers: [...toAnswerMap(answers).values()],
    planItems: [...toPlanItemMap(planItems).values()],
    systemSecurity: [...toSystemSecurityMap(systemSecurity).values()],
    ...(unit ? { unitSecurity: unit } : {}),
  };
}

export interface ExportedFile {
  file: AssessmentFile;
  /** The bytes to save (UTF-8, no byte-order mark); `readBack` checks them before the app says "saved". */
  text: string;
  assessmentIds: string[];
}

/**
 * One assessment (kind "assessment"), several, or every assessment on the device (`'all'`, kind "backup").
 * Deleted assessments (awaiting undo) are never exported; asking for one, or for an unknown id, fails as `invalid`.
 */
export async function exportAssessments(ids: readonly string[] | 'all'): Promise<ExportedFile> {
  const exportedAt = now();
  const entries = await guard(() =>
    db.transaction('r', TABLES(), async () => {
      let assessments: StoredAssessment[];
      if (ids === 'all') {
        assessments = (await db.assessments.toArray()).filter((assessment) => !assessment.deletedAt);
      } else {
        const unique = [...new Set(ids)];
        const found = await db.assessments.bulkGet(unique);
        assessments = found.map((assessment, index) => {
          if (!assessment || assessment.deletedAt) throw notFound(unique[index] ?? '');
          return assessment;
        });
      }
      // A device that holds more than a file can (data from before the limit): say so, rather than "not valid".
      if (assessments.length > MAX_ASSESSMENTS) {
        throw new AssessmentLimitError({ kind: 'backup', count: assessments.length, max: MAX_ASSESSMENTS });
      }
      return Promise.all(assessments.map(readEntry));
    }),
  );
  let file: AssessmentFile;
  try {
    file = buildAssessmentFile({
      kind: ids !== 'all' && entries.length === 1 ? 'assessment' : 'backup',
      exportedAt,
      questionnaire,
      entries,
    });
  } catch (error) {
    throw new StorageError('invalid', error);
  }
  return {
    file,
    text: serializeAssessmentFile(file),
    assessmentIds: file.assessments.map((entry) => entry.assessment.id),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------------------------

export type { ImportEntryStatus, ImportMode, ImportRoom };

export interface ImportPreviewEntry {
  id: string;
  status: ImportEntryStatus;
  fileAssessment: FileAssessment;
  /** The one on this device, for a conflict: the screen can show both titles and "last changed" times. */
  existing?: Assessment;
}

/** Set aside by an import: an assessment moved to a new id, marked deleted; `undoImport` moves it back. */
export interface ParkedAssessment {
  id: string;
  /** Its `deletedAt` before the import: undefined when it was visible (replaced), set when it was already deleted. */
  deletedAt?: string;
}

export type ImportedEntry =
  | { action: 'added'; id: string; parked?: ParkedAssessment }
  | { action: 'copied'; id: string; fileId: string }
  | { action: 'replaced'; id: string; parked: ParkedAssessment }
  | { action: 'unchanged'; id: string };

export interface ImportResult {
  importedAt: string;
  entries: ImportedEntry[];
}

export interface ImportOptions {
  /**
   * The title of the imported copy when both are kept, e.g. "Bản nhập – {title or unit and period}" in the
   * user's language (storage does not translate). Cut to 200 characters. Default: the file's title.
   */
  titleForCopy?: (assessment: FileAssessment) => string | undefined;
}

async function statusOf(entry: FileEntry): Promise<{ status: ImportEntryStatus; existing?: StoredAssessment }> {
  const existing = await db.assessments.get(entry.assessment.id);
  if (!existing || existing.deletedAt) return { status: 'new', existing };
  let same = false;
  try {
    same = serializeEntry(await readEntry(existing)) === serializeEntry(entry);
  } catch {
    // The record here does not pass validation (hand-edited?): not the same, so the user decides.
  }
  return { status: same ? 'identical' : 'conflict', existing };
}

function toCanonical(file: AssessmentFile): AssessmentFile {
  try {
    return canonicalFile(file);
  } catch (error) {
    throw new StorageError('invalid', error);
  }
}

export interface ImportPreview {
  /** In the file's canonical order (by creation time, then id), as `importFile` goes through them. */
  entries: ImportPreviewEntry[];
  /** Assessments on the device now, for the limit (`roomFor`). */
  onDevice: number;
}

/** Whether the import fits on the device in this mode, with the counts to tell the user when it does not. */
export function roomFor(preview: ImportPreview, mode: ImportMode): ImportRoom {
  return importRoom(
    preview.onDevice,
    countAdded(
      preview.entries.map((entry) => entry.status),
      mode,
    ),
  );
}

/** What an import would do, per assessment, before asking the user anything. Reads only. */
export async function previewImport(file: AssessmentFile): Promise<ImportPreview> {
  const canonical = toCanonical(file);
  return guard(() =>
    db.transaction('r', TABLES(), async () => {
      const entries: ImportPreviewEntry[] = [];
      for (const entry of canonical.assessments) {
        const { status, existing } = await statusOf(entry);
        entries.push({
          id: entry.assessment.id,
          status,
          fileAssessment: entry.assessment,
          ...(status === 'conflict' && existing ? { existing } : {}),
        });
      }
      return { entries, onDevice: await countOnDevice() };
    }),
  );
}

/**
 * Moves an assessment with its answers, plan items and workbench records to another id (keys cannot change in
 * place). Records are moved as stored (revisions, writers, drafts, even ones failing validation): nothing is lost.
 */
async function moveAssessment(fromId: string, toId: string, change: (a: MarkedAssessment) => MarkedAssessment) {
  const current: MarkedAssessment | undefined = await db.assessments.get(fromId);
  if (!current) throw notFound(fromId);
  const answers = await db.answers.where('assessmentId').equals(fromId).toArray();
  const planItems = await db.planItems.where('assessmentId').equals(fromId).toArray();
  const systemSecurity = await db.systemSecurity.where('assessmentId').equals(fromId).toArray();
  const unitSecurity = await db.unitSecurity.get(fromId);
  await removeAssessment(fromId);
  await db.assessments.add(change({ ...current, id: toId }));
  await db.answers.bulkAdd(answers.map((answer): StoredAnswer => ({ ...answer, assessmentId: toId })));
  await db.planItems.bulkAdd(planItems.map((item): StoredPlanItem => ({ ...item, assessmentId: toId })));
  await db.systemSecurity.bulkAdd(
    systemSecurity.map((record): StoredSystemSecurity => ({ ...record, assessmentId: toId })),
  );
  if (unitSecurity) await db.unitSecurity.add({ ...unitSecurity, assessmentId: toId });
}

async function removeAssessment(id: string) {
  await db.answers.where('assessmentId').equals(id).delete();
  await db.planItems.where('assessmentId').equals(id).delete();
  await db.systemSecurity.where('assessmentId').equals(id).delete();
  await db.unitSecurity.delete(id);
  await db.assessments.delete(id);
}

function cutTitle(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  let cut = title.normalize('NFC').trim();
  if (cut.length > 200) {
    cut = cut.slice(0, 200);
    // Never leave half of a surrogate pair at the end.
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  }
  return cut.trim() || undefined;
}

async function addEntry(entry: FileEntry, id: string, title: string | undefined, exportedAt: string) {
  const result = assessmentSchema.safeParse({ ...entry.assessment, id, title });
  if (!result.success) throw new StorageError('invalid', result.error);
  // The imported assessment is in the file it came from: only changes made here after import count as unexported.
  const assessment: MarkedAssessment = { ...result.data, lastExportedAt: exportedAt };
  // Leftovers of an assessment purged long ago must not mix into the imported one.
  await removeAssessment(id);
  await db.assessments.add(assessment);
  await db.answers.bulkAdd(entry.answers.map((answer): StoredAnswer => ({ ...answer, assessmentId: id })));
  await db.planItems.bulkAdd(entry.planItems.map((item): StoredPlanItem => ({ ...item, assessmentId: id })));
  // Every record of the file, a system no longer in the inventory's too (docs/file-format.md).
  await db.systemSecurity.bulkAdd(
    (entry.systemSecurity ?? []).map((record): StoredSystemSecurity => ({ ...record, assessmentId: id })),
  );
  if (entry.unitSecurity) {
    await db.unitSecurity.add({ ...entry.unitSecurity, assessmentId: id } satisfies StoredUnitSecurity);
  }
}

/**
 * Imports a file returned by `parseAssessmentFile` (so already checked), in one transaction. For an assessment
 * already on the device with other content, `mode` decides: keep both (the imported one gets a new id and
 * `titleForCopy`) or replace (the one here is set aside as deleted, for `undoImport`). An assessment already here
 * with the same content is left alone (`unchanged`: not even its export mark moves). Refused, writing nothing,
 * with an `AssessmentLimitError` when the device would hold more than `MAX_ASSESSMENTS` afterwards.
 */
export async function importFile(
  file: AssessmentFile,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const canonical = toCanonical(file);
  const importedAt = now();
  return guard(() =>
    db.transaction('rw', TABLES(), async () => {
      // Every status first: the limit is checked before the first write.
      const planned: { entry: FileEntry; status: ImportEntryStatus; existing?: StoredAssessment }[] = [];
      for (const entry of canonical.assessments) planned.push({ entry, ...(await statusOf(entry)) });
      const room = importRoom(
        await countOnDevice(),
        countAdded(
          planned.map(({ status }) => status),
          mode,
        ),
      );
      if (!room.fits) throw new AssessmentLimitError({ kind: 'import', ...room });
      const entries: ImportedEntry[] = [];
      for (const { entry, status, existing } of planned) {
        const { id } = entry.assessment;
        if (status === 'identical') {
          entries.push({ action: 'unchanged', id });
        } else if (status === 'conflict' && mode === 'keep-both') {
          const copyId = crypto.randomUUID();
          const title = options.titleForCopy ? options.titleForCopy(entry.assessment) : entry.assessment.title;
          await addEntry(entry, copyId, cutTitle(title), canonical.exportedAt);
          entries.push({ action: 'copied', id: copyId, fileId: id });
        } else if (existing) {
          // Replace, or a deleted one (awaiting undo) in the way: set it aside, deleted, under a new id.
          const parked: ParkedAssessment = { id: crypto.randomUUID(), deletedAt: existing.deletedAt };
          await moveAssessment(id, parked.id, (moved) => ({ ...moved, deletedAt: existing.deletedAt ?? importedAt }));
          await addEntry(entry, id, entry.assessment.title, canonical.exportedAt);
          entries.push(status === 'conflict' ? { action: 'replaced', id, parked } : { action: 'added', id, parked });
        } else {
          await addEntry(entry, id, entry.assessment.title, canonical.exportedAt);
          entries.push({ action: 'added', id });
        }
      }
      return { importedAt, entries };
    }),
  );
}

/**
 * Undoes an import in one transaction: removes what it added (with any change made to it since) and brings back what
 * it set aside. Fails as `invalid`, changing nothing, when something set aside is gone (the app restarted and
 * purged it).
 */
export async function undoImport(result: ImportResult): Promise<void> {
  await guard(() =>
    db.transaction('rw', TABLES(), async () => {
      for (const entry of [...result.entries].reverse()) {
        if (entry.action === 'unchanged') continue;
        const parked = entry.action === 'copied' ? undefined : entry.parked;
        if (parked && !(await db.assessments.get(parked.id))) throw notFound(parked.id);
        await removeAssessment(entry.id);
        if (parked) {
          await moveAssessment(parked.id, entry.id, ({ deletedAt: _deletedAt, ...rest }) =>
            parked.deletedAt ? { ...rest, deletedAt: parked.deletedAt } : rest,
          );
        }
      }
    }),
  );
}
