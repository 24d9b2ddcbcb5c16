import { describe, expect, it } from 'vitest';
import type { SecurityLevel } from '../questionnaire/answer-schema';
import { baselineOf, baselineProgress, gapPriority, listBaselineGaps, type GapStatus } from './baseline-gaps';
import { levelB, record, row, testGroupsFor } from './baseline-gaps.test-support';

describe('gapPriority', () => {
  it.each<[GapStatus, SecurityLevel, string]>([
    ['not-met', '5', 'high'],
    ['not-met', '3', 'high'],
    ['not-met', '2', 'medium'],
    ['not-met', '1', 'medium'],
    ['partly', '4', 'medium'],
    ['partly', '3', 'medium'],
    ['partly', '2', 'low'],
    ['partly', '1', 'low'],
  ])('%s at level %s is %s', (status, level, priority) => {
    expect(gapPriority(status, level)).toBe(priority);
  });
});

describe('listBaselineGaps', () => {
  it('makes an item of every group partly or not met, with the unit’s owner and due date and the group’s basis', () => {
    const gaps = listBaselineGaps({
      rows: [row('portal'), row('mail')],
      records: new Map([
        [
          'portal',
          record('portal', {
            policy: 'met',
            staff: { status: 'partly', owner: 'Phòng CNTT', dueOn: '2027-03-31', evidence: 'Dự thảo' },
            network: 'not-met',
            monitoring: 'not-applicable',
          }),
        ],
        ['mail', record('mail', { policy: 'not-met', network: 'partly' })],
      ]),
      levels: new Map([
        ['portal', levelB('3')],
        ['mail', levelB('2')],
      ]),
      groupsFor: testGroupsFor,
    });
    expect(gaps.map((gap) => [gap.systemId, gap.groupId, gap.status, gap.priority])).toEqual([
      ['portal', 'network', 'not-met', 'high'],
      ['portal', 'staff', 'partly', 'medium'],
      ['mail', 'policy', 'not-met', 'medium'],
      ['mail', 'network', 'partly', 'low'],
    ]);
    expect(gaps[1]).toMatchObject({
      systemName: 'System portal',
      family: 'management',
      level: '3',
      regime: 'decree-331',
      owner: 'Phòng CNTT',
      dueOn: '2027-03-31',
      evidence: 'Dự thảo',
      confirmation: 'unconfirmed',
      legalBasis: [{ documentId: 'decree-331-2026', article: '30', clause: '3' }],
    });
  });

  it.each([
    ['no level yet', levelB(undefined)],
    ['no classification', undefined],
  ])('lists nothing for a system with %s', (_case, level) => {
    const gaps = listBaselineGaps({
      rows: [row('portal')],
      records: new Map([['portal', record('portal', { policy: 'not-met' })]]),
      levels: level ? new Map([['portal', level]]) : new Map(),
      groupsFor: testGroupsFor,
    });
    expect(gaps).toEqual([]);
  });

  it('ignores a check of a group that no longer applies at the level or regime of today', () => {
    const rows = [row('portal')];
    const records = new Map([['portal', record('portal', { monitoring: 'not-met', 'a-policy': 'not-met' })]]);
    expect(
      listBaselineGaps({ rows, records, levels: new Map([['portal', levelB('2')]]), groupsFor: testGroupsFor }),
    ).toEqual([]);
    expect(
      listBaselineGaps({
        rows,
        records,
        levels: new Map([['portal', { regime: 'decree-85', level: '2' }]]),
        groupsFor: testGroupsFor,
      }).map((gap) => gap.groupId),
    ).toEqual(['a-policy']);
  });

  it('lists nothing for a system the inventory no longer has', () => {
    const gaps = listBaselineGaps({
      rows: [],
      records: new Map([['gone', record('gone', { policy: 'not-met' })]]),
      levels: new Map([['gone', levelB('3')]]),
      groupsFor: testGroupsFor,
    });
    expect(gaps).toEqual([]);
  });
});

describe('baselineProgress', () => {
  it.each([
    [{}, { total: 4, answered: 0, gaps: 0, isComplete: false, isAllMet: false }],
    [
      { policy: 'met', staff: 'partly' },
      { total: 4, answered: 2, gaps: 1, isComplete: false, isAllMet: false },
    ],
    [
      { policy: 'met', staff: 'met', network: 'not-applicable', monitoring: 'met' },
      { total: 4, answered: 4, gaps: 0, isComplete: true, isAllMet: true },
    ],
    [
      { policy: 'met', staff: 'met', network: 'not-met', monitoring: 'met' },
      { total: 4, answered: 4, gaps: 1, isComplete: true, isAllMet: false },
    ],
  ] as const)('counts %j at level 3', (checks, expected) => {
    expect(baselineProgress(baselineOf(levelB('3'), record('s', checks), testGroupsFor))).toEqual(expected);
  });

  it('is empty, never complete, without a level', () => {
    expect(baselineProgress(baselineOf(levelB(), record('s', { policy: 'met' }), testGroupsFor))).toMatchObject({
      total: 0,
      isComplete: false,
    });
  });
});
