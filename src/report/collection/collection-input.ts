/**
 * What the consolidated report of a collection and the memo on units not reporting are built from, and the few
 * helpers their parts share. The screen computes everything (the comparison rows, the most common gaps, the units
 * not reporting) and passes it in with the translation functions of the app's language.
 *
 * Pure module: pdfmake's types only, no PDF library at run time, no React, no i18next.
 */
import type { CommonGap } from '../../collection/compare/common-gaps';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import type { MissingUnit } from '../../collection/export/gaps-and-missing-tables';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { sectionKeys } from '../../questionnaire/content-keys';
import type { Questionnaire, SectionId } from '../../questionnaire/content-schema';
import { PAGE_MARGINS, type OfficialHeader } from '../pdf-layout';
import type { ReportLocale } from '../report-text';

export interface CollectionReportOptions {
  /** Adds the national title and motto, the issuing agency and the document number above the title. */
  officialHeader?: OfficialHeader;
  /** Leaves the assessors' names and roles out (the appendix), as the collection's exports do. */
  withoutAssessorNames?: boolean;
  /** How many of the most common gaps to list (default 20). */
  maxGaps?: number;
}

export interface CollectionReportInput {
  locale: ReportLocale;
  questionnaire: Questionnaire;
  /** The comparison rows the report covers (the table's, after its filters), in any order. */
  rows: readonly ComparisonRow[];
  /** Every received assessment: the appendix reads the receipts and assessors of the rows from them. */
  received: readonly ReceivedAssessment[];
  /** `listCommonGaps(...)`, most common first. */
  commonGaps: readonly CommonGap[];
  /** The roster's units that have sent nothing; undefined when no roster was loaded. */
  missing: readonly MissingUnit[] | undefined;
  /** The date of the report, YYYY-MM-DD. */
  today: string;
  options?: CollectionReportOptions;
}

const MM = 72 / 25.4;
/** A4 landscape width (297 mm) less the left and right margins, in points: for the wide tables. */
export const LANDSCAPE_CONTENT_WIDTH = 297 * MM - PAGE_MARGINS[0] - PAGE_MARGINS[2];

/** Tighter than GRID_LAYOUT for tables of many narrow columns; the same thin grey rules. */
export const DENSE_PADDING = {
  paddingLeft: () => 2,
  paddingRight: () => 2,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

export function sectionIdsOf(questionnaire: Questionnaire): SectionId[] {
  return questionnaire.sections.map((section) => section.id);
}

export function sectionTitle(locale: ReportLocale, sectionId: SectionId): string {
  return locale.tc(sectionKeys(sectionId).title);
}

/** "1. Dịch vụ công trực tuyến; 2. …": the key to the numbered section columns. */
export function describeSectionNumbers(locale: ReportLocale, sectionIds: readonly SectionId[]): string {
  return sectionIds.map((id, index) => `${index + 1}. ${sectionTitle(locale, id)}`).join('; ');
}

export function describePeriod(locale: ReportLocale, row: Pick<ComparisonRow, 'periodYear' | 'periodPart'>): string {
  return locale.t(`periodLabels.${row.periodPart}`, { year: row.periodYear });
}

/** A score as printed, one decimal at most; "–" without one. */
export function describeScore(locale: ReportLocale, score: number | undefined): string {
  return score === undefined ? locale.t('collectionReport.pdf.none') : locale.format.number(score);
}

/** A share (0 to 1) as a percentage with one decimal, without the sign: "37,5". */
export function describeShare(locale: ReportLocale, share: number): string {
  return locale.format.number(Math.round(share * 1000) / 10);
}

/** Vietnamese order for names ("Đ" after "D"), numbers in names as numbers, as the comparison table sorts. */
export const nameCollator = new Intl.Collator('vi', { numeric: true });
