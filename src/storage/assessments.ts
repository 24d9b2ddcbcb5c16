/**
 * Assessments on this device: create, read, rename, duplicate, delete with undo. Every write is validated with the
 * same zod schemas the forms use, so nothing malformed reaches IndexedDB, and every failure comes back as a
 * `StorageError` a screen can explain.
 */
import { assessmentSchema, type Assessment } from '../assessment/assessment-schema';
import type { Profile } from '../assessment/profile-schema';
import { MAX_ASSESSMENTS } from '../exchange/file-limits';
import { CONTENT_ID, CONTENT_VERSION } from '../questionnaire/content-version';
import { db, type StoredAnswer, type StoredPlanItem, type StoredSystemSecurity } from './db';
import { StorageError, toStorageError } from './storage-error';

const now = () => new Date().toISOString();

async function guard<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toStorageError(error);
  }
}

function validated(assessment: Assessment): Assessment {
  const result = assessmentSchema.safeParse(assessment);
  if (!result.success) throw new StorageError('invalid', result.error);
  return result.data;
}

/**
 * A device holds at most as many assessments as one backup file (docs/file-format.md, "Limits"): creating or copying
 * one more is refused, so that the device can always be backed up.
 */
async function assertRoomForOneMore() {
  const count = await db.assessments.filter((assessment) => !assessment.deletedAt).count();
  if (count >= MAX_ASSESSMENTS) throw new StorageError('limit');
}

/**
 * A new assessment; with `sessionId`, it belongs to that participant's session on a shared device (issue 13), which
 * must still be there (a session ended in another tab takes no new work).
 */
export async function createAssessment(
  profile: Profile,
  { sessionId }: { sessionId?: string } = {},
): Promise<Assessment> {
  const timestamp = now();
  const assessment = validated({
    id: crypto.randomUUID(),
    profile,
    questionnaireId: CONTENT_ID,
    questionnaireVersion: CONTENT_VERSION,
    createdAt: timestamp,
    updatedAt: timestamp,
    ...(sessionId ? { sessionId } : {}),
  });
  await guard(() =>
    db.transaction('rw', db.assessments, db.sessions, async () => {
      if (sessionId && !(await db.sessions.get(sessionId))) {
        throw new StorageError('invalid', new Error(`No session ${sessionId}`));
      }
      await assertRoomForOneMore();
      await db.assessments.add(assessment);
    }),
  );
  return assessment;
}

/** Reads one assessment; deleted ones (awaiting undo or purge) are not found. */
export async function readAssessment(id: string): Promise<Assessment | undefined> {
  const stored = await guard(() => db.assessments.get(id));
  return stored && !stored.deletedAt ? stored : undefined;
}

export async function listAssessments(): Promise<Assessment[]> {
  const all = await guard(() => db.assessments.orderBy('updatedAt').reverse().toArray());
  return all.filter((assessment) => !assessment.deletedAt);
}

async function updateAssessment(id: string, change: (current: Assessment) => Assessment): Promise<Assessment> {
  return guard(() =>
    db.transaction('rw', db.assessments, async () => {
      const current = await db.assessments.get(id);
      if (!current) throw new StorageError('invalid', new Error(`No assessment ${id}`));
      const next = validated(change(current));
      await db.assessments.put(next);
      return next;
    }),
  );
}

export function updateProfile(id: string, profile: Profile): Promise<Assessment> {
  return updateAssessment(id, (current) => ({ ...current, profile, updatedAt: now() }));
}

/**
 * Records that the person closed the notice of a content upgrade. Not a change to the assessment's content, so its
 * "last change" stays (and the notice's state never reaches a file).
 */
export function closeUpgradeNotice(id: string): Promise<Assessment> {
  return updateAssessment(id, (current) => ({ ...current, upgradeNoticeClosedAt: now() }));
}

/** An empty title brings back the default one (unit and period). */
export function renameAssessment(id: string, title: string): Promise<Assessment> {
  const trimmed = title.trim();
  return updateAssessment(id, (current) => ({ ...current, title: trimmed || undefined, updatedAt: now() }));
}

/**
 * Copies an assessment with all its answers, plan items and security-by-level workbench records, for the next
 * period's follow-up: the copy is for the following year, keeps the unit and every answer, and starts without a
 * custom title.
 */
export async function duplicateAssessment(id: string): Promise<Assessment> {
  return guard(() =>
    db.transaction('rw', [db.assessments, db.answers, db.planItems, db.systemSecurity, db.unitSecurity], async () => {
      const source = await db.assessments.get(id);
      if (!source || source.deletedAt) throw new StorageError('invalid', new Error(`No assessment ${id}`));
      await assertRoomForOneMore();
      const timestamp = now();
      const copy = validated({
        id: crypto.randomUUID(),
        profile: { ...source.profile, periodYear: source.profile.periodYear + 1 },
        questionnaireId: source.questionnaireId,
        questionnaireVersion: source.questionnaireVersion,
        createdAt: timestamp,
        updatedAt: timestamp,
        duplicatedFrom: source.id,
        // A participant's copy stays in their session, so handing in takes it too.
        ...(source.sessionId ? { sessionId: source.sessionId } : {}),
      });
      const answers = await db.answers.where('assessmentId').equals(id).toArray();
      await db.assessments.add(copy);
      await db.answers.bulkAdd(answers.map((answer): StoredAnswer => ({ ...answer, assessmentId: copy.id })));
      // The plan carries over too: next year's follow-up starts from this year's owners and progress.
      const planItems = await db.planItems.where('assessmentId').equals(id).toArray();
      await db.planItems.bulkAdd(planItems.map((item): StoredPlanItem => ({ ...item, assessmentId: copy.id })));
      // So do the workbench's records: classifications, dossiers in progress and the dates duties run from.
      const systemSecurity = await db.systemSecurity.where('assessmentId').equals(id).toArray();
      await db.systemSecurity.bulkAdd(
        systemSecurity.map((record): StoredSystemSecurity => ({ ...record, assessmentId: copy.id })),
      );
      const unitSecurity = await db.unitSecurity.get(id);
      if (unitSecurity) await db.unitSecurity.add({ ...unitSecurity, assessmentId: copy.id });
      return copy;
    }),
  );
}

/** Hides the assessment at once; its data stays until `purgeDeletedAssessments`, so the user can undo. */
export function deleteAssessment(id: string): Promise<Assessment> {
  return updateAssessment(id, (current) => ({ ...current, deletedAt: now() }));
}

export function undoDeleteAssessment(id: string): Promise<Assessment> {
  return updateAssessment(id, ({ deletedAt: _deletedAt, ...rest }) => rest);
}

/**
 * Removes deleted assessments with their answers, plan items and workbench records for good. Called when the app starts: a deletion can be undone
 * until then, and on a shared device nothing deleted lingers longer than one session. With `deletedBefore` (the
 * start's time), only what was deleted before it: the app runs this beside its first screen, where a person may
 * already be deleting (and undoing).
 */
export async function purgeDeletedAssessments(deletedBefore?: string): Promise<number> {
  const isPurged = ({ deletedAt }: Assessment) =>
    deletedAt !== undefined && (deletedBefore === undefined || Date.parse(deletedAt) < Date.parse(deletedBefore));
  return guard(() =>
    db.transaction('rw', [db.assessments, db.answers, db.planItems, db.systemSecurity, db.unitSecurity], async () => {
      const deleted = (await db.assessments.toArray()).filter(isPurged);
      for (const assessment of deleted) {
        await db.answers.where('assessmentId').equals(assessment.id).delete();
        await db.planItems.where('assessmentId').equals(assessment.id).delete();
        await db.systemSecurity.where('assessmentId').equals(assessment.id).delete();
        await db.unitSecurity.delete(assessment.id);
        await db.assessments.delete(assessment.id);
      }
      return deleted.length;
    }),
  );
}
