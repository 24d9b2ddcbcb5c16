import fc from 'fast-check';
import { buildRosterFromReceived } from './build-roster-from-received';
import { matchRoster } from './match-roster';
import { received } from './roster.test-support';

test('one entry per unit, from its latest assessment, sorted by province, type and name', () => {
  const roster = buildRosterFromReceived([
    received({ id: 'a', profile: { unitName: 'Sở Y tế', provinceId: 'hue', periodYear: 2025 } }),
    received({ id: 'b', profile: { unitName: 'SỞ Y TẾ tỉnh Huế', provinceId: 'hue', periodYear: 2026 } }),
    received({ id: 'c', profile: { unitName: 'Sở Tài chính', provinceId: 'ha-noi' } }),
    received({ id: 'd', profile: { unitName: 'UBND xã An', unitType: 'commune-committee', communeName: 'Xã An' } }),
  ]);

  expect(roster.entries).toEqual([
    { id: 'received-1', name: 'Sở Tài chính', unitType: 'provincial-department', provinceId: 'ha-noi' },
    {
      id: 'received-2',
      name: 'UBND xã An',
      unitType: 'commune-committee',
      provinceId: 'ha-noi',
      communeName: 'Xã An',
    },
    { id: 'received-3', name: 'SỞ Y TẾ tỉnh Huế', unitType: 'provincial-department', provinceId: 'hue' },
  ]);
});

test('assessments sharing a code are one unit; its other names become former units', () => {
  const roster = buildRosterFromReceived(
    [
      received({ id: 'old', profile: { unitName: 'Sở Kế hoạch và Đầu tư', periodYear: 2024 } }),
      received({ id: 'new', profile: { unitName: 'Sở Tài chính', periodYear: 2026 } }),
    ],
    { codeOf: () => 'STC' },
  );

  expect(roster.entries).toEqual([
    {
      id: 'received-1',
      name: 'Sở Tài chính',
      unitType: 'provincial-department',
      provinceId: 'ha-noi',
      code: 'STC',
      successorOf: ['Sở Kế hoạch và Đầu tư'],
    },
  ]);
});

test('the code the unit entered in its profile joins its assessments under their different names', () => {
  const roster = buildRosterFromReceived([
    received({ id: 'old', profile: { unitName: 'Sở Kế hoạch và Đầu tư', periodYear: 2024, unitCode: '1234567' } }),
    received({ id: 'new', profile: { unitName: 'Sở Tài chính', periodYear: 2026, unitCode: '1234567' } }),
  ]);
  expect(roster.entries).toMatchObject([
    { name: 'Sở Tài chính', code: '1234567', successorOf: ['Sở Kế hoạch và Đầu tư'] },
  ]);
});

test('two provinces each list the same former name for their own unit', () => {
  // Each province's Sở Y tế: in 2024 without a code, in 2025 with one, in 2026 renamed. The 2024 assessment is
  // found by the former name alone, in its own province.
  const assessments = (['ha-noi', 'hue'] as const).flatMap((provinceId) =>
    [2024, 2025, 2026].map((periodYear) =>
      received({
        id: `${provinceId}-${periodYear}`,
        profile: { unitName: periodYear < 2026 ? 'Sở Y tế' : 'Sở Y tế và Dân số', provinceId, periodYear },
      }),
    ),
  );
  const codeOf = (assessment: { id: string }) =>
    assessment.id.endsWith('2024') ? undefined : `SYT-${assessment.id.split('-')[0]}`;
  const roster = buildRosterFromReceived(assessments, { codeOf });
  expect(roster.entries.map((entry) => entry.successorOf)).toEqual([['Sở Y tế'], ['Sở Y tế']]);
  expect(matchRoster(roster, assessments, { codeOf }).notOnRoster).toEqual([]);
});

test('a roster built from what arrived matches everything that arrived', () => {
  // Names as units have them: with a space (a one-word former unit may be a code, one unit nationwide), and naming
  // their type (a department is a "Sở", a commune committee a "UBND xã"). The same former name under two types in
  // one province is left to neither group, by design (build-roster-from-received.ts), so it is not generated.
  const NAMES = {
    'provincial-department': ['Sở Y tế', 'SỞ Y TẾ', 'Sở Tài chính'],
    'commune-committee': ['UBND xã An', 'Ủy ban nhân dân xã An', 'Xã An'],
  } as const;
  const unit = fc.constantFrom('provincial-department' as const, 'commune-committee' as const).chain((unitType) =>
    fc.record({
      name: fc.constantFrom(...NAMES[unitType]),
      unitType: fc.constant(unitType),
      provinceId: fc.constantFrom('ha-noi' as const, 'hue' as const),
      periodYear: fc.constantFrom(2025, 2026),
      code: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }),
    }),
  );
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 8 }), (units) => {
      const assessments = units.map((u, index) =>
        received({
          id: `r${index}`,
          profile: {
            unitName: u.name,
            unitType: u.unitType,
            provinceId: u.provinceId,
            periodYear: u.periodYear,
            communeName: 'X',
          },
        }),
      );
      const codeOf = (assessment: { id: string }) => units[Number(assessment.id.slice(1))]?.code;
      // Without codes, and with codes when each code is one unit as codes are: one province and one unit type (a code
      // joins units across names).
      expect(matchRoster(buildRosterFromReceived(assessments), assessments).notOnRoster).toEqual([]);
      const codesAreUnits = ['A', 'B'].every(
        (c) => new Set(units.filter((u) => u.code === c).map((u) => `${u.provinceId}|${u.unitType}`)).size <= 1,
      );
      if (codesAreUnits) {
        expect(
          matchRoster(buildRosterFromReceived(assessments, { codeOf }), assessments, { codeOf }).notOnRoster,
        ).toEqual([]);
      }
    }),
  );
});
