/**
 * The one choice that applies to every export of the collection (issue 12): leave the assessors out. With
 * `withoutAssessorNames`, the columns with the assessor's name and role are not written at all (not left empty), in
 * the comparison table, the tidy table, the CSV files and the workbook alike.
 *
 * Pure module: no React, no storage, no i18next.
 */
export interface ExportOptions {
  withoutAssessorNames: boolean;
}

/** Columns that name a person, left out with `withoutAssessorNames`. */
export const ASSESSOR_COLUMNS = ['assessorName', 'assessorRole'] as const;

export function keptColumns<C extends string>(columns: readonly C[], options: ExportOptions): C[] {
  if (!options.withoutAssessorNames) return [...columns];
  return columns.filter((column) => !(ASSESSOR_COLUMNS as readonly string[]).includes(column));
}
