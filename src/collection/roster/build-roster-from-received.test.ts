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

test('a roster built from what arrived matches everything that arrived', () => {
  const name = fc.constantFrom('Sở Y tế', 'SỞ Y TẾ', 'Sở Tài chính', 'UBND xã An', 'Ủy ban nhân dân xã An', 'An');
  const unit = fc.record({
    name,
    unitType: fc.constantFrom('provincial-department' as const, 'commune-committee' as const),
    provinceId: fc.constantFrom('ha-noi' as const, 'hue' as const),
    periodYear: fc.constantFrom(2025, 2026),
    code: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }),
  });
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
      // Without codes, and with codes when every coded unit stays in one province (a code joins units across names).
      expect(matchRoster(buildRosterFromReceived(assessments), assessments).notOnRoster).toEqual([]);
      const codesInOneProvince = ['A', 'B'].every(
        (c) => new Set(units.filter((u) => u.code === c).map((u) => `${u.provinceId}`)).size <= 1,
      );
      if (codesInOneProvince) {
        expect(
          matchRoster(buildRosterFromReceived(assessments, { codeOf }), assessments, { codeOf }).notOnRoster,
        ).toEqual([]);
      }
    }),
  );
});
