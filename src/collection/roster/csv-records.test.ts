import { readCsvRecords } from './csv-records';

test('a semicolon file from Excel: byte-order mark, CRLF, quoted fields with separators, quotes and line breaks', () => {
  const text = '\uFEFFTên;Mã\r\n"Sở Văn hóa; Thể thao";"A""1"\r\n"Dòng một\r\ndòng hai";\r\n';

  expect(readCsvRecords(text)).toEqual({
    delimiter: ';',
    records: [
      { line: 1, cells: ['Tên', 'Mã'] },
      { line: 2, cells: ['Sở Văn hóa; Thể thao', 'A"1'] },
      { line: 3, cells: ['Dòng một\ndòng hai', ''] },
    ],
  });
});

test('a comma file with LF and no line break at the end', () => {
  expect(readCsvRecords('name,code\n"Sở Tài chính, Phú Thọ",STC')).toEqual({
    delimiter: ',',
    records: [
      { line: 1, cells: ['name', 'code'] },
      { line: 2, cells: ['Sở Tài chính, Phú Thọ', 'STC'] },
    ],
  });
});

test('the separator is the one the header uses more, outside quotes', () => {
  expect(readCsvRecords('"a;b;c",d,e\n').delimiter).toBe(',');
  expect(readCsvRecords('"a,b,c";d;e\n').delimiter).toBe(';');
});

test("Excel's sep= line sets the separator and counts as a line", () => {
  expect(readCsvRecords('sep=,\r\na;b,c\r\n')).toEqual({
    delimiter: ',',
    records: [{ line: 2, cells: ['a;b', 'c'] }],
  });
});

test('an unclosed quote is reported with the line it opens on', () => {
  const result = readCsvRecords('a;b\nx;"y\nz\n');

  expect(result.unclosedQuoteLine).toBe(2);
  expect(result.records).toEqual([
    { line: 1, cells: ['a', 'b'] },
    { line: 2, cells: ['x', 'y\nz\n'] },
  ]);
});

test('an empty file has no records', () => {
  expect(readCsvRecords('')).toEqual({ delimiter: ';', records: [] });
  expect(readCsvRecords('\uFEFF')).toEqual({ delimiter: ';', records: [] });
});
