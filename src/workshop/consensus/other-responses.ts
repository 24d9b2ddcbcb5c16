/**
 * The responses a group may agree on besides those its members gave (issue 13), for the simple question types: the
 * other options of a fixed scale, and "not applicable" / "don't know" where the question allows them. Values of
 * other types (numbers, dates, texts, inventories) are typed in the merged assessment's own section screen instead.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { AnswerResponse } from '../../questionnaire/answer-schema';
import { COVERAGE_LEVELS, MATURITY_LEVELS, YES_PARTLY_NO, type Question } from '../../questionnaire/content-schema';
import { responseKey } from './response-key';

function scaleResponses(question: Question): AnswerResponse[] {
  switch (question.type) {
    case 'yes-partly-no':
      return YES_PARTLY_NO.map((choice) => ({ kind: 'value', value: { type: question.type, choice } }));
    case 'coverage':
      return COVERAGE_LEVELS.map((choice) => ({ kind: 'value', value: { type: question.type, choice } }));
    case 'maturity':
      return MATURITY_LEVELS.map((choice) => ({ kind: 'value', value: { type: question.type, choice } }));
    default:
      return [];
  }
}

export function listOtherResponses(question: Question, given: readonly AnswerResponse[]): AnswerResponse[] {
  const givenKeys = new Set(given.map(responseKey));
  const candidates: AnswerResponse[] = [
    ...scaleResponses(question),
    ...(question.allowsNotApplicable ? [{ kind: 'not-applicable' as const }] : []),
    ...(question.allowsDontKnow ? [{ kind: 'dont-know' as const }] : []),
  ];
  return candidates.filter((response) => !givenKeys.has(responseKey(response)));
}
