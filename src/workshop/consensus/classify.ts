/**
 * How far the members of a consensus agree on one question (issue 13), read from the record alone, so that the
 * discussion screen shows the same thing after a reload as right after the merge.
 *
 * - `differs`: at least two members gave responses that differ (compared canonically, `response-key.ts`);
 * - `partial`: the members who answered agree, but some left it blank;
 * - `agreed`: every member gave the same response;
 * - `unanswered`: nobody gave a response (some wrote a note only).
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { ConsensusQuestion } from '../../assessment/consensus-schema';
import type { AnswerResponse } from '../../questionnaire/answer-schema';
import { responseKey } from './response-key';

export type Agreement = 'differs' | 'partial' | 'agreed' | 'unanswered';

/** Members who gave one response, in the record's member order. */
export interface ResponseGroup {
  key: string;
  response: AnswerResponse;
  memberIds: string[];
}

/** The distinct responses of a question, the most given first (ties: the one its first member gave comes first). */
export function groupResponses(question: ConsensusQuestion): ResponseGroup[] {
  const groups = new Map<string, ResponseGroup>();
  for (const { memberId, answer } of question.answers) {
    if (!answer.response) continue;
    const key = responseKey(answer.response);
    const group = groups.get(key);
    if (group) group.memberIds.push(memberId);
    else groups.set(key, { key, response: answer.response, memberIds: [memberId] });
  }
  // Array.prototype.sort is stable: equal sizes keep the order of their first member.
  return [...groups.values()].sort((a, b) => b.memberIds.length - a.memberIds.length);
}

export function classifyQuestion(question: ConsensusQuestion, memberCount: number): Agreement {
  const groups = groupResponses(question);
  if (groups.length === 0) return 'unanswered';
  if (groups.length > 1) return 'differs';
  return (groups[0]?.memberIds.length ?? 0) < memberCount ? 'partial' : 'agreed';
}

const AGREEMENT_ORDER: Readonly<Record<Agreement, number>> = { differs: 0, partial: 1, agreed: 2, unanswered: 3 };

/**
 * The order of the discussion: differences first, the most split first (the smallest largest group, then the most
 * distinct responses), then questions some left blank, then those all agreed on, then those with notes only; within
 * each, the questionnaire's order.
 */
export function orderForDiscussion(
  questions: readonly ConsensusQuestion[],
  memberCount: number,
  questionOrder: readonly string[],
): { question: ConsensusQuestion; agreement: Agreement; groups: ResponseGroup[] }[] {
  const position = new Map(questionOrder.map((id, index) => [id, index]));
  return questions
    .map((question) => ({
      question,
      agreement: classifyQuestion(question, memberCount),
      groups: groupResponses(question),
    }))
    .sort(
      (a, b) =>
        AGREEMENT_ORDER[a.agreement] - AGREEMENT_ORDER[b.agreement] ||
        (a.agreement === 'differs'
          ? (a.groups[0]?.memberIds.length ?? 0) - (b.groups[0]?.memberIds.length ?? 0) ||
            b.groups.length - a.groups.length
          : 0) ||
        (position.get(a.question.questionId) ?? Infinity) - (position.get(b.question.questionId) ?? Infinity),
    );
}
