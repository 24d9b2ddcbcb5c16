/**
 * The score of a received assessment, computed exactly as the unit's own results screen computes it: the answers
 * keyed by question id, `scoreAssessment` with the assessment's unit type and today's date. The collection keeps
 * entries on the current content (they are upgraded on import), so the current questionnaire scores them all.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Answer } from '../../questionnaire/answer-schema';
import type { Questionnaire } from '../../questionnaire/content-schema';
import { scoreAssessment, type AssessmentScore } from '../../scoring/score-assessment';
import type { ReceivedAssessment } from '../received-schema';

export interface ScoredAssessment {
  received: ReceivedAssessment;
  score: AssessmentScore;
}

/**
 * The map the results screen reads (storage's `toAnswerMap`): one answer per question. Entries were validated on
 * import and hold at most one answer per question, so nothing is dropped here.
 */
export function toAnswerMap(answers: readonly Answer[]): Map<string, Answer> {
  return new Map(answers.map((answer) => [answer.questionId, answer]));
}

export function scoreReceivedAssessment(
  questionnaire: Questionnaire,
  received: ReceivedAssessment,
  today: string,
): ScoredAssessment {
  const { assessment, answers } = received.entry;
  return {
    received,
    score: scoreAssessment(questionnaire, assessment.profile.unitType, toAnswerMap(answers), today),
  };
}

export function scoreReceivedAssessments(
  questionnaire: Questionnaire,
  received: readonly ReceivedAssessment[],
  today: string,
): ScoredAssessment[] {
  return received.map((one) => scoreReceivedAssessment(questionnaire, one, today));
}
