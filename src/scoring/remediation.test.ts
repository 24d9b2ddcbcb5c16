import { answersOf, choice, dontKnow, notApplicable, text } from '../../tests/fixtures/answers';
import type { Answer } from '../questionnaire/answer-schema';
import type { CriticalGap, Question, Questionnaire, Section, SectionId } from '../questionnaire/content-schema';
import { deadlineStateOf, listRemediation, type RemediationItem } from './remediation';
import { scoreAssessment } from './score-assessment';

const TODAY = '2026-11-22';

function question(
  id: string,
  type: 'yes-partly-no' | 'maturity' | 'text',
  weight: number,
  deadline?: string,
  deadlineKind: 'legal' | 'target' = 'legal',
): Question {
  return {
    id,
    type,
    weight,
    appliesTo: ['commune-committee'],
    allowsNotApplicable: true,
    allowsDontKnow: true,
    dti: 'digital-government',
    legalBasis: [{ documentId: 'decree-42-2022', article: '12' }],
    remediation: { role: 'digital-officer', deadline, deadlineKind: deadline ? deadlineKind : undefined },
  } as Question;
}

function questionnaireOf(sections: [SectionId, number, Question[]][], criticalGaps: CriticalGap[] = []): Questionnaire {
  return {
    id: 'tiny',
    version: '1.0.0',
    legalAsOf: '2026-11-01',
    legalDocuments: [{ id: 'decree-42-2022', kind: 'decree', number: '42/2022/NĐ-CP', status: 'in-force' }],
    sections: sections.map(([id, weight, questions]): Section => ({ id, weight, questions })),
    criticalGaps,
    nationalTargets: [],
    retiredQuestions: [],
  };
}

function remediate(questionnaire: Questionnaire, answers: Answer[]): RemediationItem[] {
  const score = scoreAssessment(questionnaire, 'commune-committee', answersOf(...answers), TODAY);
  return listRemediation(questionnaire, score, TODAY);
}

test('one item per gap: less than full marks or "don\'t know"; none for full marks, N/A, unanswered or weight 0', () => {
  const questionnaire = questionnaireOf([
    [
      'services',
      1,
      [
        question('q-full', 'yes-partly-no', 2),
        question('q-partly', 'yes-partly-no', 2),
        question('q-dont-know', 'yes-partly-no', 2),
        question('q-not-applicable', 'yes-partly-no', 2),
        question('q-unanswered', 'yes-partly-no', 2),
        question('q-context', 'yes-partly-no', 0),
        question('q-notes', 'text', 0),
      ],
    ],
  ]);
  const items = remediate(questionnaire, [
    choice('q-full', 'yes'),
    choice('q-partly', 'partly'),
    dontKnow('q-dont-know'),
    notApplicable('q-not-applicable'),
    choice('q-context', 'no'),
    text('q-notes', 'Thiếu người'),
  ]);
  // Counted weight 6 (full, partly, don't know): impacts 2/6 x 1 x 100 = 33.33 and 2/6 x 0.5 x 100 = 16.67.
  expect(items).toEqual([
    {
      questionId: 'q-dont-know',
      sectionId: 'services',
      role: 'digital-officer',
      deadline: undefined,
      deadlineKind: undefined,
      legalBasis: [{ documentId: 'decree-42-2022', article: '12' }],
      gap: 1,
      impact: 33.33,
      urgency: 1,
      priority: 'high',
      isCritical: false,
      improvement: { kind: 'find-out' },
    },
    {
      questionId: 'q-partly',
      sectionId: 'services',
      role: 'digital-officer',
      deadline: undefined,
      deadlineKind: undefined,
      legalBasis: [{ documentId: 'decree-42-2022', article: '12' }],
      gap: 0.5,
      impact: 16.67,
      urgency: 1,
      priority: 'high',
      isCritical: false,
      improvement: { kind: 'choose', optionId: 'yes' },
    },
  ]);
});

test('full marks everywhere give an empty plan', () => {
  const questionnaire = questionnaireOf([['services', 1, [question('q-a', 'yes-partly-no', 3)]]]);
  expect(remediate(questionnaire, [choice('q-a', 'yes')])).toEqual([]);
});

/**
 * services (weight 3 of 4): a (weight 3) and b (weight 1); signatures (weight 1 of 4): c and d (weight 2 each);
 * capacity (weight 6) has nothing answered, so it has no score and does not dilute the impacts.
 */
const impactPlan = questionnaireOf([
  ['services', 3, [question('a', 'yes-partly-no', 3), question('b', 'yes-partly-no', 1)]],
  ['signatures', 1, [question('c', 'maturity', 2), question('d', 'yes-partly-no', 2)]],
  ['capacity', 6, [question('e', 'yes-partly-no', 1)]],
]);

const impacts = (items: RemediationItem[]) => Object.fromEntries(items.map((item) => [item.questionId, item.impact]));

test.each<[string, Answer, Record<string, number>]>([
  // a: 3/4 x 3/4 x 0.5 x 100 = 28.125 -> 28.13; c: 1/4 x 2/4 x 0.5 x 100 = 6.25.
  ['b at full marks', choice('b', 'yes'), { a: 28.13, c: 6.25 }],
  // b counts with 0: its own impact 3/4 x 1/4 x 1 x 100 = 18.75.
  ['b "don\'t know"', dontKnow('b'), { a: 28.13, b: 18.75, c: 6.25 }],
  // b left out: a carries all of its section, 3/4 x 3/3 x 0.5 x 100 = 37.5.
  ['b not applicable', notApplicable('b'), { a: 37.5, c: 6.25 }],
])('impact is the overall points closing the gap adds, by hand: %s', (_name, answerB, expected) => {
  const items = remediate(impactPlan, [choice('a', 'partly'), answerB, choice('c', '2'), choice('d', 'yes')]);
  expect(impacts(items)).toEqual(expected);
});

test.each<[string, string | undefined, number]>([
  ['no deadline', undefined, 1],
  ['a deadline 181 days away', '2027-05-22', 1],
  ['a deadline exactly 180 days away', '2027-05-21', 1.5],
  ['a deadline today', TODAY, 1.5],
  ['a deadline already passed', '2026-01-01', 1.5],
])('urgency 1.5 for a legal deadline passed or within 180 days: %s', (_name, deadline, urgency) => {
  const questionnaire = questionnaireOf([['services', 1, [question('q', 'yes-partly-no', 1, deadline)]]]);
  const [item] = remediate(questionnaire, [choice('q', 'no')]);
  expect(item).toMatchObject({ deadline, urgency });
});

/** Section services weighs `share` of 100 and holds one maturity question; signatures holds the rest, at full marks. */
test.each([
  ['a target already passed', '2026-01-01'],
  ['a target this year', '2026-12-31'],
])('an aim or a year target is shown but never raises urgency: %s', (_name, deadline) => {
  const questionnaire = questionnaireOf([['services', 1, [question('q', 'yes-partly-no', 1, deadline, 'target')]]]);
  const [item] = remediate(questionnaire, [choice('q', 'no')]);
  expect(item).toMatchObject({ deadline, deadlineKind: 'target', urgency: 1 });
});

function priorityCase(share: number, level: '0' | '1' | '2' | '3', deadline?: string, critical = false) {
  const questionnaire = questionnaireOf(
    [
      ['services', share, [question('q', 'maturity', 1, deadline)]],
      ['signatures', 100 - share, [question('other', 'yes-partly-no', 1)]],
    ],
    critical
      ? [{ id: 'gap', questionId: 'q', rule: { kind: 'choice-in', choices: ['0', '1', '2', '3'] }, capGrade: 'C' }]
      : [],
  );
  const [item] = remediate(questionnaire, [choice('q', level), choice('other', 'yes')]);
  return item;
}

const NEAR = '2027-01-31';

test.each<[string, number, '0' | '1' | '2' | '3', string | undefined, number, number, string]>([
  // impact = share / 100 x 1 x gap x 100 = share x gap
  ['impact 2 is high', 2, '0', undefined, 2, 1, 'high'],
  ['impact 4 x 0.5 = 2 is high', 4, '2', undefined, 2, 1, 'high'],
  ['impact 2 x 0.75 = 1.5 is medium', 2, '1', undefined, 1.5, 1, 'medium'],
  ['impact 1 x 0.75 = 0.75 is medium', 1, '1', undefined, 0.75, 1, 'medium'],
  ['impact 0.5 is low', 1, '2', undefined, 0.5, 1, 'low'],
  ['impact 0.25 is low', 1, '3', undefined, 0.25, 1, 'low'],
  ['impact 0.5 x urgency 1.5 = 0.75 is medium', 1, '2', NEAR, 0.5, 1.5, 'medium'],
  ['impact 1 x urgency 1.5 = 1.5 is medium', 1, '0', NEAR, 1, 1.5, 'medium'],
  ['impact 2 x 0.75 x urgency 1.5 = 2.25 is high', 2, '1', NEAR, 1.5, 1.5, 'high'],
])('priority thresholds 2 and 0.75: %s', (_name, share, level, deadline, impact, urgency, priority) => {
  expect(priorityCase(share, level, deadline)).toMatchObject({ impact, urgency, priority, isCritical: false });
});

test.each<[string, string | undefined, number]>([
  ['a critical gap doubles urgency and is high whatever its impact', undefined, 2],
  ['a critical gap with a near deadline has urgency 3', NEAR, 3],
])('%s', (_name, deadline, urgency) => {
  // Alone this gap is low: impact 1 x 0.25 = 0.25.
  expect(priorityCase(1, '3', deadline, true)).toMatchObject({
    impact: 0.25,
    urgency,
    priority: 'high',
    isCritical: true,
  });
});

test('items are ordered by priority, then impact x urgency, then questionnaire order', () => {
  // services (1 of 10): s1-s4 weight 1 each, impact 0.1 x 1/4 x gap x 100 = 2.5 x gap.
  // signatures (9 of 10): g1 weight 1, g2 weight 4, impact 0.9 x 1/5 x gap x 100 = 18 x gap, and 72 x gap.
  const questionnaire = questionnaireOf([
    [
      'services',
      1,
      [
        question('s1', 'maturity', 1),
        question('s2', 'yes-partly-no', 1),
        question('s3', 'yes-partly-no', 1),
        question('s4', 'maturity', 1, NEAR),
      ],
    ],
    ['signatures', 9, [question('g1', 'yes-partly-no', 1), question('g2', 'maturity', 4)]],
  ]);
  const items = remediate(questionnaire, [
    choice('s1', '3'), // 0.625: low
    choice('s2', 'partly'), // 1.25: medium
    choice('s3', 'partly'), // 1.25: medium, tied with s2
    choice('s4', '3'), // 0.625 x 1.5 = 0.9375: medium
    choice('g1', 'partly'), // 9: high
    choice('g2', '3'), // 18: high
  ]);
  expect(items.map((item) => [item.questionId, item.priority])).toEqual([
    ['g2', 'high'],
    ['g1', 'high'],
    ['s2', 'medium'],
    ['s3', 'medium'],
    ['s4', 'medium'],
    ['s1', 'low'],
  ]);
});

test('tied items keep the questionnaire order, whichever order the answers were given in', () => {
  const questionnaire = questionnaireOf([
    ['services', 1, ['t1', 't2', 't3'].map((id) => question(id, 'yes-partly-no', 1))],
  ]);
  const forward = remediate(questionnaire, [choice('t1', 'partly'), choice('t2', 'partly'), choice('t3', 'partly')]);
  const backward = remediate(questionnaire, [choice('t3', 'partly'), choice('t2', 'partly'), choice('t1', 'partly')]);
  expect(forward.map((item) => item.questionId)).toEqual(['t1', 't2', 't3']);
  expect(backward).toEqual(forward);
});

test('a critical gap comes first, even when closing another gap would add more points', () => {
  // small (weight 1, "partly"): impact 1/3 x 0.5 x 100 = 16.67, x2 critical = 33.3; big (weight 2, "no"): 66.67.
  const questionnaire = questionnaireOf(
    [['services', 1, [question('small', 'yes-partly-no', 1), question('big', 'yes-partly-no', 2)]]],
    [{ id: 'gap', questionId: 'small', rule: { kind: 'choice-in', choices: ['partly'] }, capGrade: 'C' }],
  );
  const items = remediate(questionnaire, [choice('small', 'partly'), choice('big', 'no')]);

  expect(items.map((item) => [item.questionId, item.isCritical, item.impact])).toEqual([
    ['small', true, 16.67],
    ['big', false, 66.67],
  ]);
});

test.each([
  ['an aim, passed or not, stays an aim', '2025-10-01', 'target', 'target'],
  ['a date without a kind is read as an aim', '2025-10-01', undefined, 'target'],
  ['a legal deadline ahead', '2027-01-01', 'legal', 'legal'],
  ['a legal deadline today is not yet passed', TODAY, 'legal', 'legal'],
  ['a legal deadline passed', '2025-04-05', 'legal', 'overdue'],
] as const)('how a date reads: %s', (_name, deadline, kind, state) => {
  expect(deadlineStateOf(deadline, kind, TODAY)).toBe(state);
});
