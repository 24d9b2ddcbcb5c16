import { expect, test } from 'vitest';
import type { InformationSystem } from '../questionnaire/answer-schema';
import type { Classification } from './classification-schema';
import { dutyRules } from './law/duties';
import { decideRegime } from './transition';

const row = (extra: Partial<InformationSystem> = {}): InformationSystem => ({
  id: 'one-stop',
  name: 'Hệ thống một cửa điện tử',
  systemType: 'citizen-services',
  ...extra,
});
const invested: Classification = { investedBeforeNewLaw: true };
const decide = (classification: Classification, system: InformationSystem | undefined, today: string) =>
  decideRegime({ classification, row: system, today });

test('a level approved on 30/6/2026, under Law 86/2015, is kept; the new measures are due by 1/7/2027', () => {
  const decision = decide({}, row({ approvedLevel: '3', approvedOn: '2026-06-30' }), '2026-12-03');
  expect(decision).toEqual({
    regime: 'decree-331',
    case: 'classified-earlier',
    deadlines: [{ dutyId: 'transition-classified-measures', by: '2027-07-01' }],
  });
});

test('a level approved on 1/7/2026 was not approved under Law 86/2015: the new regime', () => {
  expect(decide({}, row({ approvedLevel: '3', approvedOn: '2026-07-01' }), '2026-12-03')).toEqual({
    regime: 'decree-331',
    case: 'new-regime',
    deadlines: [],
  });
});

test('an approved level without its date is not taken as approved before the new law', () => {
  expect(decide({}, row({ approvedLevel: '2' }), '2026-12-03').case).toBe('new-regime');
  expect(decide({}, row({ approvedOn: '2025-05-01' }), '2026-12-03').case).toBe('new-regime');
});

test('invested before 1/7/2026 and not approved: Decree 85 until 31/12/2026, with both deadlines', () => {
  expect(decide(invested, row(), '2026-12-31')).toEqual({
    regime: 'decree-85',
    case: 'invested-before',
    deadlines: [
      { dutyId: 'transition-invested-approval', by: '2027-01-01' },
      { dutyId: 'transition-invested-measures', by: '2027-07-01' },
    ],
  });
});

test('invested before 1/7/2026 and still not approved on 1/1/2027: the transition has passed, regime B', () => {
  const decision = decide(invested, row(), '2027-01-01');
  expect(decision.regime).toBe('decree-331');
  expect(decision.case).toBe('transition-passed');
  expect(decision.deadlines.map((deadline) => deadline.by)).toEqual(['2027-01-01', '2027-07-01']);
});

test('invested before and approved within the transition: Decree 85 until 1/1/2027, then regime B with the measures due', () => {
  const approved = row({ approvedLevel: '3', approvedOn: '2026-09-15' });
  expect(decide(invested, approved, '2026-12-31').case).toBe('invested-before');
  expect(decide(invested, approved, '2027-01-01')).toEqual({
    regime: 'decree-331',
    case: 'new-regime',
    deadlines: [{ dutyId: 'transition-invested-measures', by: '2027-07-01' }],
  });
});

test('a level approved before 1/7/2026 outweighs the investment date', () => {
  expect(decide(invested, row({ approvedLevel: '2', approvedOn: '2024-03-01' }), '2026-12-03').case).toBe(
    'classified-earlier',
  );
});

test('everything else follows the new regime, with no transition deadline', () => {
  expect(decide({}, undefined, '2026-12-03')).toEqual({ regime: 'decree-331', case: 'new-regime', deadlines: [] });
  expect(decide({ investedBeforeNewLaw: false }, row(), '2026-08-01').case).toBe('new-regime');
});

test('the unit’s choice wins, and the deadlines of its case still apply', () => {
  expect(decide({ regimeOverride: 'decree-85' }, row(), '2027-03-01')).toEqual({
    regime: 'decree-85',
    case: 'chosen',
    deadlines: [],
  });
  const chosen = decide({ ...invested, regimeOverride: 'decree-331' }, row(), '2026-10-01');
  expect(chosen.regime).toBe('decree-331');
  expect(chosen.case).toBe('chosen');
  expect(chosen.deadlines).toHaveLength(2);
});

test('every deadline names a transition duty of the law data, with its date', () => {
  const decisions = [
    decide({}, row({ approvedLevel: '3', approvedOn: '2026-06-30' }), '2026-12-03'),
    decide(invested, row(), '2026-12-31'),
    decide(invested, row(), '2027-01-01'),
    decide(invested, row({ approvedLevel: '3', approvedOn: '2026-09-15' }), '2027-01-01'),
  ];
  for (const { deadline } of decisions.flatMap((decision) => decision.deadlines.map((deadline) => ({ deadline })))) {
    const rule = dutyRules.find((candidate) => candidate.id === deadline.dutyId);
    expect(rule?.kind).toBe('transition');
    expect(rule?.by).toBe(deadline.by);
  }
});
