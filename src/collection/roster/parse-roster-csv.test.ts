import fc from 'fast-check';
import { parseRosterCsv } from './parse-roster-csv';
import { rosterSchema } from './roster-schema';
import { LABELS } from './roster.test-support';

const CRLF = '\r\n';
const lines = (...rows: string[]) => rows.map((row) => `${row}${CRLF}`).join('');

test('a Vietnamese roster from Excel: BOM, semicolons, labels in any case and diacritics, ids, NFD', () => {
  const text = `\uFEFF${lines(
    'TÊN ĐƠN VỊ;loai don vi;Tỉnh/Thành phố;Xã/phường;Mã;Đơn vị tiền nhiệm;Ghi chú',
    'Sở Khoa học và Công nghệ;Sở, ban, ngành cấp tỉnh;Tỉnh Phú Thọ;;SKHCN;Sở Thông tin và Truyền thông;gọi trước',
    '"UBND xã Minh Châu";UBND cấp xã;phu tho;Xã Minh Châu;;"Xã Minh Tiến; Xã Minh Lương"',
    `${'Trung tâm Phục vụ hành chính công'.normalize('NFD')};provincial-service-centre;PHÚ THỌ PROVINCE;;;`,
  )}`;

  expect(parseRosterCsv(text, LABELS)).toEqual({
    delimiter: ';',
    errors: [],
    entries: [
      {
        id: 'roster-1',
        name: 'Sở Khoa học và Công nghệ',
        unitType: 'provincial-department',
        provinceId: 'phu-tho',
        communeName: undefined,
        code: 'SKHCN',
        successorOf: ['Sở Thông tin và Truyền thông'],
      },
      {
        id: 'roster-2',
        name: 'UBND xã Minh Châu',
        unitType: 'commune-committee',
        provinceId: 'phu-tho',
        communeName: 'Xã Minh Châu',
        code: undefined,
        successorOf: ['Xã Minh Tiến', 'Xã Minh Lương'],
      },
      {
        id: 'roster-3',
        name: 'Trung tâm Phục vụ hành chính công',
        unitType: 'provincial-service-centre',
        provinceId: 'phu-tho',
        communeName: undefined,
        code: undefined,
      },
    ],
  });
});

test('an English roster with commas, in another column order, with blank rows skipped', () => {
  const text = lines(
    'Province,Unit Name,Unit type',
    ',,',
    'Hà Nội City,"Department of Finance, Hà Nội",Provincial department or agency',
  );

  expect(parseRosterCsv(text, LABELS).entries).toEqual([
    {
      id: 'roster-1',
      name: 'Department of Finance, Hà Nội',
      unitType: 'provincial-department',
      provinceId: 'ha-noi',
      communeName: undefined,
      code: undefined,
    },
  ]);
});

test('each invalid row is reported with its line, column, key and params, and left out', () => {
  const text = lines(
    'Tên đơn vị;Loại đơn vị;Tỉnh/thành phố;Mã',
    'Sở Tài chính;Sở, ban, ngành cấp tỉnh;Phú Thọ;STC',
    ';Sở, ban, ngành cấp tỉnh;Bắc Giang;',
    `${'x'.repeat(201)};Phòng;;`,
    'Sở Nội vụ;Sở, ban, ngành cấp tỉnh;Phú Thọ;stc',
    'SỞ TÀI CHÍNH TỈNH PHÚ THỌ;provincial-department;phu-tho;',
    'Sở Y tế;Sở, ban, ngành cấp tỉnh;Phú Thọ;SYT',
  );

  expect(parseRosterCsv(text, LABELS, { makeId: (index) => `id-${index}` })).toEqual({
    delimiter: ';',
    errors: [
      { line: 3, column: 'province', key: 'roster.errors.provinceUnknown', params: { value: 'Bắc Giang' } },
      { line: 3, column: 'name', key: 'roster.errors.nameRequired' },
      { line: 4, column: 'unitType', key: 'roster.errors.unitTypeUnknown', params: { value: 'Phòng' } },
      { line: 4, column: 'province', key: 'roster.errors.provinceRequired' },
      { line: 4, column: 'name', key: 'roster.errors.nameTooLong', params: { max: 200 } },
      { line: 5, column: 'code', key: 'roster.errors.duplicateCode', params: { firstLine: 2 } },
      { line: 6, column: 'name', key: 'roster.errors.duplicateUnit', params: { firstLine: 2 } },
    ],
    entries: [
      expect.objectContaining({ id: 'id-0', name: 'Sở Tài chính', code: 'STC' }),
      expect.objectContaining({ id: 'id-1', name: 'Sở Y tế', code: 'SYT' }),
    ],
  });
});

test('a header without a required column, or repeating one, is refused as a whole', () => {
  expect(parseRosterCsv(lines('Tên;Ghi chú', 'Sở Tài chính;x'), LABELS)).toEqual({
    delimiter: ';',
    entries: [],
    errors: [
      { line: 1, column: 'unitType', key: 'roster.errors.columnMissing' },
      { line: 1, column: 'province', key: 'roster.errors.columnMissing' },
    ],
  });
  expect(parseRosterCsv(lines('name;type;province;Tỉnh', 'a;b;c;d'), LABELS).errors).toEqual([
    { line: 1, column: 'province', key: 'roster.errors.columnRepeated', params: { header: 'Tỉnh' } },
  ]);
});

test('an empty file, a header alone and an unclosed quote are reported', () => {
  expect(parseRosterCsv('\uFEFF\r\n;;\r\n', LABELS).errors).toEqual([{ line: 1, key: 'roster.errors.empty' }]);
  expect(parseRosterCsv(lines('name;type;province'), LABELS).errors).toEqual([
    { line: 1, key: 'roster.errors.noRows' },
  ]);
  expect(parseRosterCsv(lines('name;type;province', '"Sở;x;y'), LABELS).errors).toEqual([
    { line: 2, key: 'roster.errors.unclosedQuote' },
  ]);
});

test('a formula guard written by the template is undone', () => {
  const { entries } = parseRosterCsv(lines('name;type;province', "'=Sở A;provincial-department;hue"), LABELS);

  expect(entries.map((entry) => entry.name)).toEqual(['=Sở A']);
});

test('whatever the rows, the entries are a valid roster and every row is an entry or has an error', () => {
  const cell = fc.constantFrom('Sở Tài chính', 'sở tài chính', 'UBND xã An', '', 'Phòng', 'hue', 'Huế', 'x;y', 'A');
  fc.assert(
    fc.property(fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 12 }), (rows) => {
      const text = lines(
        'name;type;province;code',
        ...rows.map(([name, , province, code]) => `${name};Sở, ban, ngành cấp tỉnh;${province};"${code}"`),
      );
      const result = parseRosterCsv(text, LABELS);
      const rowsWithErrors = new Set(result.errors.map((error) => error.line));

      expect(rosterSchema.safeParse({ entries: result.entries }).success).toBe(true);
      expect(result.entries.length + rowsWithErrors.size).toBe(rows.length);
    }),
  );
});
