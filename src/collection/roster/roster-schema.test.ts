import { rosterEntrySchema, rosterSchema, type RosterEntryInput } from './roster-schema';

const department: RosterEntryInput = {
  id: 'e1',
  name: 'Sở Tài chính',
  unitType: 'provincial-department',
  provinceId: 'phu-tho',
};

/** The issues of a roster as [dotted path, message key]. */
function issuesOf(entries: RosterEntryInput[]): [string, string][] {
  const result = rosterSchema.safeParse({ entries });
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

test('texts are NFC and trimmed, line breaks LF, and empty optional texts are no value', () => {
  const entry = rosterEntrySchema.parse({
    ...department,
    name: ' Sở Tài chi\u0301nh\r\nPhú Thọ ',
    communeName: '   ',
    code: '',
    successorOf: [' Sở Kế hoạch và Đầu tư '],
  });

  expect(entry).toEqual({
    id: 'e1',
    name: 'Sở Tài chính\nPhú Thọ',
    unitType: 'provincial-department',
    provinceId: 'phu-tho',
    communeName: undefined,
    code: undefined,
    successorOf: ['Sở Kế hoạch và Đầu tư'],
  });
});

test('field errors are locale keys', () => {
  expect(
    issuesOf([
      {
        id: 'e1',
        name: ' ',
        unitType: 'sở',
        provinceId: 'bac-giang',
        code: 'x'.repeat(51),
        successorOf: ['Xã A; Xã B'],
      } as unknown as RosterEntryInput,
    ]),
  ).toEqual([
    ['entries.0.name', 'roster.errors.nameRequired'],
    ['entries.0.unitType', 'roster.errors.unitTypeUnknown'],
    ['entries.0.provinceId', 'roster.errors.provinceUnknown'],
    ['entries.0.code', 'roster.errors.codeTooLong'],
    ['entries.0.successorOf.0', 'roster.errors.predecessorInvalid'],
  ]);
});

test('a roster refuses a repeated id, code, unit or predecessor, on the later entry', () => {
  expect(
    issuesOf([
      { ...department, code: 'STC' },
      { ...department, id: 'e1', name: 'Sở Nội vụ' },
      { ...department, id: 'e3', name: 'Sở Xây dựng', code: ' stc ' },
      { ...department, id: 'e4', name: 'SỞ TÀI CHÍNH tỉnh Phú Thọ' },
      { ...department, id: 'e5', name: 'Sở Y tế', successorOf: ['Sở Văn hóa'] },
      { ...department, id: 'e6', name: 'Sở Du lịch', successorOf: ['so van hoa'] },
    ]),
  ).toEqual([
    ['entries.1.id', 'roster.errors.duplicateId'],
    ['entries.2.code', 'roster.errors.duplicateCode'],
    ['entries.3.name', 'roster.errors.duplicateUnit'],
    ['entries.5.successorOf', 'roster.errors.predecessorClaimed'],
  ]);
});

test('the same name is a different unit under another type or in another province', () => {
  expect(
    issuesOf([
      department,
      { ...department, id: 'e2', provinceId: 'ha-noi' },
      { ...department, id: 'e3', unitType: 'provincial-committee' },
    ]),
  ).toEqual([]);
});
