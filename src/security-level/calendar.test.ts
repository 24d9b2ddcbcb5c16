import type { InformationSystem, SecurityLevel } from '../questionnaire/answer-schema';
import {
  compareDuties,
  incidentRules,
  listDuties,
  type Duty,
  type DutyListInput,
  type SystemDutyInput,
} from './calendar';
import { addMonths } from './calendar-dates';
import type { ClassificationResult, RegimeDecision } from './classification-result';
import type { Regime } from './classification-schema';
import type { DutyRule } from './law/law-schema';
import { emptySystemSecurity, type DutyDates, type Incident } from './system-security-schema';

const levels = (...list: SecurityLevel[]) => list;
const basis = [{ documentId: 'decree-85-2016', article: '20' }];

/** The rules as the law data states them (shared/reference/security-by-level.md §6). */
const RULES: DutyRule[] = [
  {
    id: 'b-classify-in-operation',
    regime: 'decree-331',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'transition',
    by: '2026-08-19',
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-unit-cybersecurity-rules',
    regime: 'decree-331',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'transition',
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-before-go-live',
    regime: 'decree-331',
    levels: levels('3', '4', '5'),
    kind: 'transition',
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'a-organisation-inspection',
    regime: 'decree-85',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'inspection',
    everyMonths: 24,
    legalBasis: [{ documentId: 'decree-85-2016', article: '20', clause: '2', point: 'c' }],
    confirmation: 'text',
  },
  {
    id: 'a-inspection-1-2',
    regime: 'decree-85',
    levels: levels('1', '2'),
    kind: 'inspection',
    everyMonths: 24,
    legalBasis: basis,
    confirmation: 'text',
  },
  {
    id: 'a-inspection-3-4',
    regime: 'decree-85',
    levels: levels('3', '4'),
    kind: 'inspection',
    everyMonths: 12,
    legalBasis: basis,
    confirmation: 'text',
  },
  {
    id: 'a-inspection-5',
    regime: 'decree-85',
    levels: levels('5'),
    kind: 'inspection',
    everyMonths: 6,
    legalBasis: basis,
    confirmation: 'text',
  },
  {
    id: 'b-scan-3-4',
    regime: 'decree-331',
    levels: levels('3', '4'),
    kind: 'inspection',
    everyMonths: 6,
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'a-annual-report',
    regime: 'decree-85',
    levels: levels('3', '4', '5'),
    kind: 'annual-report',
    yearly: '11-30',
    to: 'owner',
    legalBasis: basis,
    confirmation: 'text',
  },
  {
    id: 'b-report-owner',
    regime: 'decree-331',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'annual-report',
    yearly: '12-20',
    to: 'owner',
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-report-mps',
    regime: 'decree-331',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'annual-report',
    yearly: '12-25',
    to: 'mps',
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-reclassify',
    regime: 'decree-331',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'reclassification',
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'a-incident',
    regime: 'decree-85',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'incident-report',
    withinHours: 120,
    legalBasis: basis,
    confirmation: 'text',
  },
  {
    id: 'b-incident-serious',
    regime: 'decree-331',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'incident-report',
    withinHours: 24,
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-incident-report',
    regime: 'decree-331',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'incident-report',
    withinHours: 72,
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-incident-personal-data',
    regime: 'decree-331',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'incident-report',
    withinHours: 72,
    to: 'pdp-authority',
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'transition-invested-approval',
    regime: 'decree-85',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'transition',
    by: '2027-01-01',
    legalBasis: basis,
    confirmation: 'text',
  },
  {
    id: 'transition-invested-measures',
    regime: 'decree-331',
    levels: levels('1', '2', '3', '4', '5'),
    kind: 'transition',
    by: '2027-07-01',
    legalBasis: basis,
    confirmation: 'text',
  },
];

function result(
  regime: Regime,
  level?: SecurityLevel,
  extra: Partial<ClassificationResult> = {},
): ClassificationResult {
  const decision: RegimeDecision = {
    regime,
    case: regime === 'decree-85' ? 'invested-before' : 'new-regime',
    deadlines: [],
  };
  return {
    regime: decision,
    ...(level ? { level } : {}),
    matched: [],
    deciding: [],
    missingFacts: [],
    warnings: [],
    ...extra,
  };
}

function system(
  id: string,
  regime: Regime,
  level: SecurityLevel | undefined,
  {
    row = {},
    duties = {},
    inOperationSince,
    resultExtra,
  }: {
    row?: Partial<InformationSystem>;
    duties?: DutyDates;
    inOperationSince?: string;
    resultExtra?: Partial<ClassificationResult>;
  } = {},
): SystemDutyInput {
  const record = { ...emptySystemSecurity(id, '2026-12-01T00:00:00.000Z'), duties };
  if (inOperationSince) record.classification = { inOperationSince };
  return {
    row: {
      id,
      name: `System ${id}`,
      systemType: 'internal',
      role: 'owner',
      approvedLevel: level,
      approvedOn: level ? '2025-05-01' : undefined,
      ...row,
    },
    record,
    result: result(regime, level, resultExtra),
  };
}

function list(systems: SystemDutyInput[], extra: Partial<DutyListInput> = {}): Duty[] {
  return listDuties({ systems, unit: undefined, ownsSystems: true, today: '2026-12-03', rules: RULES, ...extra });
}
const find = (duties: Duty[], id: string) => duties.find((duty) => duty.id === id);

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 12, '2027-01-15'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-03', 24, '2028-12-03'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('listDuties: periodic inspection by regime and level', () => {
  it.each([
    ['decree-85', '1', 'a-inspection-1-2', '2027-06-01'],
    ['decree-85', '2', 'a-inspection-1-2', '2027-06-01'],
    ['decree-85', '3', 'a-inspection-3-4', '2026-06-01'],
    ['decree-85', '4', 'a-inspection-3-4', '2026-06-01'],
    ['decree-85', '5', 'a-inspection-5', '2025-12-01'],
    ['decree-331', '3', 'b-scan-3-4', '2025-12-01'],
  ] as const)('%s level %s: %s due %s from the last inspection 1/6/2025', (regime, level, ruleId, dueOn) => {
    const duties = list([system('s', regime, level, { duties: { lastInspectedOn: '2025-06-01' } })]);
    const inspections = duties.filter((duty) => duty.kind === 'inspection' && duty.systemId === 's');
    expect(inspections.map((duty) => duty.dutyRuleId)).toEqual([ruleId]);
    expect(inspections[0]).toMatchObject({ dueOn, doneOn: '2025-06-01', level, regime });
  });

  it('counts from the inventory row when the workbench has no date, and the workbench date wins', () => {
    const fromRow = list([system('s', 'decree-85', '3', { row: { lastInspectedOn: '2026-02-10' } })]);
    expect(find(fromRow, 's:a-inspection-3-4')).toMatchObject({ dueOn: '2027-02-10', status: 'upcoming' });
    const both = list([
      system('s', 'decree-85', '3', {
        row: { lastInspectedOn: '2026-02-10' },
        duties: { lastInspectedOn: '2026-12-20' },
      }),
    ]);
    expect(find(both, 's:a-inspection-3-4')?.dueOn).toBe('2027-12-20');
  });

  it('boundaries: due yesterday is overdue, today and in 30 days is due soon, in 31 days upcoming', () => {
    const status = (last: string) =>
      find(list([system('s', 'decree-85', '3', { duties: { lastInspectedOn: last } })]), 's:a-inspection-3-4')?.status;
    expect(status('2025-12-02')).toBe('overdue');
    expect(status('2025-12-03')).toBe('due-soon');
    expect(status('2026-01-02')).toBe('due-soon');
    expect(status('2026-01-03')).toBe('upcoming');
  });

  it('never inspected: due now for a system in operation; a period after go-live when that is known', () => {
    expect(find(list([system('s', 'decree-85', '3')]), 's:a-inspection-3-4')).toMatchObject({
      dueOn: '2026-12-03',
      status: 'due-soon',
    });
    expect(
      find(list([system('s', 'decree-85', '3', { inOperationSince: '2025-03-01' })]), 's:a-inspection-3-4'),
    ).toMatchObject({ dueOn: '2026-03-01', status: 'overdue' });
    expect(
      find(list([system('s', 'decree-85', '3', { inOperationSince: '2027-03-01' })]), 's:a-inspection-3-4'),
    ).toMatchObject({ dueOn: '2028-03-01', status: 'upcoming' });
  });

  it('follows the approved level over the proposal', () => {
    const duties = list([system('s', 'decree-85', '2', { resultExtra: { level: '3', approvedLevel: '2' } })]);
    expect(duties.some((duty) => duty.dutyRuleId === 'a-inspection-1-2')).toBe(true);
    expect(duties.some((duty) => duty.dutyRuleId === 'a-inspection-3-4')).toBe(false);
  });
});

describe('listDuties: the annual report', () => {
  it("regime A: levels 3-5 only, before 30/11, yearly; overdue when this year's is not sent", () => {
    expect(list([system('s', 'decree-85', '2')]).some((duty) => duty.kind === 'annual-report')).toBe(false);
    expect(find(list([system('s', 'decree-85', '3')]), 's:a-annual-report')).toMatchObject({
      dueOn: '2026-11-30',
      status: 'overdue',
      yearly: true,
    });
    const sent = list([system('s', 'decree-85', '3', { duties: { lastAnnualReportYear: 2026 } })]);
    expect(find(sent, 's:a-annual-report')).toMatchObject({ dueOn: '2027-11-30', status: 'upcoming' });
  });

  it("regime B: Form 08 for every level to the owner by 20/12 per system, and the owner's to MPS by 25/12 once", () => {
    const duties = list([system('s1', 'decree-331', '1'), system('s2', 'decree-331', '2')]);
    expect(find(duties, 's1:b-report-owner')).toMatchObject({ dueOn: '2026-12-20', status: 'due-soon', to: 'owner' });
    expect(find(duties, 's2:b-report-owner')?.dueOn).toBe('2026-12-20');
    expect(duties.filter((duty) => duty.dutyRuleId === 'b-report-mps').map((duty) => duty.id)).toEqual([
      'unit:b-report-mps',
    ]);
    expect(find(duties, 'unit:b-report-mps')).toMatchObject({ dueOn: '2026-12-25', systemId: 'unit' });
    const sent = list([system('s1', 'decree-331', '1')], {
      unit: { lastAnnualReportYear: 2026, updatedAt: '2026-12-01T00:00:00Z' },
    });
    expect(find(sent, 'unit:b-report-mps')?.dueOn).toBe('2027-12-25');
  });

  it('a unit that owns no system sends no report to MPS and has no unit duties', () => {
    const duties = list([system('s', 'decree-331', '2', { row: { role: 'operator' } })], { ownsSystems: false });
    expect(duties.filter((duty) => duty.systemId === 'unit')).toEqual([]);
    expect(find(duties, 's:b-report-owner')).toBeDefined();
  });

  it('lists nothing for a system the unit only uses', () => {
    expect(list([system('s', 'decree-331', '3', { row: { role: 'user' } })], { ownsSystems: false })).toEqual([]);
  });
});

describe('listDuties: classification, re-classification, transition', () => {
  it('a system in operation never classified: overdue since 19/8/2026, not yet confirmed', () => {
    const duties = list([system('s', 'decree-331', undefined)]);
    expect(find(duties, 's:b-classify-in-operation')).toMatchObject({
      dueOn: '2026-08-19',
      status: 'overdue',
      confirmation: 'unconfirmed',
      kind: 'classification',
    });
    expect(find(list([system('s', 'decree-331', '2')]), 's:b-classify-in-operation')).toBeUndefined();
    expect(
      find(
        list([system('s', 'decree-331', undefined, { inOperationSince: '2027-05-01' })]),
        's:b-classify-in-operation',
      ),
    ).toBeUndefined();
  });

  it('re-classification is due once the system changed after its last classification', () => {
    const standing = find(list([system('s', 'decree-331', '2')]), 's:b-reclassify');
    expect(standing).toMatchObject({ status: 'standing' });
    expect(standing?.dueOn).toBeUndefined();
    const changed = list([
      system('s', 'decree-331', '2', { duties: { changedOn: '2026-10-01', lastClassifiedOn: '2026-09-01' } }),
    ]);
    expect(find(changed, 's:b-reclassify')).toMatchObject({ status: 'due-soon', dueOn: '2026-10-01' });
    const redone = list([
      system('s', 'decree-331', '2', { duties: { changedOn: '2026-10-01', lastClassifiedOn: '2026-10-01' } }),
    ]);
    expect(find(redone, 's:b-reclassify')?.status).toBe('standing');
    // Without a classification date of its own, the approval of the level counts (1/5/2025 here).
    expect(
      find(list([system('s', 'decree-331', '2', { duties: { changedOn: '2026-10-01' } })]), 's:b-reclassify')?.status,
    ).toBe('due-soon');
  });

  it('the transition deadlines of the regime decision, the approval one done once approved in the transition', () => {
    const deadlines = [
      { dutyId: 'transition-invested-approval', by: '2027-01-01' },
      { dutyId: 'transition-invested-measures', by: '2027-07-01' },
    ];
    const pending = list([
      system('s', 'decree-85', undefined, {
        resultExtra: { regime: { regime: 'decree-85', case: 'invested-before', deadlines } },
      }),
    ]);
    expect(find(pending, 's:transition-invested-approval')).toMatchObject({ dueOn: '2027-01-01', status: 'due-soon' });
    expect(find(pending, 's:transition-invested-measures')).toMatchObject({ dueOn: '2027-07-01', status: 'upcoming' });
    const approved = list([
      system('s', 'decree-85', '3', {
        row: { approvedOn: '2026-11-20' },
        resultExtra: { regime: { regime: 'decree-85', case: 'invested-before', deadlines } },
      }),
    ]);
    expect(find(approved, 's:transition-invested-approval')?.status).toBe('done');
    const late = list(
      [
        system('s', 'decree-331', undefined, {
          resultExtra: { regime: { regime: 'decree-331', case: 'transition-passed', deadlines } },
        }),
      ],
      { today: '2027-01-02' },
    );
    expect(find(late, 's:transition-invested-approval')?.status).toBe('overdue');
  });
});

describe('listDuties: the unit', () => {
  const unit = (extra: object) => ({ updatedAt: '2026-12-01T00:00:00Z', ...extra });
  it('the Quy chế is due before any approval under regime B, done once issued', () => {
    expect(find(list([system('s', 'decree-331', '2')]), 'unit:b-unit-cybersecurity-rules')).toMatchObject({
      status: 'due-soon',
      confirmation: 'unconfirmed',
    });
    const issued = list([system('s', 'decree-331', '2')], { unit: unit({ rulesIssuedOn: '2026-10-10' }) });
    expect(find(issued, 'unit:b-unit-cybersecurity-rules')).toMatchObject({ status: 'done', doneOn: '2026-10-10' });
    expect(find(list([system('s', 'decree-85', '2')]), 'unit:b-unit-cybersecurity-rules')).toBeUndefined();
  });
  it('the Quy chế is overdue once a level was approved under regime B without it', () => {
    const approved = system('s', 'decree-331', '2', { row: { approvedOn: '2026-10-05' } });
    expect(find(list([approved]), 'unit:b-unit-cybersecurity-rules')).toMatchObject({
      status: 'overdue',
      dueOn: '2026-10-05',
    });
  });
  it('the organisation is inspected every 2 years (Decree 85 Art. 20.2.c)', () => {
    expect(find(list([system('s', 'decree-331', '2')]), 'unit:a-organisation-inspection')).toMatchObject({
      status: 'due-soon',
      dueOn: '2026-12-03',
    });
    const inspected = list([], { unit: unit({ lastOrganisationInspectionOn: '2024-12-02' }) });
    expect(find(inspected, 'unit:a-organisation-inspection')).toMatchObject({
      status: 'overdue',
      dueOn: '2026-12-02',
      legalBasis: [{ documentId: 'decree-85-2016', article: '20', clause: '2', point: 'c' }],
    });
  });
  it('without a rule of that purpose in the law data, no such duty', () => {
    const rules = RULES.filter((rule) => !rule.id.includes('organisation') && !rule.id.includes('cybersecurity-rules'));
    expect(list([system('s', 'decree-331', '2')], { rules }).filter((duty) => duty.systemId === 'unit')).toEqual([
      expect.objectContaining({ dutyRuleId: 'b-report-mps' }),
    ]);
  });
  it('a condition before go-live is shown for a system not yet live only', () => {
    const later = list([system('s', 'decree-331', '3', { inOperationSince: '2027-02-01' })]);
    expect(find(later, 's:b-before-go-live')?.status).toBe('standing');
    expect(find(list([system('s', 'decree-331', '3')]), 's:b-before-go-live')).toBeUndefined();
  });
});

describe('listDuties: incident clocks', () => {
  const incident = (extra: Partial<Incident>): Incident => ({
    id: 'i1',
    detectedAt: '2026-12-01T09:00:00+07:00',
    ...extra,
  });
  const clocks = (regime: Regime, value: Incident, now: string) =>
    list([system('s', regime, '2', { duties: { incidents: [value] } })], { now }).filter((duty) => duty.incidentId);

  it('regime B: 24 h notice if serious, 72 h report, 72 h to the PDP authority for personal data', () => {
    const all = clocks('decree-331', incident({ serious: true, personalData: true }), '2026-12-02T03:00:00Z');
    expect(all.map((duty) => [duty.dutyRuleId, duty.dueAt, duty.status])).toEqual([
      ['b-incident-serious', '2026-12-02T02:00:00.000Z', 'overdue'],
      ['b-incident-personal-data', '2026-12-04T02:00:00.000Z', 'due-soon'],
      ['b-incident-report', '2026-12-04T02:00:00.000Z', 'due-soon'],
    ]);
    const plain = clocks('decree-331', incident({}), '2026-12-02T03:00:00Z');
    expect(plain.map((duty) => duty.dutyRuleId)).toEqual(['b-incident-report']);
  });

  it('the clock stops once reported; regime A gives 5 days', () => {
    const reported = clocks(
      'decree-331',
      incident({ reportedAt: '2026-12-05T10:00:00+07:00' }),
      '2026-12-06T00:00:00Z',
    );
    expect(reported[0]).toMatchObject({ status: 'done', doneOn: '2026-12-05T10:00:00+07:00' });
    // Reported after its 72 hours (due 4/12 09:00 +07:00): done, late.
    expect(reported[0]?.late).toBe(true);
    const inTime = clocks('decree-331', incident({ reportedAt: '2026-12-02T10:00:00+07:00' }), '2026-12-06T00:00:00Z');
    expect(inTime[0]?.late).toBeUndefined();
    const a = clocks('decree-85', incident({}), '2026-12-06T01:59:59Z');
    expect(a.map((duty) => [duty.dutyRuleId, duty.dueAt, duty.status])).toEqual([
      ['a-incident', '2026-12-06T02:00:00.000Z', 'due-soon'],
    ]);
    expect(clocks('decree-85', incident({}), '2026-12-06T02:00:01Z')[0]?.status).toBe('overdue');
  });

  it('the standing rules of the regimes in use', () => {
    expect(incidentRules(RULES, new Set(['decree-85'])).map((rule) => rule.id)).toEqual(['a-incident']);
    expect(incidentRules(RULES, new Set())).toHaveLength(4);
  });
});

describe('order and ids', () => {
  it('overdue first, oldest first, then by date, standing, then done; ids stable', () => {
    const systems = [
      system('s1', 'decree-85', '3', { duties: { lastInspectedOn: '2025-01-10', lastAnnualReportYear: 2026 } }),
      system('s2', 'decree-331', undefined),
      system('s3', 'decree-331', '2', { duties: { lastInspectedOn: '2026-01-01' } }),
    ];
    const duties = list(systems, { unit: { rulesIssuedOn: '2026-09-01', updatedAt: '2026-12-01T00:00:00Z' } });
    const statuses = duties.map((duty) => duty.status);
    const firstNotOverdue = statuses.findIndex((status) => status !== 'overdue');
    expect(statuses.slice(firstNotOverdue)).not.toContain('overdue');
    const overdueDates = duties.filter((duty) => duty.status === 'overdue').map((duty) => duty.dueOn ?? '');
    expect(overdueDates).toEqual([...overdueDates].sort());
    expect(duties.slice(0, 2).map((duty) => duty.id)).toEqual(['s1:a-inspection-3-4', 's2:b-classify-in-operation']);
    expect(duties.at(-1)?.status).toBe('done');
    expect(list(systems).map((duty) => duty.id)).toEqual(list(systems).map((duty) => duty.id));
    expect(new Set(duties.map((duty) => duty.id)).size).toBe(duties.length);
    expect([...duties].sort(compareDuties)).toEqual(duties);
  });
});

describe('listDuties over the law data', () => {
  it('every duty rule of the law is listed for some system, and the incident clocks of both regimes run', async () => {
    const { dutyRules } = await import('./law/duties');
    const seen = new Set<string>();
    const incidents: Incident[] = [{ id: 'i', detectedAt: '2026-12-01T00:00:00Z', serious: true, personalData: true }];
    for (const regime of ['decree-85', 'decree-331'] as const) {
      for (const level of ['1', '2', '3', '4', '5'] as const) {
        const deadlines = dutyRules
          .filter(
            (rule) => rule.kind === 'transition' && rule.by && rule.regime === regime && !rule.id.includes('classify'),
          )
          .map((rule) => ({ dutyId: rule.id, by: rule.by ?? '' }));
        const live = system('s', regime, level, {
          duties: { incidents },
          resultExtra: { regime: { regime, case: 'chosen', deadlines } },
        });
        const planned = system('p', regime, level, { inOperationSince: '2027-06-01' });
        const never = system('n', regime, undefined, { row: { approvedOn: undefined } });
        for (const duty of listDuties({
          systems: [live, planned, never],
          unit: undefined,
          ownsSystems: true,
          today: '2026-12-03',
          rules: dutyRules,
        }))
          seen.add(duty.dutyRuleId);
      }
    }
    expect(dutyRules.map((rule) => rule.id).filter((id) => !seen.has(id))).toEqual([]);
  });
});
