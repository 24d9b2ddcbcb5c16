/**
 * A roster from a CSV the department wrote in Excel (`csv-records.ts` reads the file). The header row names the
 * columns in Vietnamese or English, in any case and with or without diacritics, in any order; other columns are
 * ignored. Unit types and provinces are given by their name in either language or their id (`roster-labels.ts`).
 *
 * The result holds the entries of every valid row and an error for every invalid one; nothing is applied here. The
 * entries are always a valid roster on their own (`rosterSchema`): a row that repeats an earlier one (same code, or
 * same name, type and province) is an error and left out. The caller decides whether a roster with errors is used.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { readCsvRecords, type CsvDelimiter } from './csv-records';
import { REQUIRED_ROSTER_COLUMNS, type RosterColumn, type RosterLabelTable } from './roster-labels';
import { findRosterConflicts, MAX_ROSTER_ENTRIES, rosterEntrySchema, type RosterEntry } from './roster-schema';
import { foldText } from './unit-name';

export type RosterErrorParams = Record<string, string | number>;

export interface RosterCsvError {
  /** The line of the file the row starts on (1-based); the header's line for an error in the header. */
  line: number;
  /** The column the error is in, when it is in one. */
  column?: RosterColumn;
  /** A locale key under `roster.errors.*`. */
  key: string;
  params?: RosterErrorParams;
}

export interface ParsedRoster {
  entries: RosterEntry[];
  errors: RosterCsvError[];
  delimiter: CsvDelimiter;
}

export interface ParseRosterOptions {
  /** The id of the entry made from the n-th valid row (0-based); `roster-1`, `roster-2`, ... by default. */
  makeId?: (index: number) => string;
}

const FIELD_COLUMNS: Record<string, RosterColumn> = {
  name: 'name',
  unitType: 'unitType',
  provinceId: 'province',
  communeName: 'commune',
  code: 'code',
  successorOf: 'predecessors',
};

/**
 * The formula guard of `roster-template.ts` undone: one leading `'` before `=`, `+`, `-`, `@` (or before more
 * `'` and then one of them) is the guard, not part of the name.
 */
export function unguardCell(cell: string): string {
  return /^'+[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

/** Former units in one cell: separated by ';' or line breaks. */
function splitPredecessors(cell: string): string[] {
  return [...new Set(cell.split(/[;\r\n]+/).map((part) => part.normalize('NFC').trim()))].filter((part) => part !== '');
}

function readHeader(
  cells: readonly string[],
  line: number,
  labels: RosterLabelTable,
): { columns: Map<RosterColumn, number>; errors: RosterCsvError[] } {
  const columns = new Map<RosterColumn, number>();
  const errors: RosterCsvError[] = [];
  cells.forEach((cell, index) => {
    const column = labels.columns.get(foldText(cell));
    if (column === undefined) return;
    if (columns.has(column))
      errors.push({ line, column, key: 'roster.errors.columnRepeated', params: { header: cell } });
    else columns.set(column, index);
  });
  for (const column of REQUIRED_ROSTER_COLUMNS) {
    if (!columns.has(column)) errors.push({ line, column, key: 'roster.errors.columnMissing' });
  }
  return { columns, errors };
}

function readRow(
  cells: readonly string[],
  line: number,
  columns: ReadonlyMap<RosterColumn, number>,
  labels: RosterLabelTable,
): { input: Record<string, unknown>; errors: RosterCsvError[] } {
  const cellOf = (column: RosterColumn) => {
    const index = columns.get(column);
    return unguardCell((index === undefined ? '' : (cells[index] ?? '')).normalize('NFC').trim());
  };
  const errors: RosterCsvError[] = [];
  const lookUp = <V>(column: RosterColumn, table: ReadonlyMap<string, V>, requiredKey: string, unknownKey: string) => {
    const value = cellOf(column);
    const found = table.get(foldText(value));
    if (value === '') errors.push({ line, column, key: requiredKey });
    else if (found === undefined) errors.push({ line, column, key: unknownKey, params: { value } });
    return found;
  };
  const unitType = lookUp(
    'unitType',
    labels.unitTypes,
    'roster.errors.unitTypeRequired',
    'roster.errors.unitTypeUnknown',
  );
  const provinceId = lookUp(
    'province',
    labels.provinces,
    'roster.errors.provinceRequired',
    'roster.errors.provinceUnknown',
  );
  const predecessors = splitPredecessors(cellOf('predecessors'));
  return {
    input: {
      name: cellOf('name'),
      unitType: unitType ?? '',
      provinceId: provinceId ?? '',
      communeName: cellOf('commune'),
      code: cellOf('code'),
      ...(predecessors.length > 0 ? { successorOf: predecessors } : {}),
    },
    errors,
  };
}

/** Errors of a row's fields from the schema, skipping the type and province `readRow` has already reported. */
function schemaErrors(input: unknown, line: number, alreadyReported: ReadonlySet<RosterColumn>): RosterCsvError[] {
  const result = rosterEntrySchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.flatMap((issue): RosterCsvError[] => {
    const column = FIELD_COLUMNS[String(issue.path[0])];
    if (column !== undefined && alreadyReported.has(column)) return [];
    const params = issue.code === 'too_big' ? { max: Number(issue.maximum) } : undefined;
    return [{ line, ...(column ? { column } : {}), key: issue.message, ...(params ? { params } : {}) }];
  });
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Parses a roster CSV. `labels` comes from `buildRosterLabelTable(localesOfEveryLanguage)`; pass both languages so
 * a file written in either is read.
 */
export function parseRosterCsv(text: string, labels: RosterLabelTable, options: ParseRosterOptions = {}): ParsedRoster {
  const makeId = options.makeId ?? ((index: number) => `roster-${index + 1}`);
  const { delimiter, records, unclosedQuoteLine } = readCsvRecords(text);
  const rows = records.filter((record) => !isBlank(record.cells));
  const [header, ...body] = rows;
  if (header === undefined) return { entries: [], errors: [{ line: 1, key: 'roster.errors.empty' }], delimiter };

  const { columns, errors } = readHeader(header.cells, header.line, labels);
  if (unclosedQuoteLine !== undefined) errors.push({ line: unclosedQuoteLine, key: 'roster.errors.unclosedQuote' });
  if (errors.length > 0) return { entries: [], errors, delimiter };
  if (body.length === 0)
    return { entries: [], errors: [{ line: header.line, key: 'roster.errors.noRows' }], delimiter };
  if (body.length > MAX_ROSTER_ENTRIES) {
    return {
      entries: [],
      errors: [{ line: header.line, key: 'roster.errors.tooManyRows', params: { max: MAX_ROSTER_ENTRIES } }],
      delimiter,
    };
  }

  const valid: { entry: RosterEntry; line: number }[] = [];
  for (const record of body) {
    const row = readRow(record.cells, record.line, columns, labels);
    const reported = new Set(row.errors.flatMap((error) => (error.column ? [error.column] : [])));
    const rowErrors = [...row.errors, ...schemaErrors({ ...row.input, id: 'row' }, record.line, reported)];
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else valid.push({ entry: rosterEntrySchema.parse({ ...row.input, id: makeId(valid.length) }), line: record.line });
  }

  const conflicts = findRosterConflicts(valid.map(({ entry }) => entry));
  const rejected = new Set(conflicts.map((conflict) => conflict.index));
  for (const conflict of conflicts) {
    const column = FIELD_COLUMNS[conflict.field];
    errors.push({
      line: valid[conflict.index]?.line ?? 0,
      ...(column ? { column } : {}),
      key: conflict.key,
      params: { firstLine: valid[conflict.firstIndex]?.line ?? 0 },
    });
  }
  errors.sort((a, b) => a.line - b.line);
  const entries = valid
    .filter((_, index) => !rejected.has(index))
    .map(({ entry }, index) => ({ ...entry, id: makeId(index) }));
  return { entries, errors, delimiter };
}
