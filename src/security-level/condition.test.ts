import { expect, test } from 'vitest';
import type { Classification } from './classification-schema';
import { conditionMet, evaluateCondition, factsRead, factsStillNeeded } from './condition';
import type { Condition } from './law/law-schema';

const citizenFacing: Condition = { fact: 'systemType', is: ['citizen-services'] };
const manyUsers: Condition = { fact: 'userCount', atLeast: 10_000 };
const fewUsers: Condition = { fact: 'userCount', below: 10_000 };
const onlyPublic: Condition = { fact: 'informationTypes', onlyOf: ['public'] };
const personal: Condition = { fact: 'informationTypes', includes: ['personal', 'private'] };

test.each<[string, Condition, Classification, ReturnType<typeof evaluateCondition>]>([
  ['is, met', citizenFacing, { systemType: 'citizen-services' }, 'met'],
  ['is, not met', citizenFacing, { systemType: 'internal' }, 'not-met'],
  ['is, unanswered', citizenFacing, {}, 'unknown'],
  ['is on a boolean', { fact: 'handlesProcedures', is: [true] }, { handlesProcedures: false }, 'not-met'],
  [
    'is false on a boolean',
    { fact: 'conditionalBusinessService', is: [false] },
    { conditionalBusinessService: false },
    'met',
  ],
  ['atLeast at the boundary', manyUsers, { userCount: 10_000 }, 'met'],
  ['atLeast just below', manyUsers, { userCount: 9_999 }, 'not-met'],
  ['below at the boundary', fewUsers, { userCount: 10_000 }, 'not-met'],
  ['below just below', fewUsers, { userCount: 9_999 }, 'met'],
  ['a number fact of digits (the risk level)', { fact: 'riskLevel', atLeast: 3 }, { riskLevel: '4' }, 'met'],
  ['onlyOf, only those', onlyPublic, { informationTypes: ['public'] }, 'met'],
  ['onlyOf, another one too', onlyPublic, { informationTypes: ['public', 'personal'] }, 'not-met'],
  ['onlyOf, an empty choice is unanswered', onlyPublic, { informationTypes: [] }, 'unknown'],
  ['includes, one of them', personal, { informationTypes: ['public', 'private'] }, 'met'],
  ['includes, none of them', personal, { informationTypes: ['public'] }, 'not-met'],
  ['all: false wins over unknown', { all: [citizenFacing, manyUsers] }, { systemType: 'internal' }, 'not-met'],
  ['all: unknown while a part is', { all: [citizenFacing, manyUsers] }, { systemType: 'citizen-services' }, 'unknown'],
  ['all: met', { all: [citizenFacing, manyUsers] }, { systemType: 'citizen-services', userCount: 20_000 }, 'met'],
  ['any: true wins over unknown', { any: [citizenFacing, manyUsers] }, { userCount: 20_000 }, 'met'],
  ['any: unknown while a part is', { any: [citizenFacing, manyUsers] }, { userCount: 1 }, 'unknown'],
  ['any: not met', { any: [citizenFacing, manyUsers] }, { userCount: 1, systemType: 'internal' }, 'not-met'],
  ['not: unanswered meets nothing', { not: personal }, {}, 'unknown'],
  [
    'not: flips an answer',
    { not: { fact: 'informationTypes', includes: ['state-secret'] } },
    { informationTypes: ['public'] },
    'met',
  ],
])('%s', (_name, condition, facts, outcome) => {
  expect(evaluateCondition(condition, facts)).toBe(outcome);
  expect(conditionMet(condition, facts)).toBe(outcome === 'met');
});

test('lists the facts a condition reads, once each, in order', () => {
  const condition: Condition = { all: [citizenFacing, { any: [manyUsers, fewUsers] }, { not: personal }] };
  expect(factsRead(condition)).toEqual(['systemType', 'userCount', 'informationTypes']);
});

test('still needed: only the unanswered facts of the undecided parts', () => {
  const condition: Condition = { all: [citizenFacing, { any: [manyUsers, personal] }] };
  expect(factsStillNeeded(condition, {})).toEqual(['systemType', 'userCount', 'informationTypes']);
  expect(factsStillNeeded(condition, { systemType: 'citizen-services' })).toEqual(['userCount', 'informationTypes']);
  // Decided either way: nothing to ask.
  expect(factsStillNeeded(condition, { systemType: 'internal' })).toEqual([]);
  expect(factsStillNeeded(condition, { systemType: 'citizen-services', userCount: 20_000 })).toEqual([]);
});
