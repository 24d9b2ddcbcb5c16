/**
 * The units that have sent nothing, as CSV (issue 12: "export the list of missing units"). The caller translates the
 * headers and passes the unit type and province names of the user's language; the file is written as every export
 * is (`src/exchange/csv.ts`: UTF-8 with byte-order mark, comma, CRLF, formula guard).
 *
 * Pure module: no React, no storage, no i18next.
 */
import { toCsv } from '../../exchange/csv';
import type { RosterMatchResult } from './match-roster';
import type { RosterCsvTexts } from './roster-labels';
import type { Roster } from './roster-schema';

export const MISSING_UNIT_COLUMNS = ['name', 'unitType', 'province', 'commune', 'code'] as const;
export type MissingUnitColumn = (typeof MISSING_UNIT_COLUMNS)[number];

/** One row per roster entry with status 'not-received', in roster order, cells in MISSING_UNIT_COLUMNS order. */
export function listMissingUnitRows(
  roster: Roster,
  result: RosterMatchResult,
  texts: Pick<RosterCsvTexts, 'unitTypes' | 'provinces'>,
): string[][] {
  const missing = new Set(
    result.entries.filter((entry) => entry.status === 'not-received').map((entry) => entry.entryId),
  );
  return roster.entries
    .filter((entry) => missing.has(entry.id))
    .map((entry) => {
      const cells: Record<MissingUnitColumn, string> = {
        name: entry.name,
        unitType: texts.unitTypes[entry.unitType],
        province: texts.provinces[entry.provinceId],
        commune: entry.communeName ?? '',
        code: entry.code ?? '',
      };
      return MISSING_UNIT_COLUMNS.map((column) => cells[column]);
    });
}

/** The missing units as a CSV file (header row from `headers`). */
export function missingUnitsToCsv(
  roster: Roster,
  result: RosterMatchResult,
  headers: Record<MissingUnitColumn, string>,
  texts: Pick<RosterCsvTexts, 'unitTypes' | 'provinces'>,
): string {
  return toCsv(
    MISSING_UNIT_COLUMNS.map((column) => headers[column]),
    listMissingUnitRows(roster, result, texts),
  );
}
