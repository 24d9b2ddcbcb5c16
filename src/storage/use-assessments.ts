/**
 * Live views of the database for screens: they re-render when any tab writes (Dexie's liveQuery observes
 * IndexedDB changes across tabs of the same origin). `undefined` means still loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Assessment } from '../assessment/assessment-schema';
import type { Answer } from '../questionnaire/answer-schema';
import { db } from './db';
import { StorageError } from './storage-error';
import { toAnswerMap, toEntrySnapshot } from './answers';
import type { AnswerEntry } from '../questionnaire/answer-entry';
import type { StoredRecord } from './record-writer';
import { toPlanItemMap } from './plan-items';
import type { PlanItem } from '../assessment/plan-item-schema';

export interface AssessmentWithAnswers {
  assessment: Assessment;
  answers: Map<string, Answer>;
}

export interface AssessmentWithEntries extends AssessmentWithAnswers {
  /** Every stored record per question (answer, draft, revision), for the section form's writer. */
  entries: Map<string, StoredRecord<AnswerEntry>>;
}

export interface AssessmentWithPlan extends AssessmentWithAnswers {
  planItems: Map<string, PlanItem>;
}

/**
 * Without IndexedDB (withheld in some private modes) a live query neither resolves nor fails: it would leave the
 * screen "loading" for ever. Fail at once instead, so the error boundary explains it in the user's language.
 */
function assertIndexedDbAvailable() {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError('unavailable');
}

export function useAssessmentList(): AssessmentWithAnswers[] | undefined {
  assertIndexedDbAvailable();
  return useLiveQuery(async () => {
    const assessments = (await db.assessments.orderBy('updatedAt').reverse().toArray()).filter((a) => !a.deletedAt);
    const answers = await db.answers.toArray();
    return assessments.map((assessment) => ({
      assessment,
      answers: toAnswerMap(answers.filter((answer) => answer.assessmentId === assessment.id)),
    }));
  }, []);
}

/** `null` when there is no such assessment (or it was deleted). */
export function useAssessment(id: string): AssessmentWithEntries | null | undefined {
  assertIndexedDbAvailable();
  return useLiveQuery(async () => {
    const assessment = await db.assessments.get(id);
    if (!assessment || assessment.deletedAt) return null;
    const records = await db.answers.where('assessmentId').equals(id).toArray();
    return { assessment, answers: toAnswerMap(records), entries: toEntrySnapshot(records) };
  }, [id]);
}

/** The assessment with its answers and plan items, for the results and plan screens. */
export function useAssessmentWithPlan(id: string): AssessmentWithPlan | null | undefined {
  assertIndexedDbAvailable();
  return useLiveQuery(async () => {
    const assessment = await db.assessments.get(id);
    if (!assessment || assessment.deletedAt) return null;
    const [answers, planItems] = await Promise.all([
      db.answers.where('assessmentId').equals(id).toArray(),
      db.planItems.where('assessmentId').equals(id).toArray(),
    ]);
    return { assessment, answers: toAnswerMap(answers), planItems: toPlanItemMap(planItems) };
  }, [id]);
}
