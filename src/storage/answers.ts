/**
 * The answers of one assessment. Autosave sends only what changed; the answers, the cleared questions and the
 * assessment's "last change" and "resume here" are written in one transaction, so a crash leaves either all of it
 * or none of it.
 */
import type { Assessment } from '../assessment/assessment-schema';
import { answerSchema, type Answer } from '../questionnaire/answer-schema';
import { db, type StoredAnswer } from './db';
import { requestPersistentStorage } from './persistence';
import { StorageError, toStorageError } from './storage-error';

export interface AnswerChanges {
  saved: readonly Answer[];
  /** Questions the user emptied: their stored answer is removed. */
  clearedQuestionIds: readonly string[];
  resumeAt?: Assessment['resumeAt'];
}

export async function saveAnswers(assessmentId: string, changes: AnswerChanges): Promise<void> {
  const records = changes.saved.map((answer): StoredAnswer => {
    const result = answerSchema.safeParse(answer);
    if (!result.success) throw new StorageError('invalid', result.error);
    return { ...result.data, assessmentId };
  });
  try {
    await db.transaction('rw', db.assessments, db.answers, async () => {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment || assessment.deletedAt) throw new StorageError('invalid', new Error('Assessment not found'));
      await db.answers.bulkPut(records);
      await db.answers.bulkDelete(
        changes.clearedQuestionIds.map((questionId): [string, string] => [assessmentId, questionId]),
      );
      await db.assessments.update(assessmentId, {
        updatedAt: new Date().toISOString(),
        ...(changes.resumeAt ? { resumeAt: changes.resumeAt } : {}),
      });
    });
  } catch (error) {
    throw toStorageError(error);
  }
  // Real work is now on disk: the right moment to ask the browser to keep it.
  if (changes.saved.length > 0) void requestPersistentStorage();
}

/** Records only where the user moved to, without touching "last change". */
export async function saveResumePoint(assessmentId: string, resumeAt: NonNullable<Assessment['resumeAt']>) {
  try {
    await db.assessments.update(assessmentId, { resumeAt });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Answers keyed by question id. Records that fail validation (e.g. hand-edited) are left out, not thrown. */
export async function readAnswers(assessmentId: string): Promise<Map<string, Answer>> {
  try {
    const records = await db.answers.where('assessmentId').equals(assessmentId).toArray();
    return toAnswerMap(records);
  } catch (error) {
    throw toStorageError(error);
  }
}

export function toAnswerMap(records: readonly StoredAnswer[]): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  for (const record of records) {
    const { assessmentId: _assessmentId, ...answer } = record;
    const result = answerSchema.safeParse(answer);
    if (result.success) answers.set(result.data.questionId, result.data);
  }
  return answers;
}

/**
 * For `pagehide`: the page may be gone before any further event, so the answers are written with requests issued
 * now and committed at once (no read first). The assessment's "last change" is left as it is.
 */
export function saveAnswersNow(assessmentId: string, changes: AnswerChanges): void {
  const records = changes.saved.map((answer): StoredAnswer => ({ ...answerSchema.parse(answer), assessmentId }));
  const idb = db.isOpen() ? db.backendDB() : undefined;
  if (!idb) return;
  const transaction = idb.transaction(['answers'], 'readwrite');
  const store = transaction.objectStore('answers');
  records.forEach((record) => store.put(record));
  changes.clearedQuestionIds.forEach((questionId) => store.delete([assessmentId, questionId]));
  transaction.commit();
}
