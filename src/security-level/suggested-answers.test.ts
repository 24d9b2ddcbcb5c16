import { describe, expect, it } from 'vitest';
import { securitySection } from '../questionnaire/content/security-section';
import type { InformationSystem } from '../questionnaire/answer-schema';
import type { SystemLevel } from './baseline-gaps';
import { levelB, record, row, testGroupsFor } from './baseline-gaps.test-support';
import {
  MANAGEMENT_MEASURE_OPTIONS,
  SUGGESTED_QUESTION_IDS,
  coverageOf,
  suggestAnswers,
  type SuggestionInput,
} from './suggested-answers';
import type { SystemSecurity } from './system-security-schema';

const TODAY = '2026-12-03';

function suggest(overrides: Partial<SuggestionInput>) {
  return suggestAnswers({
    rows: [],
    records: new Map(),
    levels: new Map(),
    unit: undefined,
    groupsFor: testGroupsFor,
    today: TODAY,
    ...overrides,
  });
}

const choiceOf = (input: Partial<SuggestionInput>, questionId: (typeof SUGGESTED_QUESTION_IDS)[number]) => {
  const response = suggest(input).get(questionId)?.response;
  if (!response) return undefined;
  if (response.kind !== 'value') return response.kind;
  const { value } = response;
  if (value.type === 'coverage') return value.choice;
  if (value.type === 'multi-choice') return value.optionIds;
  if (value.type === 'date') return value.date;
  return value.type;
};

describe('the questions it suggests for', () => {
  it('exist in the security section with the types it writes', () => {
    const types = Object.fromEntries(securitySection.questions.map((question) => [question.id, question.type]));
    expect(SUGGESTED_QUESTION_IDS.map((id) => types[id])).toEqual(['coverage', 'coverage', 'multi-choice', 'date']);
    const measures = securitySection.questions.find((question) => question.id === 'security-management-measures');
    const options = measures && 'options' in measures ? (measures.options ?? []).map((option) => option.id) : [];
    expect(options).toEqual([...MANAGEMENT_MEASURE_OPTIONS, 'none']);
  });
});

describe('coverageOf', () => {
  it.each([
    [0, 3, 'none'],
    [1, 3, 'some'],
    [4, 9, 'some'],
    [1, 2, 'half'],
    [8, 9, 'half'],
    [9, 10, 'most'],
    [3, 3, 'most'],
    [0, 0, 'none'],
  ])('%i of %i is %s', (count, total, expected) => {
    expect(coverageOf(count, total)).toBe(expected);
  });
});

describe('suggestAnswers', () => {
  it('suggests nothing while the inventory is unanswered', () => {
    expect(
      suggest({
        rows: undefined,
        unit: { lastOrganisationInspectionOn: '2026-01-01', updatedAt: TODAY + 'T00:00:00Z' },
      }).size,
    ).toBe(0);
  });

  it('suggests “not applicable” for the owner’s questions when the unit owns no system', () => {
    const input = { rows: [row('lgsp', { role: 'user' }), row('igate', { role: 'operator' })] };
    expect(choiceOf(input, 'security-levels-determined')).toBe('not-applicable');
    expect(choiceOf(input, 'security-plan-before-go-live')).toBe('not-applicable');
    expect(suggest(input).get('security-levels-determined')?.basis).toEqual({ kind: 'no-owned-system' });
    expect(choiceOf(input, 'security-management-measures')).toBeUndefined();
  });

  describe('security-levels-determined', () => {
    const rows = [
      row('a'),
      row('b', { proposedLevel: '2' }),
      row('c', { role: undefined }),
      row('d', { role: 'user' }),
    ];
    it.each<[string, Map<string, SystemLevel>, string | undefined]>([
      ['nothing classified and no level on the rows', new Map(), undefined],
      ['a level on one row of three owned', new Map(), 'some'],
      ['two of three', new Map([['a', levelB('3')]]), 'half'],
      [
        'every owned one (the user’s row does not count)',
        new Map([
          ['a', levelB('3')],
          ['c', levelB('1')],
        ]),
        'most',
      ],
      ['a classification without a level yet', new Map([['a', levelB()]]), 'some'],
    ])('%s', (_case, levels, expected) => {
      const input = {
        rows: expected === undefined ? rows.map((r) => ({ ...r, proposedLevel: undefined })) : rows,
        levels,
      };
      expect(choiceOf(input, 'security-levels-determined')).toEqual(expected);
    });

    it('says how many of the owned systems it counted', () => {
      expect(suggest({ rows, levels: new Map([['a', levelB('3')]]) }).get('security-levels-determined')?.basis).toEqual(
        {
          kind: 'classification',
          count: 2,
          total: 3,
        },
      );
    });
  });

  describe('security-plan-before-go-live and security-management-measures', () => {
    const rows: InformationSystem[] = [row('portal'), row('mail'), row('shared', { role: 'user' })];
    const levels = new Map([
      ['portal', levelB('3')],
      ['mail', levelB('2')],
      ['shared', levelB('3')],
    ]);
    const allMet3 = { policy: 'met', staff: 'met', network: 'met', monitoring: 'not-applicable' } as const;
    const allMet2 = { policy: 'met', staff: 'met', network: 'met' } as const;
    it.each<[string, Record<string, Record<string, string>>, string | undefined, string[] | string | undefined]>([
      ['no self-check', {}, undefined, undefined],
      ['one system partly checked', { portal: { policy: 'met' } }, undefined, undefined],
      ['one of two owned complete and all met', { portal: allMet3 }, 'half', undefined],
      ['both complete, all met', { portal: allMet3, mail: allMet2 }, 'most', ['policy', 'responsible-staff']],
      ['both complete, one with a gap', { portal: { ...allMet3, staff: 'partly' }, mail: allMet2 }, 'half', ['policy']],
      [
        'both complete, every management group a gap',
        { portal: { ...allMet3, policy: 'not-met', staff: 'partly' }, mail: { ...allMet2, policy: 'not-met' } },
        'none',
        ['none'],
      ],
      [
        'a measure met in one system and not applicable in the other',
        { portal: { ...allMet3, staff: 'not-met' }, mail: { ...allMet2, policy: 'not-applicable', staff: 'not-met' } },
        'none',
        ['policy'],
      ],
      ['the user’s system does not count', { shared: allMet3 }, undefined, undefined],
    ])('%s', (_case, checks, plan, measures) => {
      const records = new Map<string, SystemSecurity>(
        Object.entries(checks).map(([id, byGroup]) => [id, record(id, byGroup as never)]),
      );
      const input = { rows, levels, records };
      expect(choiceOf(input, 'security-plan-before-go-live')).toEqual(plan);
      expect(choiceOf(input, 'security-management-measures')).toEqual(measures);
    });

    it('says how many systems’ self-checks it rests on', () => {
      const records = new Map([
        ['portal', record('portal', allMet3)],
        ['mail', record('mail', allMet2)],
      ]);
      const suggestions = suggest({ rows, levels, records });
      expect(suggestions.get('security-plan-before-go-live')?.basis).toEqual({
        kind: 'self-check',
        count: 2,
        total: 2,
      });
      expect(suggestions.get('security-management-measures')?.basis).toEqual({
        kind: 'self-check',
        count: 2,
        total: 2,
      });
    });
  });

  describe('security-last-inspection', () => {
    const unit = (date?: string) => ({ lastOrganisationInspectionOn: date, updatedAt: '2026-12-01T00:00:00.000Z' });
    it.each([
      ['nothing recorded', [row('a')], new Map(), undefined, undefined, undefined],
      ['the unit’s own inspection', [row('a')], new Map(), unit('2025-06-01'), '2025-06-01', undefined],
      [
        'a system’s later inspection on its row',
        [row('a', { lastInspectedOn: '2026-05-02' })],
        new Map(),
        unit('2025-06-01'),
        '2026-05-02',
        'System a',
      ],
      [
        'a system’s inspection in the workbench',
        [row('a', { lastInspectedOn: '2026-05-02' }), row('b')],
        new Map([['b', record('b', {}, { lastInspectedOn: '2026-09-30' })]]),
        undefined,
        '2026-09-30',
        'System b',
      ],
      [
        'not a date after today',
        [row('a', { lastInspectedOn: '2027-01-01' })],
        new Map(),
        unit('2024-02-29'),
        '2024-02-29',
        undefined,
      ],
      [
        'not a system the unit only uses',
        [row('a', { role: 'user', lastInspectedOn: '2026-01-01' })],
        new Map(),
        undefined,
        undefined,
        undefined,
      ],
    ])('%s', (_case, rows, records, unitRecord, date, systemName) => {
      const suggestion = suggest({ rows, records, unit: unitRecord }).get('security-last-inspection');
      expect(choiceOf({ rows, records, unit: unitRecord }, 'security-last-inspection')).toEqual(date);
      if (date)
        expect(suggestion?.basis).toEqual(systemName ? { kind: 'inspection', systemName } : { kind: 'inspection' });
    });
  });
});
