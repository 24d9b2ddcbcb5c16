/**
 * Consensus assessments (issue 13) on this device: the merge of several members' answers saved as one of the
 * device's own assessments, and each decision of the group saved the moment it is made, so that a reload or a crash
 * in the middle of the discussion loses nothing. The assessment, its consensus record and the answers are written in
 * one transaction each time, validated with the same schemas as any other write.
 */
import { assessmentSchema, type Assessment } from '../assessment/assessment-schema';
import type { Profile } from '../assessment/profile-schema';
import { MAX_ASSESSMENTS } from '../exchange/file-limits';
import { answerSchema, type Answer } from '../questionnaire/answer-schema';
import { CONTENT_ID, CONTENT_VERSION } from '../questionnaire/content-version';
import { decideQuestion, mergeMembers, type Decision, type MemberInput } from '../workshop/consensus/merge';
import { db, type StoredAnswer } from './db';
import { nextRevision } from './record-writer';
import { StorageError, toStorageError } from './storage-error';

/** The writer id of the answers this module writes, so the task list's form tells them from its own echo. */
const CONSENSUS_WRITER = 'consensus';

function validated(assessment: Assessment): Assessment {
  const result = assessmentSchema.safeParse(assessment);
  if (!result.success) throw new StorageError('invalid', result.error);
  return result.data;
}

function toRecord(assessmentId: string, answer: Answer, revision: number): StoredAnswer {
  const result = answerSchema.safeParse(answer);
  if (!result.success) throw new StorageError('invalid', result.error);
  return { ...result.data, assessmentId, revision, writer: CONSENSUS_WRITER };
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Merges the members' answers into a new assessment of this device. `profile` is the unit's, with the facilitator as
 * its assessor; the questions that apply are those of its unit type.
 */
export async function createConsensusAssessment(
  members: readonly MemberInput[],
  profile: Profile,
): Promise<Assessment> {
  const timestamp = new Date().toISOString();
  let merged;
  try {
    merged = mergeMembers(members, {
      unitType: profile.unitType,
      facilitator: profile.assessorName,
      mergedAt: timestamp,
    });
  } catch (error) {
    throw new StorageError('invalid', error);
  }
  const assessment = validated({
    id: crypto.randomUUID(),
    profile,
    questionnaireId: CONTENT_ID,
    questionnaireVersion: CONTENT_VERSION,
    createdAt: timestamp,
    updatedAt: timestamp,
    consensus: merged.record,
  });
  const revision = nextRevision(undefined, Date.now());
  const records = merged.answers.map((answer) => toRecord(assessment.id, answer, revision));
  await guard(() =>
    db.transaction('rw', db.assessments, db.answers, async () => {
      // As for any new assessment (assessments.ts): the device must stay small enough for one backup file.
      const count = await db.assessments.filter((stored) => !stored.deletedAt).count();
      if (count >= MAX_ASSESSMENTS) throw new StorageError('limit');
      await db.assessments.add(assessment);
      await db.answers.bulkPut(records);
    }),
  );
  return assessment;
}

/**
 * Saves the group's choice for one question: the record marks it decided (with the response and why), and the merged
 * assessment's answer to it is written in the same transaction.
 */
export async function saveConsensusDecision(
  assessmentId: string,
  questionId: string,
  decision: Decision,
): Promise<Assessment> {
  return guard(() =>
    db.transaction('rw', db.assessments, db.answers, async () => {
      const current = await db.assessments.get(assessmentId);
      if (!current?.consensus || current.deletedAt) {
        throw new StorageError('invalid', new Error(`No consensus assessment ${assessmentId}`));
      }
      const timestamp = new Date().toISOString();
      let decided;
      try {
        decided = decideQuestion(current.consensus, questionId, decision, timestamp);
      } catch (error) {
        throw new StorageError('invalid', error);
      }
      const next = validated({ ...current, consensus: decided.record, updatedAt: timestamp });
      const stored = await db.answers.get([assessmentId, questionId]);
      await db.assessments.put(next);
      await db.answers.put(toRecord(assessmentId, decided.answer, nextRevision(stored?.revision, Date.now())));
      return next;
    }),
  );
}
