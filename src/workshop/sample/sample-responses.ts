/**
 * Short builders for the sample's answers, so that each answer reads as what the official chose, noted and cited.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Answer, AnswerValue, Evidence, InformationSystem } from '../../questionnaire/answer-schema';
import type { COVERAGE_LEVELS, MATURITY_LEVELS, YES_PARTLY_NO } from '../../questionnaire/content-schema';

/** An answer of the sample before it is stamped with the time it was opened. */
export type SampleAnswer = Omit<Answer, 'updatedAt'>;

interface Extras {
  note?: string;
  evidence?: Evidence;
}

const withValue = (questionId: string, value: AnswerValue, extras: Extras): SampleAnswer => ({
  questionId,
  response: { kind: 'value', value },
  ...extras,
});

export const yesPartlyNo = (questionId: string, choice: (typeof YES_PARTLY_NO)[number], extras: Extras = {}) =>
  withValue(questionId, { type: 'yes-partly-no', choice }, extras);

export const coverage = (questionId: string, choice: (typeof COVERAGE_LEVELS)[number], extras: Extras = {}) =>
  withValue(questionId, { type: 'coverage', choice }, extras);

export const maturity = (questionId: string, choice: (typeof MATURITY_LEVELS)[number], extras: Extras = {}) =>
  withValue(questionId, { type: 'maturity', choice }, extras);

export const percentage = (questionId: string, percent: number, extras: Extras = {}) =>
  withValue(questionId, { type: 'percentage', percent }, extras);

export const countPair = (questionId: string, part: number, whole: number, extras: Extras = {}) =>
  withValue(questionId, { type: 'count-pair', part, whole }, extras);

export const date = (questionId: string, isoDate: string, extras: Extras = {}) =>
  withValue(questionId, { type: 'date', date: isoDate }, extras);

export const multiChoice = (questionId: string, optionIds: string[], extras: Extras = {}) =>
  withValue(questionId, { type: 'multi-choice', optionIds }, extras);

export const text = (questionId: string, value: string) => withValue(questionId, { type: 'text', text: value }, {});

export const inventory = (questionId: string, systems: InformationSystem[], extras: Extras = {}) =>
  withValue(questionId, { type: 'system-inventory', systems }, extras);

export const dontKnow = (questionId: string, extras: Extras = {}): SampleAnswer => ({
  questionId,
  response: { kind: 'dont-know' },
  ...extras,
});

export const notApplicable = (questionId: string, extras: Extras = {}): SampleAnswer => ({
  questionId,
  response: { kind: 'not-applicable' },
  ...extras,
});
