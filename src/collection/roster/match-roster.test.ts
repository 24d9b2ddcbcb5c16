import fc from 'fast-check';
import type { ProvinceId } from '../../assessment/provinces';
import type { UnitType } from '../../questionnaire/content-schema';
import type { ReceivedAssessment } from '../received-schema';
import { listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import { matchRoster, periodRank } from './match-roster';
import { rosterSchema } from './roster-schema';
import { received, rosterOf } from './roster.test-support';

const department = { name: 'Sở Tài chính', unitType: 'provincial-department', provinceId: 'ha-noi' } as const;
/** The unit of the fixture's default profile. */
const defaultUnit = { ...department, name: 'Sở Khoa học và Công nghệ' } as const;
const commune = { name: 'UBND xã Minh Châu', unitType: 'commune-committee', provinceId: 'ha-noi' } as const;

test('by name: an assessment finds its entry however the name is written, and the rest are not on the roster', () => {
  const roster = rosterOf(department, commune, { ...department, name: 'Sở Nội vụ' });
  const assessments = [
    received({ id: 'a1', profile: { unitName: 'SỞ TÀI CHÍNH THÀNH PHỐ HÀ NỘI' }, answered: 'all' }),
    received({
      id: 'a2',
      profile: {
        unitName: 'Ủy ban nhân dân xã Minh Châu'.normalize('NFD'),
        unitType: 'commune-committee',
        communeName: 'Minh Châu',
      },
      answered: 10,
    }),
    received({ id: 'a3', profile: { unitName: 'Sở Tài chính', provinceId: 'hue' } }),
  ];

  const result = matchRoster(roster, assessments);

  expect(result.notOnRoster).toEqual(['a3']);
  expect(result.entries.map(({ entryId, status, matches }) => [entryId, status, matches.map((m) => m.by)])).toEqual([
    ['e1', 'complete', ['name']],
    ['e2', 'provisional', ['name']],
    ['e3', 'not-received', []],
  ]);
  const questions = questionnaire.sections.flatMap((section) => listApplicableQuestions(section, 'commune-committee'));
  expect(result.entries[1]).toMatchObject({
    chosen: { assessmentId: 'a2', period: { year: 2026, part: 'year' } },
    progress: { answered: 10, total: questions.length, percent: Math.round((10 / questions.length) * 100) },
  });
  expect(questions.length).toBeGreaterThan(20);
});

test('the status is of the latest period, the period filter leaves the others out', () => {
  const roster = rosterOf(defaultUnit);
  const assessments = [
    received({ id: '2025', profile: { periodYear: 2025 }, answered: 'all' }),
    received({ id: '2026-h1', profile: { periodPart: 'h1' }, answered: 5 }),
    received({ id: '2026-year', profile: { periodPart: 'year' }, answered: 3 }),
    received({ id: '2026-q4', profile: { periodPart: 'q4' }, answered: 'all' }),
  ];

  const all = matchRoster(roster, assessments).entries[0];
  const only2025 = matchRoster(roster, assessments, { period: { year: 2025 } }).entries[0];
  const onlyH1 = matchRoster(roster, assessments, { period: { year: 2026, part: 'h1' } });

  expect(all).toMatchObject({
    status: 'provisional',
    chosen: { assessmentId: '2026-year', period: { year: 2026, part: 'year' } },
    progress: { answered: 3 },
  });
  expect(all?.matches.map((match) => match.assessmentId)).toEqual(['2026-year', '2026-q4', '2026-h1', '2025']);
  expect(only2025).toMatchObject({ status: 'complete', chosen: { assessmentId: '2025' } });
  expect(onlyH1.entries[0]?.matches.map((match) => match.assessmentId)).toEqual(['2026-h1']);
  expect(onlyH1.notOnRoster).toEqual([]);
});

test('two copies of one period: the latest export is chosen', () => {
  const result = matchRoster(rosterOf(defaultUnit), [
    received({ id: 'old', exportedAt: '2026-11-01T00:00:00.000Z' }),
    received({ id: 'new', exportedAt: '2026-11-02T00:00:00.000Z', answered: 1 }),
  ]);

  expect(result.entries[0]).toMatchObject({ chosen: { assessmentId: 'new' }, progress: { answered: 1 } });
});

test('periods order by their end, a longer period after a shorter one ending with it', () => {
  const ranks = (['q1', 'q2', 'h1', 'q3', 'q4', 'h2', 'year'] as const).map((part) => periodRank({ year: 2026, part }));

  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(periodRank({ year: 2025, part: 'year' })).toBeLessThan(periodRank({ year: 2026, part: 'q1' }));
});

test('by code: the code wins over the name, and two different codes are two units', () => {
  const roster = rosterOf({ ...department, code: 'STC' }, { ...department, name: 'Sở Nội vụ', code: 'SNV' });
  const codes: Record<string, string> = { renamed: 'stc', other: 'SXD', none: '' };
  const assessments = [
    received({ id: 'renamed', profile: { unitName: 'Sở Tài chính và Kế hoạch' } }),
    received({ id: 'other', profile: { unitName: 'Sở Tài chính' } }),
    received({ id: 'none', profile: { unitName: 'Sở Tài chính' } }),
  ];

  const result = matchRoster(roster, assessments, { codeOf: (assessment) => codes[assessment.id] });

  expect(result.entries.map((entry) => entry.matches.map((m) => [m.assessmentId, m.by]))).toEqual([
    [
      ['none', 'name'],
      ['renamed', 'code'],
    ],
    [],
  ]);
  expect(result.notOnRoster).toEqual(['other']);
});

test('by default the code is the one the unit entered in its profile', () => {
  const roster = rosterOf({ ...department, code: 'STC' }, { ...department, name: 'Sở Nội vụ', code: 'SNV' });
  const assessments = [
    received({ id: 'renamed', profile: { unitName: 'Sở Tài chính và Kế hoạch', unitCode: 'stc' } }),
    received({ id: 'other', profile: { unitName: 'Sở Tài chính', unitCode: 'SXD' } }),
    received({ id: 'empty-code', profile: { unitName: 'Sở Nội vụ', unitCode: '' } }),
  ];

  const result = matchRoster(roster, assessments);

  expect(result.entries.map((entry) => entry.matches.map((m) => [m.assessmentId, m.by]))).toEqual([
    [['renamed', 'code']],
    [['empty-code', 'name']],
  ]);
  expect(result.notOnRoster).toEqual(['other']);
});

test('a former unit merged into an entry is matched to it, by name in the province or by code', () => {
  const roster = rosterOf({ ...commune, successorOf: ['Xã Minh Tiến', 'MT-01'] });
  const assessments = [
    received({
      id: 'by-name',
      profile: {
        unitName: 'UBND xã Minh Tiến',
        unitType: 'commune-committee',
        communeName: 'Minh Tiến',
        periodYear: 2025,
      },
    }),
    received({
      id: 'by-code',
      profile: { unitName: 'Xã cũ', unitType: 'commune-committee', communeName: 'Cũ', periodYear: 2024 },
    }),
    received({
      id: 'elsewhere',
      profile: {
        unitName: 'UBND xã Minh Tiến',
        unitType: 'commune-committee',
        communeName: 'Minh Tiến',
        provinceId: 'hue',
      },
    }),
  ];

  const result = matchRoster(roster, assessments, { codeOf: (a) => (a.id === 'by-code' ? 'mt-01' : undefined) });

  expect(result.entries[0]?.matches).toEqual([
    { assessmentId: 'by-name', by: 'predecessor', period: { year: 2025, part: 'year' } },
    { assessmentId: 'by-code', by: 'predecessor', period: { year: 2024, part: 'year' } },
  ]);
  expect(result.notOnRoster).toEqual(['elsewhere']);
});

test('a name without its kind word matches only when one entry has it', () => {
  const profile = { unitName: 'Minh Châu', unitType: 'commune-committee', communeName: 'Minh Châu' } as const;
  const one = matchRoster(rosterOf(commune), [received({ id: 'a', profile })]);
  const two = matchRoster(rosterOf(commune, { ...commune, name: 'UBND phường Minh Châu' }), [
    received({ id: 'a', profile }),
  ]);

  expect(one.entries[0]?.matches.map((match) => match.by)).toEqual(['bare-name']);
  expect(two.notOnRoster).toEqual(['a']);
});

const spelling = fc.constantFrom(
  'Sở Tài chính',
  'Sở Nội vụ',
  'UBND xã Minh Châu',
  'Ủy ban nhân dân xã Minh Châu',
  'UBND phường Minh Châu',
  'Minh Châu',
  'Sở Y tế',
);
const changeCase = fc.constantFrom(
  (text: string) => text,
  (text: string) => text.toUpperCase(),
  (text: string) => text.toLowerCase(),
);
const form = fc.constantFrom('NFC' as const, 'NFD' as const);
const unitType = fc.constantFrom('provincial-department' as const, 'commune-committee' as const);
const provinceId = fc.constantFrom('ha-noi' as const, 'hue' as const);
const code = fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined });
const rosterUnits = fc.array(fc.record({ name: spelling, unitType, provinceId, code }), { maxLength: 6 });
const receivedUnits = fc.array(fc.record({ name: spelling, unitType, provinceId, code, changeCase, form }), {
  maxLength: 8,
});

/** A roster of the units, or undefined when two of them are the same unit (the schema refuses that). */
function tryRoster(units: readonly { name: string; unitType: UnitType; provinceId: ProvinceId; code?: string }[]) {
  const result = rosterSchema.safeParse({ entries: units.map((unit, index) => ({ ...unit, id: `e${index}` })) });
  return result.success ? result.data : undefined;
}

test('matching does not depend on the NFC/NFD form or case of the names', () => {
  fc.assert(
    fc.property(rosterUnits, receivedUnits, (entries, units) => {
      const roster = tryRoster(entries);
      fc.pre(roster !== undefined);
      const build = (spell: (unit: (typeof units)[number]) => string) =>
        units.map((unit, index) =>
          received({
            id: `r${index}`,
            profile: { unitName: spell(unit), unitType: unit.unitType, provinceId: unit.provinceId, communeName: 'X' },
          }),
        );
      const codeOf = (assessment: ReceivedAssessment) => units[Number(assessment.id.slice(1))]?.code;
      const plain = matchRoster(
        roster,
        build((unit) => unit.name),
        { codeOf },
      );
      const varied = matchRoster(
        roster,
        build((unit) => unit.changeCase(unit.name).normalize(unit.form)),
        { codeOf },
      );

      expect(varied).toEqual(plain);
    }),
  );
});

test('every received assessment in the period is matched to exactly one entry or is not on the roster', () => {
  fc.assert(
    fc.property(rosterUnits, receivedUnits, fc.array(fc.constantFrom(2025, 2026)), (entries, units, years) => {
      const roster = tryRoster(entries);
      fc.pre(roster !== undefined);
      const assessments = units.map((unit, index) =>
        received({
          id: `r${index}`,
          profile: {
            unitName: unit.name,
            unitType: unit.unitType,
            provinceId: unit.provinceId,
            communeName: 'X',
            periodYear: years[index] ?? 2026,
          },
        }),
      );
      const result = matchRoster(roster, assessments, { period: { year: 2026 } });
      const matched = result.entries.flatMap((entry) => entry.matches.map((match) => match.assessmentId));
      const expected = assessments.filter((a) => a.entry.assessment.profile.periodYear === 2026).map((a) => a.id);

      expect([...matched, ...result.notOnRoster].sort()).toEqual([...expected].sort());
      expect(result.entries.map((entry) => entry.entryId)).toEqual(roster.entries.map((entry) => entry.id));
    }),
  );
});
