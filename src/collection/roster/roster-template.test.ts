import fc from 'fast-check';
import { PROVINCE_IDS } from '../../assessment/provinces';
import { UNIT_TYPES } from '../../questionnaire/content-schema';
import { parseRosterCsv } from './parse-roster-csv';
import { rosterSchema, type RosterEntry } from './roster-schema';
import { buildRosterTemplate, rosterCell, serializeRosterCsv } from './roster-template';
import { EN_TEXTS, LABELS, VI_TEXTS } from './roster.test-support';

test('the Vietnamese template: BOM, header, two example rows, semicolons, CRLF', () => {
  expect(buildRosterTemplate(VI_TEXTS, ';')).toBe(
    '\uFEFFTên đơn vị;Loại đơn vị;Tỉnh/thành phố;Xã/phường;Mã;Đơn vị tiền nhiệm\r\n' +
      'Sở Khoa học và Công nghệ;"Sở, ban, ngành cấp tỉnh";Tỉnh Phú Thọ;;SKHCN;\r\n' +
      'UBND xã Minh Châu;"UBND cấp xã (xã, phường, đặc khu)";Tỉnh Phú Thọ;Xã Minh Châu;;"UBND xã Minh Tiến; UBND xã Minh Lương"\r\n',
  );
});

test('the English template with commas', () => {
  expect(buildRosterTemplate(EN_TEXTS, ',')).toBe(
    '\uFEFFUnit name,Unit type,Province,Commune,Code,Predecessors\r\n' +
      'Sở Khoa học và Công nghệ,Provincial department or agency,Phú Thọ Province,,SKHCN,\r\n' +
      'UBND xã Minh Châu,"Commune People’s Committee (commune, ward or special zone)",Phú Thọ Province,Xã Minh Châu,,"UBND xã Minh Tiến; UBND xã Minh Lương"\r\n',
  );
});

test('both templates read back without errors', () => {
  for (const [texts, delimiter] of [
    [VI_TEXTS, ';'],
    [EN_TEXTS, ','],
  ] as const) {
    const result = parseRosterCsv(buildRosterTemplate(texts, delimiter), LABELS);

    expect(result.errors).toEqual([]);
    expect(result.entries.map((entry) => [entry.name, entry.unitType, entry.successorOf])).toEqual([
      ['Sở Khoa học và Công nghệ', 'provincial-department', undefined],
      ['UBND xã Minh Châu', 'commune-committee', ['UBND xã Minh Tiến', 'UBND xã Minh Lương']],
    ]);
  }
});

test('a cell that would start a formula gets one more leading apostrophe', () => {
  expect(rosterCell('=1+1')).toBe("'=1+1");
  expect(rosterCell("'-x")).toBe("''-x");
  expect(rosterCell("'x")).toBe("'x");
  expect(rosterCell('a "b"; c')).toBe('"a ""b""; c"');
});

const nameCharacter = fc.constantFrom(
  ...'aAđĐ ,;"\'\n\r=+-@ệỆ',
  'e\u0302\u0323', // ệ in NFD
  'U\u031B\u0301', // Ứ in NFD
);
const name = fc
  .array(nameCharacter, { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(''))
  .filter((text) => text.trim() !== '');
const predecessor = name.map((text) => text.replace(/[;\r\n]/g, ' ')).filter((text) => text.trim() !== '');
const entryInput = fc.record(
  {
    name,
    unitType: fc.constantFrom(...UNIT_TYPES),
    provinceId: fc.constantFrom(...PROVINCE_IDS),
    communeName: name,
    code: fc.stringMatching(/^[A-Z0-9-]{1,10}$/),
    successorOf: fc.array(predecessor, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['name', 'unitType', 'provinceId'] },
);

/** The entries a roster holds once its id is set aside (ids belong to the device, not the file). */
const withoutIds = (entries: readonly RosterEntry[]) => entries.map(({ id: _id, ...rest }) => rest);

test('serialise then parse gives the same entries, in either language and with either separator', () => {
  fc.assert(
    fc.property(
      fc.array(entryInput, { maxLength: 8 }),
      fc.constantFrom(VI_TEXTS, EN_TEXTS),
      fc.constantFrom(',' as const, ';' as const),
      (inputs, texts, delimiter) => {
        const candidate = rosterSchema.safeParse({
          entries: inputs.map((input, index) => ({ ...input, id: `e${index}` })),
        });
        fc.pre(candidate.success && candidate.data.entries.length > 0);
        const roster = candidate.data;
        const result = parseRosterCsv(serializeRosterCsv(roster, texts, delimiter), LABELS);

        expect(result.errors).toEqual([]);
        expect(withoutIds(result.entries)).toEqual(withoutIds(roster.entries));
      },
    ),
  );
});
