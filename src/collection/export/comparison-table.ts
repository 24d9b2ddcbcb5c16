/**
 * The comparison table as an export: one row per received assessment with the figures of the collection's table
 * (`compare/comparison-rows.ts`, the same figures as each unit's own results screen), in the user's language. The
 * caller translates: headers, unit types, provinces, periods, grades, yes/no. Scores are numbers (0-100, one
 * decimal) so that a spreadsheet can sort and average them; an empty cell means "no score yet".
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { ProvinceId } from '../../assessment/provinces';
import type { Grade, SectionId, UnitType } from '../../questionnaire/content-schema';
import type { ComparisonRow } from '../compare/comparison-rows';
import type { PeriodPart } from '../compare/period';
import type { ReceivedAssessment } from '../received-schema';
import type { Cell, ExportTable } from './chunks';
import { keptColumns, type ExportOptions } from './export-options';

/** The columns before the sections' and after them, in order. */
export const COMPARISON_COLUMNS = [
  'unit',
  'unitType',
  'province',
  'commune',
  'unitCode',
  'period',
  'assessorName',
  'assessorRole',
  'contentVersion',
  'answeredPercent',
  'score',
  'lowest',
  'highest',
  'grade',
  'provisional',
] as const;
export const COMPARISON_END_COLUMNS = ['criticalGaps', 'assessmentId'] as const;
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number] | (typeof COMPARISON_END_COLUMNS)[number];

export interface ComparisonTexts {
  headers: Record<ComparisonColumn, string>;
  sectionScoreHeader: (sectionId: SectionId) => string;
  sectionGradeHeader: (sectionId: SectionId) => string;
  unitType: (unitType: UnitType) => string;
  province: (provinceId: ProvinceId) => string;
  period: (year: number, part: PeriodPart) => string;
  /** A grade as the screens show it; an empty text for none leaves the cell empty. */
  grade: (grade: Grade | undefined) => string;
  yes: string;
  no: string;
}

/**
 * The table, rows in the order given (the caller's sort and filter), sections in `sectionIds` order, each with its
 * score and its grade. `received` gives the assessors' names and roles (a row without its received assessment has
 * them empty).
 */
export function comparisonTable(
  rows: readonly ComparisonRow[],
  received: readonly ReceivedAssessment[],
  sectionIds: readonly SectionId[],
  texts: ComparisonTexts,
  options: ExportOptions,
): ExportTable & { rows: Cell[][] } {
  const profiles = new Map(received.map((one) => [one.id, one.entry.assessment.profile]));
  const before = keptColumns(COMPARISON_COLUMNS, options);
  const header = [
    ...before.map((column) => texts.headers[column]),
    ...sectionIds.flatMap((id) => [texts.sectionScoreHeader(id), texts.sectionGradeHeader(id)]),
    ...COMPARISON_END_COLUMNS.map((column) => texts.headers[column]),
  ];
  const orEmpty = (text: string) => (text === '' ? undefined : text);
  const tableRows = rows.map((row): Cell[] => {
    const profile = profiles.get(row.assessmentId);
    const cells: Record<(typeof COMPARISON_COLUMNS)[number], Cell> = {
      unit: row.unitName,
      unitType: texts.unitType(row.unitType),
      province: texts.province(row.provinceId),
      commune: row.communeName,
      unitCode: orEmpty(row.unitCode ?? ''),
      period: texts.period(row.periodYear, row.periodPart),
      assessorName: profile?.assessorName,
      assessorRole: profile?.assessorRole,
      contentVersion: row.answeredContentVersion,
      answeredPercent: row.answeredPercent,
      score: row.score,
      lowest: row.lowest,
      highest: row.highest,
      grade: orEmpty(texts.grade(row.grade)),
      provisional: row.isProvisional ? texts.yes : texts.no,
    };
    return [
      ...before.map((column) => cells[column]),
      ...sectionIds.flatMap((id) => {
        const section = row.sections[id];
        return [section?.score, orEmpty(texts.grade(section?.grade))];
      }),
      row.criticalGapCount,
      row.assessmentId,
    ];
  });
  return { header, rows: tableRows, rowCount: tableRows.length };
}
