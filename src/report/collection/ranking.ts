/**
 * Part 3 of the consolidated report: every unit, best to worst, on landscape pages with the header row repeated on
 * each page: rank, unit, type, province, period, share answered, overall score and grade, each section's score
 * (columns numbered as the sections are), critical gaps. Units with the same overall score share a rank ("1, 2, 2,
 * 4"); units without a score come last, unranked.
 *
 * Pure module: pdfmake's types only.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import { sortRows } from '../../collection/compare/filter-sort';
import type { SectionId } from '../../questionnaire/content-schema';
import { GRID_LAYOUT } from '../pdf-layout';
import type { ReportLocale } from '../report-text';
import {
  DENSE_PADDING,
  describePeriod,
  describeScore,
  describeSectionNumbers,
  sectionIdsOf,
  type CollectionReportInput,
} from './collection-input';

export interface RankedRow {
  /** Undefined for a unit without an overall score. */
  rank?: number;
  row: ComparisonRow;
}

/** The rows best to worst (`sortRows` by overall score, descending), with competition ranks. */
export function rankRows(rows: readonly ComparisonRow[]): RankedRow[] {
  const sorted = sortRows(rows, 'score', 'desc');
  let rank = 0;
  let previous: number | undefined;
  return sorted.map((row, index) => {
    if (row.score === undefined) return { row };
    if (row.score !== previous) rank = index + 1;
    previous = row.score;
    return { rank, row };
  });
}

/** In points, on a landscape page (700 points wide); the unit's name takes what is left, about 140 points. */
const FIXED_WIDTHS = { rank: 24, unitType: 100, province: 62, period: 50, answered: 36, score: 36, grade: 26 };
const SECTION_WIDTH = 22;
const CRITICAL_WIDTH = 34;

function header(locale: ReportLocale, sectionIds: readonly SectionId[]): TableCell[] {
  const { t } = locale;
  const cell = (text: string, alignment: 'left' | 'right' | 'center' = 'left'): TableCell => ({
    text,
    style: 'tableHeader',
    alignment,
  });
  return [
    cell(t('collectionReport.pdf.ranking.rank'), 'right'),
    cell(t('collectionReport.pdf.ranking.unit')),
    cell(t('collectionReport.pdf.ranking.unitType')),
    cell(t('collectionReport.pdf.ranking.province')),
    cell(t('collectionReport.pdf.ranking.period')),
    cell(t('collectionReport.pdf.ranking.answered'), 'right'),
    cell(t('collectionReport.pdf.ranking.score'), 'right'),
    cell(t('collectionReport.pdf.ranking.grade'), 'center'),
    ...sectionIds.map((_, index) => cell(String(index + 1), 'right')),
    cell(t('collectionReport.pdf.ranking.criticalGaps'), 'right'),
  ];
}

function line(locale: ReportLocale, { rank, row }: RankedRow, sectionIds: readonly SectionId[]): TableCell[] {
  const { t, format } = locale;
  const none = t('collectionReport.pdf.none');
  const overall: TableCell = row.isProvisional
    ? {
        stack: [
          { text: describeScore(locale, row.score), bold: true },
          { text: t('collectionReport.pdf.ranking.provisionalMark'), fontSize: 6.5 },
        ],
        alignment: 'right',
      }
    : { text: describeScore(locale, row.score), bold: true, alignment: 'right' };
  return [
    { text: rank === undefined ? none : format.number(rank), alignment: 'right' },
    { text: row.unitName },
    { text: t(`unitTypes.${row.unitType}.name`) },
    { text: t(`provinces.${row.provinceId}`) },
    { text: describePeriod(locale, row) },
    { text: format.number(row.answeredPercent), alignment: 'right' },
    overall,
    { text: row.grade ?? none, alignment: 'center', bold: true },
    ...sectionIds.map((id): TableCell => ({
      text: describeScore(locale, row.sections[id]?.score),
      alignment: 'right',
    })),
    { text: format.number(row.criticalGapCount), alignment: 'right' },
  ];
}

export function rankingPart(input: CollectionReportInput): Content[] {
  const { locale, questionnaire } = input;
  const { t } = locale;
  const sectionIds = sectionIdsOf(questionnaire);
  const widths = [
    FIXED_WIDTHS.rank,
    '*',
    FIXED_WIDTHS.unitType,
    FIXED_WIDTHS.province,
    FIXED_WIDTHS.period,
    FIXED_WIDTHS.answered,
    FIXED_WIDTHS.score,
    FIXED_WIDTHS.grade,
    ...sectionIds.map(() => SECTION_WIDTH),
    CRITICAL_WIDTH,
  ];
  return [
    {
      text: t('collectionReport.pdf.ranking.heading'),
      style: 'h1',
      pageBreak: 'before',
      pageOrientation: 'landscape',
    },
    {
      text: t('collectionReport.pdf.ranking.intro', { sections: describeSectionNumbers(locale, sectionIds) }),
      style: 'hint',
      margin: [0, 0, 0, 6],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths,
        body: [header(locale, sectionIds), ...rankRows(input.rows).map((ranked) => line(locale, ranked, sectionIds))],
      },
      layout: { ...GRID_LAYOUT, ...DENSE_PADDING },
      fontSize: 7,
      lineHeight: 1.1,
    },
  ];
}
