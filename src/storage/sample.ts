/**
 * The sample assessment on this device (issue 13): opened once, then found again, and reset to what it was built
 * with. A device holds one sample at a time, so "open the sample" always leads to the same one and a class never
 * finds two. Otherwise it is an assessment like any other: it counts toward the device's limit, can be renamed,
 * copied, exported and deleted (deleting it lets the next "open" build a new one).
 */
import { assessmentSchema, type Assessment } from '../assessment/assessment-schema';
import { MAX_ASSESSMENTS } from '../exchange/file-limits';
import { answerSchema } from '../questionnaire/answer-schema';
import { planItemSchema } from '../assessment/plan-item-schema';
import { CONTENT_ID, CONTENT_VERSION } from '../questionnaire/content-version';
import { buildSampleContent, type SampleContent } from '../workshop/sample/sample-assessment';
import { db, type StoredAnswer, type StoredPlanItem } from './db';
import { nextRevision } from './record-writer';
import { StorageError, toStorageError } from './storage-error';

/**
 * Who wrote the reset answers, for the section screens open in other tabs: a writer id no tab has, so they take the
 * restored answers as a change from elsewhere instead of keeping what they showed.
 */
const RESET_WRITER = 'sample-reset';

async function guard<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toStorageError(error);
  }
}

function validated(content: SampleContent): SampleContent {
  // Checked like every other write: the sample's data is code, but a schema change must fail here, not on disk.
  for (const answer of content.answers) {
    if (!answerSchema.safeParse(answer).success) throw new StorageError('invalid', new Error(answer.questionId));
  }
  for (const item of content.planItems) {
    if (!planItemSchema.safeParse(item).success) throw new StorageError('invalid', new Error(item.questionId));
  }
  return content;
}

const findSample = () =>
  db.assessments.filter((assessment) => assessment.sample === true && !assessment.deletedAt).first();

/** The sample on this device, if there is one (not one deleted and awaiting undo). */
export function readSample(): Promise<Assessment | undefined> {
  return guard(findSample);
}

/**
 * The device's sample: the one already there, or a new one for `today` (YYYY-MM-DD, the local day), built and
 * written in one transaction with all its answers and plan.
 */
export async function openSample(today: string): Promise<Assessment> {
  const timestamp = new Date().toISOString();
  const content = validated(buildSampleContent(today, timestamp));
  return guard(() =>
    db.transaction('rw', [db.assessments, db.answers, db.planItems], async () => {
      const existing = await findSample();
      if (existing) return existing;
      const count = await db.assessments.filter((assessment) => !assessment.deletedAt).count();
      if (count >= MAX_ASSESSMENTS) throw new StorageError('limit');
      const parsed = assessmentSchema.safeParse({
        id: crypto.randomUUID(),
        profile: content.profile,
        questionnaireId: CONTENT_ID,
        questionnaireVersion: CONTENT_VERSION,
        createdAt: timestamp,
        updatedAt: timestamp,
        sample: true,
      } satisfies Assessment);
      if (!parsed.success) throw new StorageError('invalid', parsed.error);
      await db.assessments.add(parsed.data);
      await db.answers.bulkAdd(
        content.answers.map((answer): StoredAnswer => ({ ...answer, assessmentId: parsed.data.id })),
      );
      await db.planItems.bulkAdd(
        content.planItems.map((item): StoredPlanItem => ({ ...item, assessmentId: parsed.data.id })),
      );
      return parsed.data;
    }),
  );
}

/**
 * Puts the sample back as it was built, for `today`: its profile, every answer and the plan, and no security-by-level
 * workbench records (the sample is built without any), in one transaction, so
 * that a reset stopped half-way leaves the trainer's edits rather than a mix. Its id, creation time and anything
 * device-only (when it was last exported) stay; a title given to it goes, as the original had none.
 */
export async function resetSample(id: string, today: string): Promise<Assessment> {
  const timestamp = new Date().toISOString();
  const content = validated(buildSampleContent(today, timestamp));
  return guard(() =>
    db.transaction('rw', [db.assessments, db.answers, db.planItems, db.systemSecurity, db.unitSecurity], async () => {
      const current = await db.assessments.get(id);
      if (!current || current.deletedAt || current.sample !== true) {
        throw new StorageError('invalid', new Error(`No sample assessment ${id}`));
      }
      const stored = new Map(
        (await db.answers.where('assessmentId').equals(id).toArray()).map((record) => [record.questionId, record]),
      );
      const now = Date.now();
      const answers = content.answers.map((answer): StoredAnswer => ({
        ...answer,
        assessmentId: id,
        revision: nextRevision(stored.get(answer.questionId)?.revision, now),
        writer: RESET_WRITER,
      }));
      // What the trainer typed for questions the sample leaves blank is cleared, so that it reads as unanswered.
      const restored = new Set(content.answers.map((answer) => answer.questionId));
      const cleared = [...stored.values()]
        .filter((record) => !restored.has(record.questionId))
        .map((record): StoredAnswer => ({
          assessmentId: id,
          questionId: record.questionId,
          updatedAt: timestamp,
          revision: nextRevision(record.revision, now),
          writer: RESET_WRITER,
        }));
      await db.answers.bulkPut([...answers, ...cleared]);
      await db.planItems.where('assessmentId').equals(id).delete();
      await db.planItems.bulkAdd(content.planItems.map((item): StoredPlanItem => ({ ...item, assessmentId: id })));
      await db.systemSecurity.where('assessmentId').equals(id).delete();
      await db.unitSecurity.delete(id);
      const { title: _title, resumeAt: _resumeAt, ...kept } = current;
      const next: Assessment = { ...kept, profile: content.profile, updatedAt: timestamp };
      const parsed = assessmentSchema.safeParse(next);
      if (!parsed.success) throw new StorageError('invalid', parsed.error);
      await db.assessments.put(parsed.data);
      return parsed.data;
    }),
  );
}
