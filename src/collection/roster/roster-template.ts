/**
 * Writing a roster as CSV: the template a department downloads and fills in Excel, and a whole roster
 * (`serializeRosterCsv`), which `parseRosterCsv` reads back to the same entries.
 *
 * As `src/exchange/csv.ts` writes: UTF-8 with a byte-order mark (Excel then shows Vietnamese correctly), CRLF after
 * every row, a field in double quotes when it holds ',', ';', '"' or a line break, every cell NFC. The separator is
 * chosen by the caller: ';' for Excel set to a Vietnamese (or most European) region, ',' otherwise. Unit types and
 * provinces are written as their names in the chosen language.
 *
 * The formula guard (OWASP) differs from csv.ts so that it can be undone on reading: a cell starting with `=`, `+`,
 * `-` or `@`, possibly after some `'`, gets one more leading `'` (`unguardCell` in parse-roster-csv.ts drops it).
 *
 * Pure module: no React, no storage, no i18next.
 */
import { CSV_BYTE_ORDER_MARK } from '../../exchange/csv';
import type { CsvDelimiter } from './csv-records';
import { ROSTER_COLUMNS, type RosterColumn, type RosterCsvTexts } from './roster-labels';
import type { Roster, RosterEntryInput } from './roster-schema';

const FORMULA_START = /^'*[=+\-@]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/** One cell as written: NFC, guarded against formulas, quoted when needed. */
export function rosterCell(value: string): string {
  let text = value.normalize('NFC');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toRosterCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter): string {
  return CSV_BYTE_ORDER_MARK + rows.map((row) => `${row.map(rosterCell).join(delimiter)}\r\n`).join('');
}

type RowSource = Pick<RosterEntryInput, 'name' | 'unitType' | 'provinceId' | 'communeName' | 'code' | 'successorOf'>;

function rowOf(entry: RowSource, texts: RosterCsvTexts): string[] {
  const cells: Record<RosterColumn, string> = {
    name: entry.name,
    unitType: texts.unitTypes[entry.unitType],
    province: texts.provinces[entry.provinceId],
    commune: entry.communeName ?? '',
    code: entry.code ?? '',
    predecessors: (entry.successorOf ?? []).join('; '),
  };
  return ROSTER_COLUMNS.map((column) => cells[column]);
}

const headerOf = (texts: RosterCsvTexts) => ROSTER_COLUMNS.map((column) => texts.columns[column]);

/**
 * Two example rows: a department with a code, and a commune formed by merging two former communes (its assessments
 * of earlier years are found by their names). Unit names are Vietnamese proper names in either language.
 */
export const TEMPLATE_EXAMPLES: readonly RowSource[] = [
  { name: 'Sở Khoa học và Công nghệ', unitType: 'provincial-department', provinceId: 'phu-tho', code: 'SKHCN' },
  {
    name: 'UBND xã Minh Châu',
    unitType: 'commune-committee',
    provinceId: 'phu-tho',
    communeName: 'Xã Minh Châu',
    successorOf: ['UBND xã Minh Tiến', 'UBND xã Minh Lương'],
  },
];

/** The template to download: the header in the chosen language and the two example rows. */
export function buildRosterTemplate(texts: RosterCsvTexts, delimiter: CsvDelimiter): string {
  return toRosterCsv([headerOf(texts), ...TEMPLATE_EXAMPLES.map((example) => rowOf(example, texts))], delimiter);
}

/** A roster as CSV, one row per entry in roster order (the ids are not written: they belong to this device). */
export function serializeRosterCsv(roster: Roster, texts: RosterCsvTexts, delimiter: CsvDelimiter): string {
  return toRosterCsv([headerOf(texts), ...roster.entries.map((entry) => rowOf(entry, texts))], delimiter);
}
