import { MAX_PERIOD_YEAR, MIN_PERIOD_YEAR, profileSchema, type ProfileInput } from './profile-schema';

function validInput(): ProfileInput {
  return {
    unitName: 'Sở Khoa học và Công nghệ tỉnh Phú Thọ',
    unitType: 'provincial-department',
    provinceId: 'phu-tho',
    assessorName: 'Nguyễn Văn An',
    assessorRole: 'Phó Giám đốc',
    periodYear: 2026,
    periodPart: 'h1',
  };
}

/** The issues of an input as [dotted path, message key]. */
function issuesOf(input: Record<string, unknown>): [string, string][] {
  const result = profileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

test('a valid profile parses, with the year given as a string coerced to a number', () => {
  const result = profileSchema.safeParse({ ...validInput(), periodYear: '2026' });

  expect(result.success).toBe(true);
  expect(result.data?.periodYear).toBe(2026);
});

test('texts are trimmed', () => {
  const result = profileSchema.safeParse({ ...validInput(), unitName: '  UBND phường Ba Đình  ' });

  expect(result.data?.unitName).toBe('UBND phường Ba Đình');
});

test('a commune committee with its commune name parses', () => {
  const input = { ...validInput(), unitType: 'commune-committee', communeName: 'Phường Ba Đình' };

  expect(issuesOf(input)).toEqual([]);
});

test.each<[string, Record<string, unknown>, [string, string][]]>([
  ['blank unit name', { unitName: '   ' }, [['unitName', 'profile.errors.unitNameRequired']]],
  ['missing unit name', { unitName: undefined }, [['unitName', 'profile.errors.unitNameRequired']]],
  ['unit name too long', { unitName: 'x'.repeat(201) }, [['unitName', 'profile.errors.unitNameTooLong']]],
  ['no unit type', { unitType: '' }, [['unitType', 'profile.errors.unitTypeRequired']]],
  ['unknown unit type', { unitType: 'ministry' }, [['unitType', 'profile.errors.unitTypeRequired']]],
  ['no province', { provinceId: '' }, [['provinceId', 'profile.errors.provinceRequired']]],
  ['a province merged away in 2025', { provinceId: 'ha-giang' }, [['provinceId', 'profile.errors.provinceRequired']]],
  ['commune name too long', { communeName: 'x'.repeat(201) }, [['communeName', 'profile.errors.communeNameTooLong']]],
  ['unit code with a space', { unitCode: '257 47' }, [['unitCode', 'profile.errors.unitCodeInvalid']]],
  ['unit code with a comma', { unitCode: '25747,25750' }, [['unitCode', 'profile.errors.unitCodeInvalid']]],
  ['unit code too long', { unitCode: '1'.repeat(51) }, [['unitCode', 'profile.errors.unitCodeTooLong']]],
  ['blank assessor name', { assessorName: '' }, [['assessorName', 'profile.errors.assessorNameRequired']]],
  [
    'assessor name too long',
    { assessorName: 'x'.repeat(121) },
    [['assessorName', 'profile.errors.assessorNameTooLong']],
  ],
  ['blank assessor role', { assessorRole: ' ' }, [['assessorRole', 'profile.errors.assessorRoleRequired']]],
  [
    'assessor role too long',
    { assessorRole: 'x'.repeat(121) },
    [['assessorRole', 'profile.errors.assessorRoleTooLong']],
  ],
  ['year 1999', { periodYear: 1999 }, [['periodYear', 'profile.errors.periodYearInvalid']]],
  [
    'year before the minimum',
    { periodYear: MIN_PERIOD_YEAR - 1 },
    [['periodYear', 'profile.errors.periodYearInvalid']],
  ],
  ['year after the maximum', { periodYear: MAX_PERIOD_YEAR + 1 }, [['periodYear', 'profile.errors.periodYearInvalid']]],
  ['empty year', { periodYear: '' }, [['periodYear', 'profile.errors.periodYearInvalid']]],
  ['year with a fraction', { periodYear: '2026.5' }, [['periodYear', 'profile.errors.periodYearInvalid']]],
  ['year that is not a number', { periodYear: 'năm nay' }, [['periodYear', 'profile.errors.periodYearInvalid']]],
  ['no period part', { periodPart: '' }, [['periodPart', 'profile.errors.periodPartRequired']]],
  ['unknown period part', { periodPart: 'q5' }, [['periodPart', 'profile.errors.periodPartRequired']]],
  [
    'commune committee without commune name',
    { unitType: 'commune-committee' },
    [['communeName', 'profile.errors.communeNameRequired']],
  ],
  [
    'commune committee with a blank commune name',
    { unitType: 'commune-committee', communeName: '   ' },
    [['communeName', 'profile.errors.communeNameRequired']],
  ],
])('%s gives its locale key at its field', (_name, change, expected) => {
  expect(issuesOf({ ...validInput(), ...change })).toEqual(expected);
});

test.each(['25747', '000.00.12.H56', 'SXD-01', 'Đ/2026_1', '', '  1234567  '])(
  'unit code %j is accepted',
  (unitCode) => {
    const result = profileSchema.safeParse({ ...validInput(), unitCode });
    expect(result.success).toBe(true);
    expect(result.data?.unitCode).toBe(unitCode.trim());
  },
);

test.each([MIN_PERIOD_YEAR, MAX_PERIOD_YEAR, `${MIN_PERIOD_YEAR}`])('year %j is accepted', (periodYear) => {
  expect(issuesOf({ ...validInput(), periodYear })).toEqual([]);
});

test('names at their maximum length are accepted', () => {
  const input = {
    ...validInput(),
    unitName: 'x'.repeat(200),
    assessorName: 'y'.repeat(120),
    assessorRole: 'z'.repeat(120),
  };

  expect(issuesOf(input)).toEqual([]);
});

test('only a commune committee needs a commune name', () => {
  const others = (['provincial-committee', 'provincial-department', 'provincial-service-centre'] as const).filter(
    (unitType) => issuesOf({ ...validInput(), unitType }).length > 0,
  );

  expect(others).toEqual([]);
});

test('every field left empty reports each required field once', () => {
  const paths = issuesOf({}).map(([path]) => path);

  expect(paths.sort()).toEqual(
    ['assessorName', 'assessorRole', 'periodPart', 'periodYear', 'provinceId', 'unitName', 'unitType'].sort(),
  );
});

test('a commune committee without commune name is reported together with the other invalid fields', () => {
  const input = { ...validInput(), unitType: 'commune-committee', unitName: '', periodYear: 1999 };

  expect(issuesOf(input)).toEqual([
    ['unitName', 'profile.errors.unitNameRequired'],
    ['periodYear', 'profile.errors.periodYearInvalid'],
    ['communeName', 'profile.errors.communeNameRequired'],
  ]);
});
