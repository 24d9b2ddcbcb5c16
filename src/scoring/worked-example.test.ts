/**
 * The worked example of docs/methodology.md §5, computed by the engine on the real content (questionnaire 2.0.0, its
 * weights, targets, caps and deadlines). If the content or the method changes, this test fails until the document says
 * the same thing again: it checks each question's weight against the content and that the figures are quoted in both
 * languages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  answersOf,
  choice,
  countPair,
  dateAnswer,
  dontKnow,
  multi,
  notApplicable,
  percent,
} from '../../tests/fixtures/answers';
import { findQuestion, questionnaire } from '../questionnaire/questionnaire';
import { listRemediation } from './remediation';
import { scoreAssessment } from './score-assessment';

const TODAY = '2026-12-01';
const UNIT = 'provincial-department';

/** A provincial department: services answered in full, security mostly, signatures only begun. */
const answers = answersOf(
  countPair('services-full-process-offered', 96, 120),
  choice('services-partial-reasons-published', 'partly'),
  choice('services-national-portal', 'yes'),
  notApplicable('services-plan-02-full-process'),
  countPair('services-results-digitised-share', 450, 600),
  countPair('services-online-payment-share', 30, 60),
  choice('services-data-reuse', '3'),
  choice('services-proactive-services', '1'),
  percent('services-satisfaction-rate', 90),
  percent('services-on-time-rate', 97),
  choice('services-procedure-list-published', 'yes'),
  countPair('services-procedures-restructured-share', 40, 50),
  choice('signatures-leaders-public-service', 'yes'),
  countPair('signatures-officials-equipped', 30, 40),
  choice('security-levels-determined', 'most'),
  countPair('security-level-dossiers-approved', 3, 4),
  choice('security-plan-before-go-live', 'some'),
  choice('security-transition-measures', 'partly'),
  multi('security-management-measures', ['policy', 'responsible-staff', 'risk-assessment', 'backup-and-operations']),
  dateAnswer('security-last-inspection', '2025-06-15'),
  choice('security-incident-response', '2'),
  choice('security-incident-reporting', 'no'),
  dontKnow('security-national-monitoring'),
);

/** Weights as the document's tables give them; checked against the content. */
const QUOTED_WEIGHTS: Record<string, number> = {
  'services-full-process-offered': 5,
  'services-partial-reasons-published': 2,
  'services-national-portal': 3,
  'services-plan-02-full-process': 3,
  'services-results-digitised-share': 4,
  'services-online-payment-share': 3,
  'services-data-reuse': 4,
  'services-proactive-services': 2,
  'services-satisfaction-rate': 4,
  'services-on-time-rate': 4,
  'services-procedure-list-published': 3,
  'services-procedures-restructured-share': 3,
  'signatures-leaders-public-service': 4,
  'signatures-officials-equipped': 5,
  'security-levels-determined': 4,
  'security-level-dossiers-approved': 5,
  'security-plan-before-go-live': 4,
  'security-transition-measures': 3,
  'security-management-measures': 3,
  'security-last-inspection': 3,
  'security-incident-response': 4,
  'security-incident-reporting': 3,
  'security-national-monitoring': 3,
};

const methodology = readFileSync(path.join(import.meta.dirname, '../../docs/methodology.md'), 'utf8');
const score = scoreAssessment(questionnaire, UNIT, answers, TODAY);
const section = (id: string) => score.sections.find((candidate) => candidate.sectionId === id)!;

test('the example answers real questions, with the weights the document quotes', () => {
  const weights = Object.fromEntries(
    [...answers.keys()].map((id) => [id, findQuestion(id)?.question.weight ?? Number.NaN]),
  );
  expect(weights).toEqual(QUOTED_WEIGHTS);
  for (const id of answers.keys()) expect(findQuestion(id)?.question.appliesTo).toContain(UNIT);
});

test('the worked example scores as the methodology says', () => {
  // services: 29.069 / 37 (the N/A question's weight 3 left out); signatures 7.75 / 9, 2 answers of the 6 a grade
  // needs; security 17.8 / 32, 14 weight unanswered: 17.8 / 46 to 31.8 / 46.
  expect(section('services')).toMatchObject({ score: 78.6, grade: 'C', notApplicable: 1, unanswered: 0 });
  expect(section('signatures')).toMatchObject({
    score: 86.1,
    grade: undefined,
    scoredAnswered: 2,
    answersNeededForGrade: 6,
  });
  expect(section('security')).toMatchObject({
    score: 55.6,
    lowest: 38.7,
    highest: 69.1,
    grade: 'D',
    dontKnow: 1,
    unanswered: 5,
  });
  // (78.6 x 25 + 86.1 x 14 + 55.6 x 20) / 59 = 72.58; 3 of 4 owned systems approved: capped at D.
  expect(score).toMatchObject({
    score: 72.6,
    lowest: 30.4,
    highest: 88,
    uncappedGrade: 'C',
    grade: 'D',
    isProvisional: true,
  });
  expect(score.criticalGaps.map((gap) => [gap.gapId, gap.capGrade])).toEqual([
    ['owned-systems-mostly-unapproved', 'D'],
  ]);
});

test('the worked example’s plan is in the order the methodology gives', () => {
  const plan = listRemediation(questionnaire, score, TODAY);
  expect(plan.slice(0, 9).map((item) => [item.questionId, item.priority, item.impact, item.urgency])).toEqual([
    ['security-level-dossiers-approved', 'high', 1.32, 3],
    ['signatures-officials-equipped', 'high', 3.3, 1],
    ['security-plan-before-go-live', 'high', 3.18, 1],
    ['security-incident-reporting', 'high', 3.18, 1],
    ['security-national-monitoring', 'high', 3.18, 1],
    ['security-incident-response', 'high', 2.12, 1],
    ['services-online-payment-share', 'medium', 1.72, 1],
    ['services-proactive-services', 'medium', 1.72, 1],
    ['security-transition-measures', 'medium', 1.59, 1],
  ]);
  // A legal deadline 31 days away makes an item urgent; an aim (a year's target) or a legal date 212 days away not.
  expect(plan.find((item) => item.questionId === 'security-level-dossiers-approved')).toMatchObject({
    deadline: '2027-01-01',
    deadlineKind: 'legal',
  });
  expect(plan.find((item) => item.questionId === 'signatures-officials-equipped')).toMatchObject({
    deadlineKind: 'target',
    urgency: 1,
  });
});

test.each([
  [
    'vi',
    [
      '**78,6**',
      '**86,1**',
      '**55,6**',
      '**38,7**',
      '**69,1**',
      '**72,6**',
      '**30,4**',
      '**88,0**',
      '1,32 × 3 = 3,97',
      '3,30',
      '3,18',
      '1,72',
      '1,59',
    ],
  ],
  [
    'en',
    [
      '**78.6**',
      '**86.1**',
      '**55.6**',
      '**38.7**',
      '**69.1**',
      '**72.6**',
      '**30.4**',
      '**88.0**',
      '1.32 × 3 = 3.97',
      '3.30',
      '3.18',
      '1.72',
      '1.59',
    ],
  ],
])('docs/methodology.md quotes the example’s figures in %s', (_language, figures) => {
  for (const figure of figures) expect(methodology).toContain(figure);
});
