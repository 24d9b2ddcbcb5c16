import { strFromU8, unzipSync } from 'fflate';
import { questionnaire } from '../../questionnaire/questionnaire';
import { TODAY } from '../compare/compare.test-support';
import { twoUnits } from './export.test-support';
import { tidyTable } from './tidy-table';
import { sheetName, writeWorkbook, XLSX_MEDIA_TYPE, xmlText } from './xlsx-workbook';

/** The workbook read back: each sheet's name and its rows, cells resolved through the shared strings. */
async function readWorkbook(blob: Blob) {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const text = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} missing`);
    return strFromU8(file);
  };
  const unescape = (value: string) =>
    value.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  const strings = [
    ...text('xl/sharedStrings.xml').matchAll(/<si><t(?: xml:space="preserve")?>([\s\S]*?)<\/t><\/si>/g),
  ].map((match) => unescape(match[1]!));
  const names = [...text('xl/workbook.xml').matchAll(/<sheet name="([^"]*)"/g)].map((match) => unescape(match[1]!));
  const sheets = names.map((name, index) => {
    const xml = text(`xl/worksheets/sheet${index + 1}.xml`);
    const rows = [...xml.matchAll(/<row r="(\d+)">([\s\S]*?)<\/row>/g)].map((row) =>
      [...row[2]!.matchAll(/<c(?: s="(\d)")?( t="s")?(?:\/>|><v>([^<]*)<\/v><\/c>)/g)].map((cell) => {
        if (cell[3] === undefined) return undefined;
        return cell[2] ? strings[Number(cell[3])] : Number(cell[3]);
      }),
    );
    return { name, xml, rows };
  });
  return { files, sheets };
}

describe('writeWorkbook', () => {
  test('one sheet per table, read back cell by cell: Vietnamese texts, numbers, empty cells', async () => {
    const blob = await writeWorkbook([
      {
        name: 'So sánh',
        header: ['Đơn vị', 'Điểm chung', 'Ghi chú'],
        rows: [
          ['Ủy ban nhân dân xã Minh Châu', 62.5, undefined],
          ['Sở Khoa học và Công nghệ', undefined, '=HYPERLINK("http://x") & <b>'],
        ],
      },
      { name: 'Chưa gửi', header: ['Tên'], rows: [['Xa\u0303 Hòa Bình']] },
    ]);
    expect(blob.type).toBe(XLSX_MEDIA_TYPE);
    const { files, sheets } = await readWorkbook(blob);
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['So sánh', 'Chưa gửi']);
    expect(sheets[0]!.rows).toEqual([
      ['Đơn vị', 'Điểm chung', 'Ghi chú'],
      ['Ủy ban nhân dân xã Minh Châu', 62.5, undefined],
      ['Sở Khoa học và Công nghệ', undefined, '=HYPERLINK("http://x") & <b>'],
    ]);
    // A formula-looking note is a shared string, never a formula; the header row is bold (style 1) and frozen.
    expect(sheets[0]!.xml).not.toContain('<f>');
    expect(sheets[0]!.xml).toContain('<c s="1" t="s">');
    expect(sheets[0]!.xml).toContain('state="frozen"');
    // NFD in, NFC out.
    expect(sheets[1]!.rows[1]).toEqual(['Xã Hòa Bình']);
  });

  test('the tidy table as a sheet holds every row', async () => {
    const table = tidyTable(twoUnits(), {
      questionnaire,
      today: TODAY,
      withoutAssessorNames: false,
      describe: () => 'Một phần',
    });
    const { sheets } = await readWorkbook(await writeWorkbook([{ name: 'Câu trả lời', ...table }]));
    expect(sheets[0]!.rows).toHaveLength((table.rowCount ?? 0) + 1);
    expect(sheets[0]!.rows[0]).toEqual(table.header);
    expect(sheets[0]!.rows[1]).toEqual([...table.rows][0]);
  });

  test('characters XML cannot hold become U+FFFD; markup is escaped', () => {
    expect(xmlText('a\u0001b\uD800c <&>')).toBe('a\uFFFDb\uFFFDc &lt;&amp;&gt;');
    expect(xmlText('😀')).toBe('😀');
  });

  test('sheet names: at most 31 characters, no forbidden ones, unique', () => {
    expect(sheetName('Thiếu sót [phổ biến]: 2026/2027?', new Set())).toBe('Thiếu sót  phổ biến   2026 2027');
    expect(sheetName('So sánh', new Set(['so sánh']))).toBe('So sánh 2');
    expect(sheetName('', new Set())).toBe('Sheet');
  });
});
