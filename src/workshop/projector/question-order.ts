/**
 * The order in which a trainer takes the questions: where the class disagrees most, or where it is weakest.
 *
 * - Disagreement is 1 − the share of the most common answer among the units that answered ("don't know" and "not
 *   applicable" are answers here: a room where half do not know is worth talking about). 0 when everybody gave the
 *   same answer, or fewer than two answered; 0.6 reads "only 40% gave the most common answer", which a room follows
 *   more easily than an entropy.
 * - Weakness is the class's mean score on the question (what the answers earned, 0 to 1, "don't know" earning 0, as
 *   in the scores), lowest first; questions nobody's answer scored (unanswered, context questions) come last.
 * Ties keep the questionnaire's order (Array.prototype.sort is stable), so the order never depends on the order in
 * which the assessments arrived.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { AnswerDistribution } from './answer-distribution';

export const QUESTION_ORDERS = ['disagreement', 'weakness'] as const;
export type QuestionOrder = (typeof QUESTION_ORDERS)[number];

export function disagreementOf(distribution: AnswerDistribution): number {
  const { answered } = distribution;
  if (answered < 2) return 0;
  const largest = Math.max(
    ...distribution.buckets.map((bucket) => bucket.count),
    distribution.dontKnow.count,
    distribution.notApplicable.count,
  );
  return 1 - largest / answered;
}

export interface OrderedQuestion {
  questionId: string;
  /** `disagreementOf` its distribution. */
  disagreement: number;
  /** The class's mean score on it, 0 to 1; undefined when no answer was scored. */
  meanEarned?: number;
}

/** The questions (given in the questionnaire's order) in the order asked for; a new array, the input untouched. */
export function orderQuestions<T extends OrderedQuestion>(questions: readonly T[], order: QuestionOrder): T[] {
  const sorted = [...questions];
  if (order === 'disagreement') return sorted.sort((a, b) => b.disagreement - a.disagreement);
  return sorted.sort((a, b) => {
    if (a.meanEarned === undefined || b.meanEarned === undefined) {
      return (a.meanEarned === undefined ? 1 : 0) - (b.meanEarned === undefined ? 1 : 0);
    }
    return a.meanEarned - b.meanEarned;
  });
}
