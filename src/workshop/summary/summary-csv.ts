/**
 * The summaries read for one workshop as a CSV file (issue 13): one row per summary, in the order given. As the
 * collection's tidy table (collection/export/tidy-table.ts), the column names are fixed snake_case identifiers and
 * the codes (unit type, province, period part, grade) the app's ids, the same in every language, so that a trainer's
 * spreadsheet or query reads every workshop's file alike; scores are plain numbers with a point, empty when there is
 * none. Written by `toCsv`: UTF-8 with a byte-order mark, CRLF, the formula guard on every cell.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { toCsv } from '../../exchange/csv';
import { SECTION_IDS } from '../../questionnaire/content-schema';
import type { AssessmentSummary } from './summary-schema';

export const SUMMARY_CSV_COLUMNS = [
  'unit_name',
  'unit_type',
  'province_id',
  'commune_name',
  'unit_code',
  'period_year',
  'period_part',
  'assessment_id',
  'content_version',
  'overall_score',
  'grade',
  ...SECTION_IDS.map((id) => `score_${id}` as const),
  'answered',
  'applicable',
  'sample',
  'made_at',
  'received_at',
] as const;

const number = (value: number | null) => (value === null ? '' : String(value));

export function summariesToCsv(summaries: readonly (AssessmentSummary & { receivedAt: string })[]): string {
  const rows = summaries.map((summary) => [
    summary.unitName,
    summary.unitType,
    summary.provinceId,
    summary.communeName ?? '',
    summary.unitCode ?? '',
    String(summary.periodYear),
    summary.periodPart,
    summary.assessmentId,
    summary.contentVersion,
    number(summary.overall),
    summary.grade ?? '',
    ...SECTION_IDS.map((id) => number(summary.sections[id])),
    String(summary.answered),
    String(summary.applicable),
    summary.sample ? 'true' : 'false',
    summary.madeAt,
    summary.receivedAt,
  ]);
  return toCsv(SUMMARY_CSV_COLUMNS, rows);
}
