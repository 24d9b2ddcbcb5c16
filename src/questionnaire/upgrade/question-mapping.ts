/**
 * How an answer given under an earlier content version reaches the current one. One entry per question of the older
 * version, so that no answer is ever dropped silently:
 * - `kept`: the same question (same id, type and meaning; wording may have changed);
 * - `renamed`: the same question under a new id (or in another section);
 * - `converted`: a new question that can be answered from the old value (e.g. options re-cut), with the reason;
 *   `convert` returns undefined when this value cannot be carried, and the old answer is then kept as retired;
 * - `retired`: no longer asked; the answer is kept, read-only and unscored, beside the results.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { AnswerValue } from '../answer-schema';
import type { Questionnaire } from '../content-schema';

export type QuestionMapping =
  | { kind: 'kept' }
  | { kind: 'renamed'; to: string }
  | { kind: 'converted'; to: string; why: string; convert: (value: AnswerValue) => AnswerValue | undefined }
  | { kind: 'retired'; why: string };

/** The mapping of one section's questions of the older version, keyed by their old ids. */
export type SectionMapping = Readonly<Record<string, QuestionMapping>>;

export type RetiredQuestion = Questionnaire['retiredQuestions'][number];
