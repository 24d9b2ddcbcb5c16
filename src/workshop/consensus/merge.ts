/**
 * The merge of several members' separate answers into one consensus assessment (issue 13), and the group's later
 * decisions. Where every member who answered gave the same response it is taken at once; where they differ the
 * question stays open (unanswered in the merged assessment) until the facilitator records the agreed response and
 * why. Every member's answer and note is kept in the `ConsensusRecord`.
 *
 * The members are put in one order (name, role, then assessment id) before anything else and numbered m1, m2, ... in
 * it, so the result does not depend on the order they were ticked in.
 *
 * Pure module: no React, no storage, no i18next.
 */
import {
  consensusRecordSchema,
  MAX_CONSENSUS_MEMBERS,
  type ConsensusMember,
  type ConsensusQuestion,
  type ConsensusRecord,
} from '../../assessment/consensus-schema';
import { MAX_TEXT_LENGTH, type Answer, type AnswerResponse } from '../../questionnaire/answer-schema';
import type { UnitType } from '../../questionnaire/content-schema';
import { findQuestion, listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import { classifyQuestion, groupResponses } from './classify';
import { responseKey } from './response-key';

export interface MemberInput {
  name: string;
  role?: string;
  /** The id of the member's own assessment. */
  sourceAssessmentId: string;
  answers: readonly Answer[];
}

export interface Decision {
  response: AnswerResponse;
  reason?: string;
}

export class ConsensusInputError extends Error {}

/** The questions of the unit type, in the questionnaire's order. */
export function listConsensusQuestionIds(unitType: UnitType): string[] {
  return questionnaire.sections.flatMap((section) => listApplicableQuestions(section, unitType).map(({ id }) => id));
}

const byText = (a: string, b: string) => a.localeCompare(b, 'vi') || (a < b ? -1 : a > b ? 1 : 0);

function orderMembers(inputs: readonly MemberInput[]): MemberInput[] {
  return [...inputs].sort(
    (a, b) =>
      byText(a.name.trim(), b.name.trim()) ||
      byText(a.role?.trim() ?? '', b.role?.trim() ?? '') ||
      byText(a.sourceAssessmentId, b.sourceAssessmentId),
  );
}

/**
 * One note for the merged answer: the note when everyone who wrote one wrote the same, otherwise each member's note
 * on its own line after their name, so the merged assessment's own screens and PDF still show them.
 */
export function mergeNotes(question: ConsensusQuestion, members: readonly ConsensusMember[]): string | undefined {
  const notes = question.answers.flatMap(({ memberId, answer }) =>
    answer.note ? [{ memberId, note: answer.note.trim() }] : [],
  );
  const distinct = new Set(notes.map(({ note }) => note.normalize('NFC')));
  if (distinct.size === 0) return undefined;
  if (distinct.size === 1) return notes[0]?.note;
  const nameOf = (memberId: string) => members.find((member) => member.memberId === memberId)?.name ?? memberId;
  const joined = notes.map(({ memberId, note }) => `${nameOf(memberId)}: ${note}`).join('\n');
  return joined.length <= MAX_TEXT_LENGTH ? joined : `${joined.slice(0, MAX_TEXT_LENGTH - 1)}…`;
}

/** The merged assessment's answer to a question: the settled response, the notes, the evidence of one who gave it. */
export function mergedAnswer(
  question: ConsensusQuestion,
  members: readonly ConsensusMember[],
  updatedAt: string,
): Answer | undefined {
  const response = question.outcome === 'open' ? undefined : question.response;
  const note = mergeNotes(question, members);
  const key = response ? responseKey(response) : undefined;
  const withEvidence = question.answers.filter(({ answer }) => answer.evidence);
  const evidence = (
    withEvidence.find(({ answer }) => answer.response && responseKey(answer.response) === key) ?? withEvidence[0]
  )?.answer.evidence;
  if (!response && note === undefined && !evidence) return undefined;
  return {
    questionId: question.questionId,
    ...(response ? { response } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(evidence ? { evidence } : {}),
    updatedAt,
  };
}

export interface MergeResult {
  record: ConsensusRecord;
  /** The merged assessment's answers, sorted by question id. */
  answers: Answer[];
}

/** Merges the members' answers to the questions of `unitType`. Throws `ConsensusInputError` for fewer than two. */
export function mergeMembers(
  inputs: readonly MemberInput[],
  { unitType, facilitator, mergedAt }: { unitType: UnitType; facilitator?: string; mergedAt: string },
): MergeResult {
  if (inputs.length < 2 || inputs.length > MAX_CONSENSUS_MEMBERS) throw new ConsensusInputError('member-count');
  if (new Set(inputs.map((input) => input.sourceAssessmentId)).size !== inputs.length) {
    throw new ConsensusInputError('same-assessment-twice');
  }
  const ordered = orderMembers(inputs);
  const members: ConsensusMember[] = ordered.map((input, index) => ({
    memberId: `m${index + 1}`,
    name: input.name.trim(),
    ...(input.role?.trim() ? { role: input.role.trim() } : {}),
    sourceAssessmentId: input.sourceAssessmentId,
  }));
  const questions: ConsensusQuestion[] = listConsensusQuestionIds(unitType)
    .sort()
    .flatMap((questionId) => {
      const answers = ordered.flatMap((input, index) => {
        const answer = input.answers.find((candidate) => candidate.questionId === questionId);
        return answer ? [{ memberId: `m${index + 1}`, answer }] : [];
      });
      if (answers.length === 0) return [];
      const question: ConsensusQuestion = { questionId, outcome: 'agreed', answers };
      if (classifyQuestion(question, members.length) === 'differs') return [{ ...question, outcome: 'open' }];
      const response = groupResponses(question)[0]?.response;
      return [response ? { ...question, response } : question];
    });
  const record = consensusRecordSchema.parse({
    members,
    questions,
    ...(facilitator?.trim() ? { facilitator: facilitator.trim() } : {}),
    mergedAt,
  });
  const answers = record.questions.flatMap((question) => mergedAnswer(question, members, mergedAt) ?? []);
  return { record, answers };
}

/**
 * Records the group's choice for a question: the record marks it `decided` with the response and the reason, and
 * the merged assessment's answer to it becomes that response (with the members' notes).
 */
export function decideQuestion(
  record: ConsensusRecord,
  questionId: string,
  { response, reason }: Decision,
  decidedAt: string,
): { record: ConsensusRecord; answer: Answer } {
  const current = record.questions.find((question) => question.questionId === questionId);
  if (!current) throw new ConsensusInputError('unknown-question');
  if (response.kind === 'value' && findQuestion(questionId)?.question.type !== response.value.type) {
    throw new ConsensusInputError('wrong-type');
  }
  const decided: ConsensusQuestion = {
    questionId,
    outcome: 'decided',
    response,
    ...(reason?.trim() ? { reason: reason.trim() } : {}),
    decidedAt,
    answers: current.answers,
  };
  const next = consensusRecordSchema.parse({
    ...record,
    questions: record.questions.map((question) => (question.questionId === questionId ? decided : question)),
  });
  const answer = mergedAnswer(decided, next.members, decidedAt);
  if (!answer) throw new ConsensusInputError('no-answer');
  return { record: next, answer };
}
