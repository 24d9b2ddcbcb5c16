/**
 * Turning a question's nested form errors into messages that use the question's own words, and into the ids of
 * the fields they belong to (for the error summary's links).
 */
import type { TFunction } from 'i18next';
import { questionKeys } from '../../questionnaire/content-keys';
import type { Question } from '../../questionnaire/content-schema';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../../questionnaire/answer-schema';

export interface QuestionError {
  /** Path inside the question's draft, e.g. ['percent'] or ['systems', '0', 'name']. */
  path: string[];
  messageKey: string;
}

function isLeafError(value: unknown): value is { message: string } {
  return typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string';
}

/** Walks react-hook-form's nested error object (objects and arrays) down to its messages. */
export function flattenErrors(errors: unknown, path: string[] = []): QuestionError[] {
  if (!errors || typeof errors !== 'object') return [];
  if (isLeafError(errors) && errors.message) return [{ path, messageKey: errors.message }];
  return Object.entries(errors).flatMap(([key, value]) =>
    key === 'ref' || key === 'type' || key === 'root' ? [] : flattenErrors(value, [...path, key]),
  );
}

export function fieldDomId(questionId: string, path: readonly (string | number)[]): string {
  return ['q', questionId, ...path].join('-');
}

const SHORT_FIELDS = new Set(['name', 'documentNumber', 'issuer']);

/** Interpolation values for a question's error message, in the current language. */
export function errorParams(question: Question, path: readonly string[], t: TFunction, tc: TFunction) {
  const keys = questionKeys(question.id);
  const params: Record<string, string | number> = {
    label: tc(keys.label),
    max: SHORT_FIELDS.has(path[path.length - 1] ?? '') ? MAX_SHORT_TEXT_LENGTH : MAX_TEXT_LENGTH,
  };
  if (question.type === 'count-pair') {
    params.part = tc(keys.part);
    params.whole = tc(keys.whole);
    if (path[0] === 'part') params.label = params.part;
    if (path[0] === 'whole') params.label = params.whole;
  }
  if (path[0] === 'systems' && path[2]) {
    params.index = Number(path[1]) + 1;
    params.label = t('inventory.fieldOfSystem', { field: t(`inventory.fields.${path[2]}`), index: params.index });
  }
  if (question.type === 'multi-choice') {
    const exclusive = question.options.find((option) => option.isExclusive);
    if (exclusive) params.option = tc(keys.option(exclusive.id));
  }
  if (path[0] === 'evidence' && path[1]) params.label = t(`evidence.${path[1]}`);
  if (path[0] === 'note') params.label = t('evidence.note');
  return params;
}
