/**
 * The worked example of docs/methodology.md, computed by the engine. If the method changes, this test fails until
 * the document says the same thing again (it checks the figures are quoted in both languages).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { Answer } from '../questionnaire/answer-schema';
import { UNIT_TYPES, type Questionnaire } from '../questionnaire/content-schema';
import { listRemediation } from './remediation';
import { scoreAssessment } from './score-assessment';

const TODAY = '2026-11-22';
const base = {
  appliesTo: [...UNIT_TYPES],
  allowsNotApplicable: true,
  allowsDontKnow: true,
  legalBasis: [{ documentId: 'decree-42-2022' }],
};
const act = { remediation: { role: 'office' as const } };

const example: Questionnaire = {
  id: 'worked-example',
  version: '1.1.0',
  legalAsOf: '2026-11-01',
  legalDocuments: [],
  sections: [
    {
      id: 'services',
      weight: 25,
      questions: [
        { ...base, ...act, id: 'full-process', type: 'count-pair', weight: 5, target: 100 },
        { ...base, ...act, id: 'national-portal', type: 'yes-partly-no', weight: 3 },
        {
          ...base,
          id: 'satisfaction',
          type: 'percentage',
          weight: 4,
          target: 95,
          remediation: { role: 'one-stop-unit', deadline: '2026-12-31' },
        },
        { ...base, ...act, id: 'digitisation', type: 'coverage', weight: 2 },
        { ...base, ...act, id: 'data-reuse', type: 'maturity', weight: 3 },
      ],
    },
    {
      id: 'security',
      weight: 20,
      questions: [
        { ...base, ...act, id: 'citizen-systems-approved', type: 'yes-partly-no', weight: 5 },
        { ...base, ...act, id: 'levels-determined', type: 'coverage', weight: 3 },
        {
          ...base,
          ...act,
          id: 'last-inspection',
          type: 'date',
          weight: 2,
          freshness: { fullWithinMonths: 12, zeroAfterMonths: 36 },
        },
        {
          ...base,
          ...act,
          id: 'measures',
          type: 'multi-choice',
          weight: 3,
          options: [
            { id: 'policy', points: 0.25 },
            { id: 'staff', points: 0.2 },
            { id: 'risk', points: 0.2 },
            { id: 'backup', points: 0.2 },
            { id: 'end-of-life', points: 0.15 },
          ],
        },
        { ...base, ...act, id: 'incident-response', type: 'maturity', weight: 3 },
        { ...base, ...act, id: 'trained-share', type: 'percentage', weight: 2 },
      ],
    },
  ],
  criticalGaps: [
    {
      id: 'unapproved',
      questionId: 'citizen-systems-approved',
      rule: { kind: 'choice-in', choices: ['no', 'partly', 'dont-know'] },
      capGrade: 'D',
    },
  ],
  nationalTargets: [],
};

const at = '2026-11-22T08:00:00.000Z';
const value = (questionId: string, answerValue: NonNullable<Answer['response']> & { kind: 'value' }): Answer => ({
  questionId,
  response: answerValue,
  updatedAt: at,
});
const answers = new Map<string, Answer>(
  [
    value('full-process', { kind: 'value', value: { type: 'count-pair', part: 96, whole: 120 } }),
    value('national-portal', { kind: 'value', value: { type: 'yes-partly-no', choice: 'yes' } }),
    value('satisfaction', { kind: 'value', value: { type: 'percentage', percent: 90 } }),
    { questionId: 'digitisation', response: { kind: 'not-applicable' }, updatedAt: at } satisfies Answer,
    value('data-reuse', { kind: 'value', value: { type: 'maturity', choice: '3' } }),
    value('citizen-systems-approved', { kind: 'value', value: { type: 'yes-partly-no', choice: 'partly' } }),
    value('levels-determined', { kind: 'value', value: { type: 'coverage', choice: 'most' } }),
    value('last-inspection', { kind: 'value', value: { type: 'date', date: '2026-03-15' } }),
    value('measures', {
      kind: 'value',
      value: { type: 'multi-choice', optionIds: ['policy', 'staff', 'risk', 'backup'] },
    }),
    { questionId: 'incident-response', response: { kind: 'dont-know' }, updatedAt: at } satisfies Answer,
  ].map((answer) => [answer.questionId, answer]),
);

const methodology = readFileSync(path.join(import.meta.dirname, '../../docs/methodology.md'), 'utf8');

test('the worked example scores as the methodology says', () => {
  const score = scoreAssessment(example, 'provincial-department', answers, TODAY);
  const [services, security] = score.sections;
  expect(services).toMatchObject({ score: 86.9, notApplicable: 1, unanswered: 0 });
  expect(security).toMatchObject({ score: 62.8, lowest: 55.8, highest: 66.9, dontKnow: 1, unanswered: 1 });
  expect(score).toMatchObject({
    score: 76.2,
    lowest: 73.1,
    highest: 78,
    uncappedGrade: 'C',
    grade: 'D',
    isProvisional: true,
  });
});

test('the worked example’s plan is in the order the methodology gives', () => {
  const score = scoreAssessment(example, 'provincial-department', answers, TODAY);
  const plan = listRemediation(example, score, TODAY);
  expect(plan.map((item) => [item.questionId, item.priority, item.impact, item.urgency])).toEqual([
    ['citizen-systems-approved', 'high', 6.94, 2],
    ['incident-response', 'high', 8.33, 1],
    ['full-process', 'high', 3.7, 1],
    ['data-reuse', 'high', 2.78, 1],
    ['measures', 'medium', 1.25, 1],
    ['satisfaction', 'medium', 0.78, 1.5],
  ]);
});

test.each([
  ['vi', ['**86,9**', '**62,8**', '**55,8**', '**66,9**', '**76,2**', '**73,1**', '**78,0**', '13,89', '8,33', '1,17']],
  ['en', ['**86.9**', '**62.8**', '**55.8**', '**66.9**', '**76.2**', '**73.1**', '**78.0**', '13.89', '8.33', '1.17']],
])('docs/methodology.md quotes the example’s figures in %s', (_language, figures) => {
  for (const figure of figures) expect(methodology).toContain(figure);
});
