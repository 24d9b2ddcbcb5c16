import { expect, test } from 'vitest';
import type { AnswerResponse } from '../../questionnaire/answer-schema';
import type { Question } from '../../questionnaire/content-schema';
import { questionnaire } from '../../questionnaire/questionnaire';
import { listOtherResponses } from './other-responses';

const QUESTIONS: Question[] = questionnaire.sections.flatMap((section): Question[] => section.questions);
const yes: AnswerResponse = { kind: 'value', value: { type: 'yes-partly-no', choice: 'yes' } };

test('a scale question offers its other options and the honest answers it allows', () => {
  const question = QUESTIONS.find((q) => q.type === 'yes-partly-no' && q.allowsNotApplicable && q.allowsDontKnow);
  if (!question) throw new Error('content changed');
  expect(listOtherResponses(question, [yes, { kind: 'dont-know' }])).toEqual([
    { kind: 'value', value: { type: 'yes-partly-no', choice: 'partly' } },
    { kind: 'value', value: { type: 'yes-partly-no', choice: 'no' } },
    { kind: 'not-applicable' },
  ]);
});

test('a question that allows no "not applicable" never offers it', () => {
  const question = QUESTIONS.find((q) => q.type === 'maturity' && !q.allowsNotApplicable);
  if (!question) return;
  expect(listOtherResponses(question, []).some((response) => response.kind === 'not-applicable')).toBe(false);
});

test('a value of another type is typed in the section screen, not offered here', () => {
  const question = QUESTIONS.find((q) => q.type === 'percentage' && !q.allowsNotApplicable && !q.allowsDontKnow);
  const percentage = QUESTIONS.find((q) => q.type === 'percentage');
  if (question) expect(listOtherResponses(question, [])).toEqual([]);
  expect(listOtherResponses(percentage!, []).every((response) => response.kind !== 'value')).toBe(true);
});
