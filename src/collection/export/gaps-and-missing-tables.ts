/**
 * The workbook's two smaller sheets: the most common gaps (`compare/common-gaps.ts`), and the units on the roster
 * that have sent nothing. The caller translates (headers, section and question texts, actions, legal bases, unit
 * types, provinces); shares are percentages with one decimal, as numbers.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { ProvinceId } from '../../assessment/provinces';
import type { SectionId, UnitType } from '../../questionnaire/content-schema';
import type { CommonGap } from '../compare/common-gaps';
import type { RosterEntry } from '../roster/roster-schema';
import type { Cell, ExportTable } from './chunks';

export const GAP_COLUMNS = [
  'rank',
  'section',
  'questionId',
  'question',
  'failing',
  'applicable',
  'share',
  'critical',
  'unanswered',
  'notApplicable',
  'action',
  'legalBasis',
] as const;
export type GapColumn = (typeof GAP_COLUMNS)[number];

export interface GapTexts {
  headers: Record<GapColumn, string>;
  section: (sectionId: SectionId) => string;
  question: (questionId: string) => string;
  action: (gap: CommonGap) => string;
  legalBasis: (gap: CommonGap) => string;
}

export function commonGapsTable(gaps: readonly CommonGap[], texts: GapTexts): ExportTable & { rows: Cell[][] } {
  const rows = gaps.map((gap, index): Cell[] => {
    const cells: Record<GapColumn, Cell> = {
      rank: index + 1,
      section: texts.section(gap.sectionId),
      questionId: gap.questionId,
      question: texts.question(gap.questionId),
      failing: gap.failing,
      applicable: gap.applicable,
      share: Math.round(gap.share * 1000) / 10,
      critical: gap.critical,
      unanswered: gap.unanswered,
      notApplicable: gap.notApplicable,
      action: texts.action(gap) || undefined,
      legalBasis: texts.legalBasis(gap) || undefined,
    };
    return GAP_COLUMNS.map((column) => cells[column]);
  });
  return { header: GAP_COLUMNS.map((column) => texts.headers[column]), rows, rowCount: rows.length };
}

export const MISSING_COLUMNS = ['name', 'unitType', 'province', 'commune', 'code'] as const;
export type MissingColumn = (typeof MISSING_COLUMNS)[number];
export type MissingUnit = Pick<RosterEntry, 'name' | 'unitType' | 'provinceId' | 'communeName' | 'code'>;

export interface MissingTexts {
  headers: Record<MissingColumn, string>;
  unitType: (unitType: UnitType) => string;
  province: (provinceId: ProvinceId) => string;
}

export function missingUnitsTable(
  units: readonly MissingUnit[],
  texts: MissingTexts,
): ExportTable & { rows: Cell[][] } {
  const rows = units.map((unit): Cell[] => [
    unit.name,
    texts.unitType(unit.unitType),
    texts.province(unit.provinceId),
    unit.communeName,
    unit.code,
  ]);
  return { header: MISSING_COLUMNS.map((column) => texts.headers[column]), rows, rowCount: rows.length };
}
