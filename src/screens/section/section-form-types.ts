/**
 * Types shared by the section form and its controls. A leaf module (it imports no component), so that the
 * controls, the question field and the form never import each other in a circle.
 */
import type { UseFormReturn } from 'react-hook-form';
import type { AnswerDraft } from '../../questionnaire/answer-draft';
import type { Question } from '../../questionnaire/content-schema';

export type SectionValues = Record<string, AnswerDraft>;

/** Returns the translated error for a field path inside this question, if any. */
export type ErrorLookup = (path: string) => string | undefined;

export interface ControlProps<Q extends Question = Question> {
  question: Q;
  form: UseFormReturn<SectionValues>;
  errorFor: ErrorLookup;
  /** The national target in percent to show beside the field, when one binds this unit type (national-target.ts). */
  nationalTarget?: number;
}

/**
 * Another tab changed this question: `updated` (shown here in place), `waiting` (it will be shown when the
 * person leaves the question they are in), `conflict` (this tab has edits of its own, which will replace it).
 */
export type RemoteChange = { kind: 'updated' | 'waiting' | 'conflict'; at: string };
