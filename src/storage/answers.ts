/**
 * The answers of one assessment. Every write of a question stores one record: the answer made of the valid parts
 * of what was typed, the draft when something typed cannot be shown from the answer alone (an invalid part, a value
 * set aside), and a revision with the id of the writer (tab) that made it, so that other tabs can tell a newer
 * write from the echo of their own (`record-writer.ts`). Clearing a question writes a record with neither answer
 * nor draft, never a delete, for the same reason. The records, the assessment's "last change" and "resume here"
 * are written in one transaction, so a crash leaves either all of it or none of it.
 */
import type { Assessment } from '../assessment/assessment-schema';
import { answerDraftRecordSchema, type AnswerEntry } from '../questionnaire/answer-entry';
import { answerSchema, type Answer } from '../questionnaire/answer-schema';
import { db, type StoredAnswer } from './db';
import { requestPersistentStorage } from './persistence';
import { nextRevision, type StoredRecord } from './record-writer';
import { StorageError, toStorageError } from './storage-error';

export interface AnswerChanges {
  saved: readonly Answer[];
  /** Questions the user emptied: their stored answer is removed. */
  clearedQuestionIds: readonly string[];
  resumeAt?: Assessment['resumeAt'];
}

/** The writer id of records written through `saveAnswers` (tests, seeding), not by a tab's form. */
const DIRECT_WRITER = 'direct';

function toRecord(
  assessmentId: string,
  questionId: string,
  entry: AnswerEntry,
  writer: string,
  revision: number,
): StoredAnswer {
  const updatedAt = entry.answer?.updatedAt ?? new Date().toISOString();
  const record: StoredAnswer = { questionId, updatedAt, assessmentId, revision, writer };
  if (entry.answer) {
    const result = answerSchema.safeParse(entry.answer);
    if (!result.success || result.data.questionId !== questionId) throw new StorageError('invalid', result.error);
    Object.assign(record, result.data);
  }
  if (entry.draft) {
    const result = answerDraftRecordSchema.safeParse(entry.draft);
    if (!result.success) throw new StorageError('invalid', result.error);
    record.draft = result.data;
  }
  return record;
}

/**
 * Writes the entries of several questions in one transaction and returns the revision each got. `resumeAt`, when
 * given, records where the person was.
 */
/** The name of the User Timing measure of each committed answer write (scripts/benchmark.sh reads it). */
export const ANSWER_WRITE_MEASURE = 'egov-readiness:answer-write';

const MAX_WRITE_MEASURES = 1000;
let writeMeasures = 0;

/**
 * A User Timing entry per committed autosave, from the write's start to the commit, for the benchmark and DevTools'
 * Performance panel. The browser never drops such entries itself, so a long day's work clears them now and then.
 */
function recordWriteDuration(startedAt: number) {
  if (typeof performance.measure !== 'function') return;
  writeMeasures += 1;
  if (writeMeasures > MAX_WRITE_MEASURES) {
    performance.clearMeasures(ANSWER_WRITE_MEASURE);
    writeMeasures = 1;
  }
  performance.measure(ANSWER_WRITE_MEASURE, { start: startedAt, end: performance.now() });
}

export async function writeAnswerEntries(
  assessmentId: string,
  entries: ReadonlyMap<string, AnswerEntry>,
  writer: string,
  resumeAt?: Assessment['resumeAt'],
): Promise<Map<string, number>> {
  const startedAt = performance.now();
  const questionIds = [...entries.keys()];
  // Validated before the transaction: a bad entry fails the write without touching the disk.
  const drafts = questionIds.map((questionId) =>
    toRecord(assessmentId, questionId, entries.get(questionId) ?? {}, writer, 0),
  );
  const revisions = new Map<string, number>();
  try {
    await db.transaction('rw', db.assessments, db.answers, async () => {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment || assessment.deletedAt) throw new StorageError('invalid', new Error('Assessment not found'));
      const stored = await db.answers.bulkGet(
        questionIds.map((questionId): [string, string] => [assessmentId, questionId]),
      );
      const now = Date.now();
      const records = drafts.map((record, index) => {
        const revision = nextRevision(stored[index]?.revision, now);
        revisions.set(record.questionId, revision);
        return { ...record, revision };
      });
      await db.answers.bulkPut(records);
      await db.assessments.update(assessmentId, {
        updatedAt: new Date().toISOString(),
        ...(resumeAt ? { resumeAt } : {}),
      });
    });
  } catch (error) {
    throw toStorageError(error);
  }
  recordWriteDuration(startedAt);
  // Real work is now on disk: the right moment to ask the browser to keep it.
  if ([...entries.values()].some((entry) => entry.answer)) void requestPersistentStorage();
  return revisions;
}

/**
 * For `pagehide`: the page may be gone before any further event, so the records are written with requests issued
 * now and committed at once (no read first: the revisions come from what the writer knew). The assessment's "last
 * change" is left as it is.
 */
export function writeAnswerEntriesNow(
  assessmentId: string,
  entries: ReadonlyMap<string, AnswerEntry>,
  writer: string,
  revisions: ReadonlyMap<string, number>,
): void {
  const records = [...entries].map(([questionId, entry]) =>
    toRecord(assessmentId, questionId, entry, writer, revisions.get(questionId) ?? Date.now()),
  );
  const idb = db.isOpen() ? db.backendDB() : undefined;
  if (!idb) return;
  const transaction = idb.transaction(['answers'], 'readwrite');
  const store = transaction.objectStore('answers');
  records.forEach((record) => store.put(record));
  transaction.commit();
}

/** Saves answers and clears questions directly (not through a form's writer): seeding, tests, tools. */
export async function saveAnswers(assessmentId: string, changes: AnswerChanges): Promise<void> {
  const entries = new Map<string, AnswerEntry>([
    ...changes.clearedQuestionIds.map((questionId): [string, AnswerEntry] => [questionId, {}]),
    ...changes.saved.map((answer): [string, AnswerEntry] => [answer.questionId, { answer }]),
  ]);
  await writeAnswerEntries(assessmentId, entries, DIRECT_WRITER, changes.resumeAt);
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

/** The answer a record holds, if any: a cleared question or a draft alone is no answer. */
function answerOf(record: StoredAnswer): Answer | undefined {
  const { assessmentId: _assessmentId, revision: _revision, writer: _writer, draft: _draft, ...answer } = record;
  if (!answer.response && answer.note === undefined && answer.evidence === undefined) return undefined;
  const result = answerSchema.safeParse(answer);
  return result.success ? result.data : undefined;
}

export function toAnswerMap(records: readonly StoredAnswer[]): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  for (const record of records) {
    const answer = answerOf(record);
    if (answer) answers.set(answer.questionId, answer);
  }
  return answers;
}

/** The records of an assessment as a form's writer sees them: answer and draft per question, with revisions. */
export function toEntrySnapshot(records: readonly StoredAnswer[]): Map<string, StoredRecord<AnswerEntry>> {
  const snapshot = new Map<string, StoredRecord<AnswerEntry>>();
  for (const record of records) {
    const answer = answerOf(record);
    const draft = record.draft ? answerDraftRecordSchema.safeParse(record.draft) : undefined;
    const value: AnswerEntry = {
      ...(answer ? { answer } : {}),
      ...(draft?.success ? { draft: draft.data } : {}),
    };
    snapshot.set(record.questionId, { value, revision: record.revision, writer: record.writer });
  }
  return snapshot;
}
