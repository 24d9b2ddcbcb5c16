import {
  choice,
  countPair,
  dateAnswer,
  dontKnow,
  inventory,
  multi,
  noteOnly,
  notApplicable,
  percent,
  system,
  text,
} from '../../tests/fixtures/answers';
import type { Answer, InformationSystem } from '../questionnaire/answer-schema';
import type { Question, QuestionOfType } from '../questionnaire/content-schema';
import { scoreAnswer, scoreSystem, type AnswerScore } from './score-answer';

const TODAY = '2026-11-22';

/** The fields every question shares: weight 3, both special responses allowed, with an action for its gaps. */
function base(id: string) {
  return {
    id,
    weight: 3,
    appliesTo: ['commune-committee' as const],
    allowsNotApplicable: true,
    allowsDontKnow: true,
    dti: 'digital-government' as const,
    legalBasis: [{ documentId: 'decree-42-2022' }],
    remediation: { role: 'office' as const },
  };
}

const yesPartlyNo: QuestionOfType<'yes-partly-no'> = { ...base('q-yes'), type: 'yes-partly-no' };
const coverage: QuestionOfType<'coverage'> = { ...base('q-coverage'), type: 'coverage' };
const maturity: QuestionOfType<'maturity'> = { ...base('q-maturity'), type: 'maturity' };
const percentTo95: QuestionOfType<'percentage'> = { ...base('q-percent-95'), type: 'percentage', target: 95 };
const percentOf100: QuestionOfType<'percentage'> = { ...base('q-percent'), type: 'percentage' };
const pairOf100: QuestionOfType<'count-pair'> = { ...base('q-pair'), type: 'count-pair' };
const pairTo100: QuestionOfType<'count-pair'> = { ...base('q-pair-100'), type: 'count-pair', target: 100 };
const pairTo80: QuestionOfType<'count-pair'> = { ...base('q-pair-80'), type: 'count-pair', target: 80 };
const pairTo50: QuestionOfType<'count-pair'> = { ...base('q-pair-50'), type: 'count-pair', target: 50 };
const freshDate: QuestionOfType<'date'> = {
  ...base('q-fresh-date'),
  type: 'date',
  // 16 and 48 months are whole days (487 and 1461) at 365.25 / 12 days a month, so the ages below are exact.
  freshness: { fullWithinMonths: 16, zeroAfterMonths: 48 },
};
const plainDate: QuestionOfType<'date'> = { ...base('q-date'), type: 'date' };
const multiChoice: QuestionOfType<'multi-choice'> = {
  ...base('q-multi'),
  type: 'multi-choice',
  options: [
    { id: 'portal', points: 0.5 },
    { id: 'kiosk', points: 0.3 },
    { id: 'guide', points: 0.2 },
    { id: 'extra', points: 0.4 },
    { id: 'none', points: 0, isExclusive: true },
  ],
};
const systems: QuestionOfType<'system-inventory'> = { ...base('q-systems'), type: 'system-inventory' };
const context: QuestionOfType<'text'> = { ...base('q-text'), type: 'text', weight: 0 };

type Row = [string, Question, Answer, AnswerScore];

const scored = (earned: number, improvement?: AnswerScore['improvement']): AnswerScore => ({
  status: 'scored',
  earned,
  improvement,
});

function expectScore(actual: AnswerScore, expected: AnswerScore) {
  expect(actual).toEqual({ ...expected, earned: expect.closeTo(expected.earned, 12) as number });
}

test.each<Row>([
  ['yes earns 1', yesPartlyNo, choice('q-yes', 'yes'), scored(1)],
  ['partly earns 0.5', yesPartlyNo, choice('q-yes', 'partly'), scored(0.5, { kind: 'choose', optionId: 'yes' })],
  ['no earns 0', yesPartlyNo, choice('q-yes', 'no'), scored(0, { kind: 'choose', optionId: 'yes' })],
])('yes-partly-no: %s', (_name, question, answer, expected) => {
  expectScore(scoreAnswer(question, answer, TODAY), expected);
});

test.each<Row>([
  ['none earns 0', coverage, choice('q-coverage', 'none'), scored(0, { kind: 'choose', optionId: 'most' })],
  ['some earns 0.25', coverage, choice('q-coverage', 'some'), scored(0.25, { kind: 'choose', optionId: 'most' })],
  ['half earns 0.5', coverage, choice('q-coverage', 'half'), scored(0.5, { kind: 'choose', optionId: 'most' })],
  ['most earns 1', coverage, choice('q-coverage', 'most'), scored(1)],
])('coverage: %s', (_name, question, answer, expected) => {
  expectScore(scoreAnswer(question, answer, TODAY), expected);
});

test.each<Row>([
  ['level 0 earns 0, next level 1', maturity, choice('q-maturity', '0'), scored(0, { kind: 'choose', optionId: '1' })],
  ['level 1 earns 0.25, next 2', maturity, choice('q-maturity', '1'), scored(0.25, { kind: 'choose', optionId: '2' })],
  ['level 2 earns 0.5, next 3', maturity, choice('q-maturity', '2'), scored(0.5, { kind: 'choose', optionId: '3' })],
  ['level 3 earns 0.75, next 4', maturity, choice('q-maturity', '3'), scored(0.75, { kind: 'choose', optionId: '4' })],
  ['level 4 earns 1, nothing next', maturity, choice('q-maturity', '4'), scored(1)],
])('maturity: %s', (_name, question, answer, expected) => {
  expectScore(scoreAnswer(question, answer, TODAY), expected);
});

test.each<Row>([
  ['target 95: 95% earns 1', percentTo95, percent('q-percent-95', 95), scored(1)],
  ['target 95: 100% earns 1 (capped)', percentTo95, percent('q-percent-95', 100), scored(1)],
  [
    'target 95: 47.5% earns 0.5',
    percentTo95,
    percent('q-percent-95', 47.5),
    scored(0.5, { kind: 'reach-percent', percent: 95 }),
  ],
  ['target 95: 0% earns 0', percentTo95, percent('q-percent-95', 0), scored(0, { kind: 'reach-percent', percent: 95 })],
  [
    'no target: 87.5% earns 0.875',
    percentOf100,
    percent('q-percent', 87.5),
    scored(0.875, { kind: 'reach-percent', percent: 100 }),
  ],
  ['no target: 100% earns 1', percentOf100, percent('q-percent', 100), scored(1)],
])('percentage: %s', (_name, question, answer, expected) => {
  expectScore(scoreAnswer(question, answer, TODAY), expected);
});

test.each<Row>([
  [
    'no target: 3 of 5 earns 0.6',
    pairOf100,
    countPair('q-pair', 3, 5),
    scored(0.6, { kind: 'reach-count', part: 5, whole: 5 }),
  ],
  ['no target: 5 of 5 earns 1', pairOf100, countPair('q-pair', 5, 5), scored(1)],
  [
    'no target: 0 of 4 earns 0',
    pairOf100,
    countPair('q-pair', 0, 4),
    scored(0, { kind: 'reach-count', part: 4, whole: 4 }),
  ],
  [
    'target 100: 3 of 5 earns 0.6',
    pairTo100,
    countPair('q-pair-100', 3, 5),
    scored(0.6, { kind: 'reach-count', part: 5, whole: 5 }),
  ],
  [
    'target 80: 3 of 5 (60%) earns 0.75, needs 4',
    pairTo80,
    countPair('q-pair-80', 3, 5),
    scored(0.75, { kind: 'reach-count', part: 4, whole: 5 }),
  ],
  ['target 80: 4 of 5 earns 1', pairTo80, countPair('q-pair-80', 4, 5), scored(1)],
  [
    'target 50: 3 of 7 earns 6/7, needs ceil(3.5) = 4',
    pairTo50,
    countPair('q-pair-50', 3, 7),
    scored(6 / 7, { kind: 'reach-count', part: 4, whole: 7 }),
  ],
  ['target 50: 4 of 7 earns 1', pairTo50, countPair('q-pair-50', 4, 7), scored(1)],
])('count-pair: %s', (_name, question, answer, expected) => {
  expectScore(scoreAnswer(question, answer, TODAY), expected);
});

test('count-pair with nothing to count (whole 0) is not scored', () => {
  expect(scoreAnswer(pairOf100, countPair('q-pair', 0, 0), TODAY)).toEqual({ status: 'not-scored', earned: 0 });
});

// BUG: (part / whole) * 100 loses a hair in floating point (29 / 50 * 100 = 57.99999999999999), so a count exactly
// at a target below 100 neither earns full marks nor stops asking for more. (part * 100) / whole is exact here.
test('count-pair exactly at its target earns 1 and asks for nothing more', () => {
  const pairTo58: QuestionOfType<'count-pair'> = { ...base('q-pair-58'), type: 'count-pair', target: 58 };
  const result = scoreAnswer(pairTo58, countPair('q-pair-58', 29, 50), TODAY);
  expect(result.earned).toBe(1);
  expect(result.improvement).toBeUndefined();
});

const renew = { kind: 'renew-within-months', months: 16 } as const;

test.each<Row>([
  ['dated today earns 1', freshDate, dateAnswer('q-fresh-date', TODAY), scored(1)],
  ['dated in the future earns 1', freshDate, dateAnswer('q-fresh-date', '2027-01-15'), scored(1)],
  [
    '16 months old (487 days), the full window, earns 1',
    freshDate,
    dateAnswer('q-fresh-date', '2025-07-23'),
    scored(1),
  ],
  [
    '32 months old (974 days), halfway, earns 0.5',
    freshDate,
    dateAnswer('q-fresh-date', '2024-03-23'),
    scored(0.5, renew),
  ],
  ['48 months old (1461 days) earns 0', freshDate, dateAnswer('q-fresh-date', '2022-11-22'), scored(0, renew)],
  ['older than 48 months earns 0', freshDate, dateAnswer('q-fresh-date', '2015-01-01'), scored(0, renew)],
  ['without freshness any date earns 1', plainDate, dateAnswer('q-date', '2001-01-01'), scored(1)],
])('date: %s', (_name, question, answer, expected) => {
  expectScore(scoreAnswer(question, answer, TODAY), expected);
});

test.each<Row>([
  [
    'one option earns its points',
    multiChoice,
    multi('q-multi', ['portal']),
    scored(0.5, { kind: 'select-options', optionIds: ['kiosk', 'guide', 'extra'] }),
  ],
  [
    'points add up',
    multiChoice,
    multi('q-multi', ['portal', 'kiosk']),
    scored(0.8, { kind: 'select-options', optionIds: ['guide', 'extra'] }),
  ],
  ['points are capped at 1', multiChoice, multi('q-multi', ['portal', 'kiosk', 'guide', 'extra']), scored(1)],
  [
    'reaching 1 without every option asks for nothing more',
    multiChoice,
    multi('q-multi', ['extra', 'portal', 'kiosk']),
    scored(1),
  ],
  [
    'the exclusive "none" earns 0',
    multiChoice,
    multi('q-multi', ['none']),
    scored(0, { kind: 'select-options', optionIds: ['portal', 'kiosk', 'guide', 'extra'] }),
  ],
  [
    'an option the question no longer has earns nothing',
    multiChoice,
    multi('q-multi', ['retired-option', 'guide']),
    scored(0.2, { kind: 'select-options', optionIds: ['portal', 'kiosk', 'extra'] }),
  ],
])('multi-choice: %s', (_name, question, answer, expected) => {
  expectScore(scoreAnswer(question, answer, TODAY), expected);
});

/** The inspection's part (0.3) of a row, `days` after the inspection, for a period of full and zero months. */
function inspectionShare(days: number, fullWithinMonths: number, zeroAfterMonths: number): number {
  const months = days / (365.25 / 12);
  const share = Math.min(1, Math.max(0, (zeroAfterMonths - months) / (zeroAfterMonths - fullWithinMonths)));
  return 0.3 * share;
}

test.each<[string, InformationSystem, number]>([
  ['nothing done earns 0', system('s'), 0],
  ['an approved level earns 0.4', system('s', { approvedLevel: '2' }), 0.4],
  ['a security plan earns 0.3', system('s', { hasSecurityPlan: 'yes' }), 0.3],
  ['a partial security plan earns 0.15', system('s', { hasSecurityPlan: 'partly' }), 0.15],
  ['no security plan earns 0', system('s', { hasSecurityPlan: 'no' }), 0],
  // A row with no level is held to level 3's period: full within 12 months, nothing from 24 (Decree 85 Art. 20.2.c).
  [
    'no level, an inspection 365 days ago (within 12 months) earns 0.3',
    system('s', { lastInspectedOn: '2025-11-22' }),
    0.3,
  ],
  [
    'no level, 549 days ago (about 18 months) earns about half',
    system('s', { lastInspectedOn: '2025-05-22' }),
    inspectionShare(549, 12, 24),
  ],
  ['no level, 731 days ago (past 24 months) earns 0', system('s', { lastInspectedOn: '2024-11-21' }), 0],
  // Levels 1-2 are held to the organisation's two-yearly check: full within 24 months, nothing from 36.
  ['level 2, 730 days ago, is still current', system('s', { approvedLevel: '2', lastInspectedOn: '2024-11-22' }), 0.7],
  [
    'level 2, 913 days ago (30 months) earns half the inspection share',
    system('s', { approvedLevel: '2', lastInspectedOn: '2024-05-23' }),
    0.4 + inspectionShare(913, 24, 36),
  ],
  [
    'level 1, 1097 days ago (past 36 months), earns none of it',
    system('s', { approvedLevel: '1', lastInspectedOn: '2023-11-21' }),
    0.4,
  ],
  // Level 5 every 6 months: full within 6, nothing from 12.
  [
    'level 5, 182 days ago (within 6 months), is current',
    system('s', { approvedLevel: '5', lastInspectedOn: '2026-05-24' }),
    0.7,
  ],
  [
    'level 5, 274 days ago (9 months), earns about half',
    system('s', { approvedLevel: '5', lastInspectedOn: '2026-02-21' }),
    0.4 + inspectionShare(274, 6, 12),
  ],
  [
    'a proposed level sets the period until one is approved',
    system('s', { proposedLevel: '2', lastInspectedOn: '2024-11-22' }),
    0.3,
  ],
  [
    'everything done earns 1',
    system('s', { approvedLevel: '3', hasSecurityPlan: 'yes', lastInspectedOn: '2026-06-01' }),
    1,
  ],
  [
    'approved level 3, partial plan, inspected 610 days ago (20 months)',
    system('s', { approvedLevel: '3', hasSecurityPlan: 'partly', lastInspectedOn: '2025-03-22' }),
    0.4 + 0.15 + inspectionShare(610, 12, 24),
  ],
])('system in the inventory: %s', (_name, row, expected) => {
  expect(scoreSystem(row, TODAY)).toBeCloseTo(expected, 12);
});

const perfect = system('perfect', { approvedLevel: '2', hasSecurityPlan: 'yes', lastInspectedOn: '2026-06-01' });
/** Level 2, partial plan, inspected 20 months ago (current for level 2): 0.4 + 0.15 + 0.3 = 0.85. */
const partial = system('partial', { approvedLevel: '2', hasSecurityPlan: 'partly', lastInspectedOn: '2025-03-22' });
const bare = system('bare', { systemType: 'internal' });

test.each<Row>([
  ['one perfect system earns 1', systems, inventory('q-systems', [perfect]), scored(1)],
  [
    'the mean of the systems: (1 + 0.85) / 2 = 0.925, fix the weak one',
    systems,
    inventory('q-systems', [perfect, partial]),
    scored(0.925, { kind: 'fix-systems', systemIds: ['partial'] }),
  ],
  [
    'the mean of (0.85 + 0 + 1) / 3, fix both weak ones in order',
    systems,
    inventory('q-systems', [partial, bare, perfect]),
    scored(1.85 / 3, { kind: 'fix-systems', systemIds: ['partial', 'bare'] }),
  ],
  [
    'a system with nothing done earns 0',
    systems,
    inventory('q-systems', [bare]),
    scored(0, { kind: 'fix-systems', systemIds: ['bare'] }),
  ],
])('system-inventory: %s', (_name, question, answer, expected) => {
  expectScore(scoreAnswer(question, answer, TODAY), expected);
});

test('only the systems the unit owns (or whose role it has not stated) are scored', () => {
  const used = system('used', { role: 'user' });
  const operated = system('operated', { role: 'operator' });
  const owned = { ...perfect, role: 'owner' as const };

  expectScore(scoreAnswer(systems, inventory('q-systems', [owned, used, operated]), TODAY), scored(1));
  expectScore(
    scoreAnswer(systems, inventory('q-systems', [used, bare]), TODAY),
    scored(0, { kind: 'fix-systems', systemIds: ['bare'] }),
  );
  expect(scoreAnswer(systems, inventory('q-systems', [used, operated]), TODAY)).toEqual({
    status: 'not-scored',
    earned: 0,
  });
});

test('option points that add up to 1 in decimals earn exactly 1, whatever floating point makes of the sum', () => {
  const sixOptions: QuestionOfType<'multi-choice'> = {
    ...base('q-six'),
    type: 'multi-choice',
    options: [0.15, 0.2, 0.15, 0.2, 0.2, 0.1].map((points, index) => ({ id: `o${index}`, points })),
  };
  expect(0.15 + 0.2 + 0.15 + 0.2 + 0.2 + 0.1).toBeLessThan(1);

  expectScore(scoreAnswer(sixOptions, multi('q-six', ['o0', 'o1', 'o2', 'o3', 'o4', 'o5']), TODAY), scored(1));
});

test('an empty inventory is not scored', () => {
  expect(scoreAnswer(systems, inventory('q-systems', []), TODAY)).toEqual({ status: 'not-scored', earned: 0 });
});

test('a text question is not scored', () => {
  expect(scoreAnswer(context, text('q-text', 'Thiếu máy tính'), TODAY)).toEqual({ status: 'not-scored', earned: 0 });
});

test.each<[string, Answer | undefined]>([
  ['a value', choice('q-weightless', 'no')],
  ['"don\'t know"', dontKnow('q-weightless')],
  ['no answer', undefined],
])('a question of weight 0 is not scored, whatever the answer: %s', (_name, answer) => {
  const weightless: QuestionOfType<'yes-partly-no'> = { ...base('q-weightless'), type: 'yes-partly-no', weight: 0 };
  expect(scoreAnswer(weightless, answer, TODAY)).toEqual({ status: 'not-scored', earned: 0 });
});

test.each<Question>([yesPartlyNo, percentOf100, pairOf100, freshDate, multiChoice, systems])(
  '"not applicable" is its own status and earns nothing ($type)',
  (question) => {
    expect(scoreAnswer(question, notApplicable(question.id), TODAY)).toEqual({ status: 'not-applicable', earned: 0 });
  },
);

test.each<Question>([yesPartlyNo, percentOf100, pairOf100, freshDate, multiChoice, systems])(
  '"don\'t know" earns 0 and asks to find out ($type)',
  (question) => {
    expect(scoreAnswer(question, dontKnow(question.id), TODAY)).toEqual({
      status: 'dont-know',
      earned: 0,
      improvement: { kind: 'find-out' },
    });
  },
);

test.each<[string, Question, Answer | undefined]>([
  ['no answer at all', yesPartlyNo, undefined],
  ['a note without a response', yesPartlyNo, noteOnly('q-yes')],
  ['a coverage value to a yes-partly-no question', yesPartlyNo, choice('q-yes', 'most')],
  ['a percentage to a count-pair question', pairOf100, percent('q-pair', 100)],
  ['a yes to a maturity question', maturity, choice('q-maturity', 'yes')],
  ['a date to a multi-choice question', multiChoice, dateAnswer('q-multi', TODAY)],
])('unanswered: %s', (_name, question, answer) => {
  expect(scoreAnswer(question, answer, TODAY)).toEqual({ status: 'unanswered', earned: 0 });
});
