import fc from 'fast-check';
import { expect, test } from 'vitest';
import { SYSTEM_TYPES, type InformationSystem } from '../questionnaire/answer-schema';
import {
  BREACH_HARMS,
  DEFENCE_HARMS,
  INFORMATION_TYPES,
  INFRASTRUCTURE_REACHES,
  ONLINE_SERVICE_DEPTHS,
  REGIMES,
  WORKS_GRADES,
  type Classification,
  type ClassificationFact,
  type Regime,
} from './classification-schema';
import { CLASSIFICATION_CASES } from './classify-cases.test-support';
import { classifySystem } from './classify';
import { conditionMet } from './condition';
import { criteria } from './law/criteria';

const TODAY = '2026-12-03';
const classify = (classification: Classification, row?: InformationSystem, today = TODAY) =>
  classifySystem({ classification, row, today });
const chosen = (regime: Regime, facts: Classification) => classify({ ...facts, regimeOverride: regime });
const ids = (list: readonly { id: string }[]) => list.map((criterion) => criterion.id);

test.each(CLASSIFICATION_CASES.map((testCase) => [`${testCase.regime}: ${testCase.name}`, testCase] as const))(
  '%s',
  (_name, testCase) => {
    const result = chosen(testCase.regime, testCase.facts);
    expect(result.regime.regime).toBe(testCase.regime);
    expect(result.level).toBe(testCase.level);
    expect(ids(result.deciding)).toEqual(testCase.deciding);
  },
);

test('every criterion of the law data is met by at least one case of the table', () => {
  const met = new Set(CLASSIFICATION_CASES.flatMap((testCase) => ids(chosen(testCase.regime, testCase.facts).matched)));
  const withoutCase = criteria.filter((criterion) => !met.has(criterion.id)).map((criterion) => criterion.id);
  expect(withoutCase).toEqual([]);
});

test('every criterion met is listed, highest level first, and the deciding ones are those at the top', () => {
  const result = chosen('decree-331', {
    systemType: 'citizen-services',
    handlesProcedures: true,
    informationTypes: ['personal'],
    conditionalBusinessService: false,
    basicDataSubjects: 2_000,
    breachHarm: 'serious-rights-or-public',
  });
  expect(ids(result.matched)).toEqual([
    'b3-handles-procedures',
    'b2-online-service-unconditional',
    'b2-online-service-few-data-subjects',
    'b-harm-2',
  ]);
  expect(result.level).toBe('3');
  expect(ids(result.deciding)).toEqual(['b3-handles-procedures']);
});

test('the system type and "handles procedures" come from the inventory row when the classification has none', () => {
  const row: InformationSystem = {
    id: 'one-stop',
    name: 'Hệ thống một cửa điện tử',
    systemType: 'citizen-services',
    handlesProcedures: true,
  };
  const result = classify({}, row);
  expect(result.regime.case).toBe('new-regime');
  expect(result.level).toBe('3');
  expect(ids(result.deciding)).toEqual(['b3-handles-procedures']);
  // The classification's own answer wins over the row's.
  expect(classify({ handlesProcedures: false, systemType: 'internal', informationTypes: ['public'] }, row).level).toBe(
    '1',
  );
});

test('nothing answered: no level, nothing matched, and the facts to answer start with the system type', () => {
  const result = classify({});
  expect(result.level).toBeUndefined();
  expect(result.matched).toEqual([]);
  expect(result.deciding).toEqual([]);
  expect(result.missingFacts.slice(0, 2)).toEqual(['systemType', 'informationTypes']);
  expect(result.missingFacts).toEqual(expect.arrayContaining(['handlesProcedures', 'breachHarm', 'riskLevel']));
  expect(result.missingFacts).not.toContain('ownerName');
});

test('the facts still to answer are those that could raise the level, and none a type excludes', () => {
  const internal = chosen('decree-331', { systemType: 'internal', informationTypes: ['public'] });
  expect(internal.level).toBe('1');
  for (const excluded of [
    'onlineServiceDepth',
    'userCount',
    'infrastructureReach',
    'worksGrade',
    'basicDataSubjects',
  ]) {
    expect(internal.missingFacts).not.toContain(excluded);
  }
  expect(internal.missingFacts).toEqual(expect.arrayContaining(['handlesProcedures', 'defenceHarm', 'breachHarm']));

  const everything = chosen('decree-331', { centralNationalData: true });
  expect(everything.level).toBe('5');
  expect(everything.missingFacts).toEqual([]);
});

test('warnings: the scope split, the approved level that differs, the unit that is not the owner, state secrets', () => {
  const row: InformationSystem = {
    id: 'portal',
    name: 'Cổng thông tin điện tử',
    systemType: 'citizen-services',
    role: 'operator',
    approvedLevel: '2',
    approvedOn: '2026-09-01',
  };
  const result = classify(
    { handlesProcedures: true, scopeSplitOrMerged: true, informationTypes: ['state-secret'] },
    row,
  );
  expect(result.level).toBe('3');
  expect(result.approvedLevel).toBe('2');
  expect(result.warnings).toEqual(['scope-split', 'approved-differs', 'state-secret-elsewhere', 'not-owner']);

  const same = classify({ handlesProcedures: true }, { ...row, role: 'owner', approvedLevel: '3' });
  expect(same.warnings).toEqual([]);
  expect(classify({}, { ...row, role: 'user', approvedLevel: undefined }).warnings).toEqual(['not-owner']);
});

test('warnings: the risk review or the certificate floor deciding alone', () => {
  const internalPublic: Classification = { systemType: 'internal', informationTypes: ['public'] };
  expect(chosen('decree-331', { ...internalPublic, riskLevel: '3' }).warnings).toEqual(['risk-raised']);
  // Deciding with a criterion of the same level, the risk review raised nothing.
  expect(chosen('decree-331', { ...internalPublic, riskLevel: '3', handlesProcedures: true }).warnings).toEqual([]);
  expect(chosen('decree-85', { ...internalPublic, storesElectronicCertificates: true }).warnings).toEqual([
    'floor-applied',
  ]);
  expect(
    chosen('decree-85', { ...internalPublic, storesElectronicCertificates: true, breachHarm: 'national-security' })
      .warnings,
  ).toEqual([]);
});

test('a system invested before the new law is classified by Decree 85 until 1/1/2027, by Decree 331 after', () => {
  const facts: Classification = {
    systemType: 'internal',
    informationTypes: ['personal'],
    handlesProcedures: true,
    investedBeforeNewLaw: true,
  };
  const before = classify(facts, undefined, '2026-12-31');
  expect(before.regime.case).toBe('invested-before');
  expect(before.level).toBe('2');
  const after = classify(facts, undefined, '2027-01-01');
  expect(after.regime.case).toBe('transition-passed');
  expect(after.level).toBe('3');
});

// Properties over any classification.

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const FACT_ARBITRARIES = {
  systemType: fc.constantFrom(...SYSTEM_TYPES),
  informationTypes: fc.uniqueArray(fc.constantFrom(...INFORMATION_TYPES), { minLength: 1 }),
  handlesProcedures: fc.boolean(),
  onlineServiceDepth: fc.constantFrom(...ONLINE_SERVICE_DEPTHS),
  conditionalBusinessService: fc.boolean(),
  userCount: fc.integer({ min: 0, max: 200_000 }),
  basicDataSubjects: fc.integer({ min: 0, max: 300_000 }),
  sensitiveDataSubjects: fc.integer({ min: 0, max: 30_000 }),
  infrastructureReach: fc.constantFrom(...INFRASTRUCTURE_REACHES),
  nationalEgov24x7: fc.boolean(),
  centralNationalData: fc.boolean(),
  defenceHarm: fc.constantFrom(...DEFENCE_HARMS),
  worksGrade: fc.constantFrom(...WORKS_GRADES),
  storesElectronicCertificates: fc.boolean(),
  breachHarm: fc.constantFrom(...BREACH_HARMS),
  riskLevel: fc.constantFrom('1', '2', '3', '4', '5' as const),
  scopeSplitOrMerged: fc.boolean(),
} satisfies Partial<Record<ClassificationFact, fc.Arbitrary<unknown>>>;
type GeneratedFact = keyof typeof FACT_ARBITRARIES;
const GENERATED_FACTS = Object.keys(FACT_ARBITRARIES) as GeneratedFact[];

const classificationArbitrary: fc.Arbitrary<Classification> = fc.record(
  Object.fromEntries(
    GENERATED_FACTS.map((fact) => [fact, optional(FACT_ARBITRARIES[fact] as fc.Arbitrary<unknown>)]),
  ) as {
    [F in GeneratedFact]: fc.Arbitrary<Classification[F]>;
  },
);
const regimeArbitrary = fc.constantFrom(...REGIMES);
const levelOf = (classification: Classification, regime: Regime) => Number(chosen(regime, classification).level ?? 0);

test('answering one more fact never lowers the level', () => {
  const unanswered = fc
    .tuple(classificationArbitrary, regimeArbitrary, fc.constantFrom(...GENERATED_FACTS))
    .filter(([classification, , fact]) => classification[fact] === undefined)
    .chain(([classification, regime, fact]) =>
      (FACT_ARBITRARIES[fact] as fc.Arbitrary<unknown>).map((value) => ({ classification, regime, fact, value })),
    );
  fc.assert(
    fc.property(unanswered, ({ classification, regime, fact, value }) => {
      const more = { ...classification, [fact]: value };
      expect(levelOf(more, regime)).toBeGreaterThanOrEqual(levelOf(classification, regime));
    }),
    { numRuns: 500 },
  );
});

test('a fact that meets a further criterion raises the level to at least that criterion’s', () => {
  fc.assert(
    fc.property(
      classificationArbitrary,
      regimeArbitrary,
      fc.constantFrom(...GENERATED_FACTS),
      (classification, regime, fact) => {
        const without = { ...classification, [fact]: undefined };
        const before = new Set(ids(chosen(regime, without).matched));
        const after = chosen(regime, classification);
        for (const criterion of after.matched.filter((candidate) => !before.has(candidate.id))) {
          expect(Number(after.level)).toBeGreaterThanOrEqual(Number(criterion.level));
        }
        expect(before.size).toBeLessThanOrEqual(after.matched.length);
      },
    ),
    { numRuns: 300 },
  );
});

test('the proposal is the maximum of the levels of the criteria met, and every criterion met is listed', () => {
  fc.assert(
    fc.property(classificationArbitrary, regimeArbitrary, (classification, regime) => {
      const result = chosen(regime, classification);
      const facts = { ...classification, regimeOverride: regime };
      const expected = criteria.filter(
        (criterion) => criterion.regime === regime && conditionMet(criterion.when, facts),
      );
      expect(new Set(ids(result.matched))).toEqual(new Set(ids(expected)));
      const maximum = Math.max(0, ...expected.map((criterion) => Number(criterion.level)));
      expect(Number(result.level ?? 0)).toBe(maximum);
      expect(result.deciding.every((criterion) => Number(criterion.level) === maximum)).toBe(true);
      expect(result.deciding.length).toBe(expected.filter((criterion) => Number(criterion.level) === maximum).length);
    }),
    { numRuns: 500 },
  );
});

test('unanswered, no level: only facts no criterion reads give none', () => {
  fc.assert(
    fc.property(
      regimeArbitrary,
      fc.record({
        ownerName: optional(fc.string({ maxLength: 20 })),
        inOperationSince: optional(fc.constant('2020-01-01')),
      }),
      (regime, names) => {
        const result = chosen(regime, names);
        expect(result.level).toBeUndefined();
        expect(result.matched).toEqual([]);
        expect(result.missingFacts.length).toBeGreaterThan(0);
      },
    ),
  );
});
