/**
 * Filtering and sorting the comparison table. Each filter is a predicate on one row, so filters commute: applying
 * them one after another, in any order, keeps the rows every one of them keeps. Sorting is stable and puts rows
 * without a value last whichever the direction, so "highest score first" never opens on units with no score.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Grade, SectionId, UnitType } from '../../questionnaire/content-schema';
import type { ComparisonRow } from './comparison-rows';
import { foldText } from './fold-text';

/** A row without an overall grade (nothing scored yet) is filtered as `none`. */
export type GradeFilterValue = Grade | 'none';

/** Every field is optional; an empty list keeps nothing, an absent one keeps everything. */
export interface ComparisonFilters {
  unitTypes?: readonly UnitType[];
  grades?: readonly GradeFilterValue[];
  /** `periodId`s ("2026-h1"). */
  periods?: readonly string[];
  /** The content versions the units answered on (`answeredContentVersion`). */
  contentVersions?: readonly string[];
  hasCriticalGap?: boolean;
  /** Matched against unit and commune names, ignoring case, diacritics and normal form; blank keeps everything. */
  nameQuery?: string;
}

type Predicate = (row: ComparisonRow) => boolean;

function isOneOf<T>(values: readonly T[] | undefined, value: T): boolean {
  return values === undefined || values.includes(value);
}

function predicatesOf(filters: ComparisonFilters): Predicate[] {
  const query = filters.nameQuery === undefined ? '' : foldText(filters.nameQuery);
  const predicates: (Predicate | false)[] = [
    filters.unitTypes !== undefined && ((row) => isOneOf(filters.unitTypes, row.unitType)),
    filters.grades !== undefined && ((row) => isOneOf(filters.grades, row.grade ?? 'none')),
    filters.periods !== undefined && ((row) => isOneOf(filters.periods, row.periodId)),
    filters.contentVersions !== undefined && ((row) => isOneOf(filters.contentVersions, row.answeredContentVersion)),
    filters.hasCriticalGap !== undefined && ((row) => row.criticalGapCount > 0 === filters.hasCriticalGap),
    query !== '' && ((row) => row.searchText.includes(query)),
  ];
  return predicates.filter((predicate) => predicate !== false);
}

/** The rows every filter keeps, in their order. */
export function filterRows(rows: readonly ComparisonRow[], filters: ComparisonFilters): ComparisonRow[] {
  const predicates = predicatesOf(filters);
  return rows.filter((row) => predicates.every((predicate) => predicate(row)));
}

export const SORT_COLUMNS = [
  'unitName',
  'unitType',
  'provinceId',
  'communeName',
  'period',
  'answeredContentVersion',
  'contentVersion',
  'answeredPercent',
  'score',
  'lowest',
  'highest',
  'grade',
  'isProvisional',
  'criticalGapCount',
  'hasConflict',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number] | { sectionId: SectionId; by: 'score' | 'grade' };
export type SortDirection = 'asc' | 'desc';

type SortValue = string | number | undefined;

/** Grades sort by rank, A first ascending; versions by their numbers, so 1.10.0 follows 1.9.0. */
const versionKey = (version: string) =>
  version
    .split('.')
    .map((part) => part.padStart(6, '0'))
    .join('.');

function valueOf(row: ComparisonRow, column: SortColumn): SortValue {
  if (typeof column === 'object') return row.sections[column.sectionId]?.[column.by];
  switch (column) {
    case 'period':
      return row.periodKey;
    case 'answeredContentVersion':
    case 'contentVersion':
      return versionKey(row[column]);
    case 'isProvisional':
    case 'hasConflict':
      return Number(row[column]);
    default:
      return row[column];
  }
}

/**
 * Vietnamese order for names ("Đ" after "D"), with numbers in names compared as numbers ("xã 2" before "xã 10"). A
 * collator compares canonically equivalent strings as equal, so a name in NFD sorts with its NFC twin.
 */
const collator = new Intl.Collator('vi', { numeric: true });

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A sorted copy; rows with equal values keep their order, rows without a value come last in both directions. */
export function sortRows(
  rows: readonly ComparisonRow[],
  column: SortColumn,
  direction: SortDirection = 'asc',
): ComparisonRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  // Each value read once: a collection of 3,321 rows makes about 40,000 comparisons.
  const keyed = rows.map((row, index) => ({ row, index, value: valueOf(row, column) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      return Number(a.value === undefined) - Number(b.value === undefined) || a.index - b.index;
    }
    return sign * compareValues(a.value, b.value) || a.index - b.index;
  });
  return keyed.map(({ row }) => row);
}
