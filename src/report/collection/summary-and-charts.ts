/**
 * Part 2 of the consolidated report: the summary figures (units received, complete and provisional, the average
 * overall score, the grades) and two charts drawn as vectors: units per grade as bars, and each section's spread of
 * scores (lowest, quartiles, median, highest) as a box plot. Every figure is also written out, so nothing rests on
 * the drawing or on colour.
 *
 * Pure module: pdfmake's types only.
 */
import type { CanvasElement, Content, TableCell } from 'pdfmake/interfaces';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import { countGrades, spreadSections, type SectionSpread } from '../../collection/compare/distributions';
import { COLORS, PLAIN_LAYOUT } from '../pdf-layout';
import type { ReportLocale } from '../report-text';
import { describeShare, sectionIdsOf, sectionTitle, type CollectionReportInput } from './collection-input';

export interface SummaryFigures {
  received: number;
  complete: number;
  provisional: number;
  /** Mean of the overall scores, one decimal; undefined when no unit has one. */
  average?: number;
  /** Units with an overall score (the average's denominator). */
  scored: number;
}

/** As the dashboard counts them: complete when every applicable question is answered. */
export function summarize(rows: readonly ComparisonRow[]): SummaryFigures {
  const complete = rows.filter((row) => row.answered >= row.applicable).length;
  const scores = rows.flatMap((row) => (row.score === undefined ? [] : [row.score]));
  const average = scores.length
    ? Math.round((scores.reduce((sum, value) => sum + value, 0) / scores.length) * 10) / 10
    : undefined;
  return { received: rows.length, complete, provisional: rows.length - complete, average, scored: scores.length };
}

const BAR_WIDTH = 170;
const BAR_HEIGHT = 9;

function figuresTable(locale: ReportLocale, figures: SummaryFigures, grades: string): Content {
  const { t, format } = locale;
  const rows: [string, string][] = [
    [t('collectionReport.pdf.summary.received'), format.number(figures.received)],
    [t('collectionReport.pdf.summary.complete'), format.number(figures.complete)],
    [t('collectionReport.pdf.summary.provisional'), format.number(figures.provisional)],
    [
      t('collectionReport.pdf.summary.average'),
      figures.average === undefined
        ? t('collectionReport.pdf.none')
        : t('collectionReport.pdf.summary.averageValue', {
            score: format.number(figures.average),
            count: format.number(figures.scored),
          }),
    ],
    [t('collectionReport.pdf.summary.grades'), grades],
  ];
  return {
    table: {
      widths: [210, '*'],
      body: rows.map(([label, value]): TableCell[] => [{ text: label, style: 'label' }, { text: value }]),
    },
    layout: PLAIN_LAYOUT,
  };
}

function gradeChart(locale: ReportLocale, rows: readonly ComparisonRow[]): Content {
  const { t, format } = locale;
  const counts = countGrades(rows).filter((count) => count.grade !== 'none' || count.count > 0);
  const most = Math.max(1, ...counts.map((count) => count.count));
  const body = counts.map(({ grade, count }): TableCell[] => {
    const width = (count / most) * BAR_WIDTH;
    return [
      {
        text:
          grade === 'none'
            ? t('collectionReport.pdf.summary.noGrade')
            : t('collectionReport.pdf.summary.gradeLabel', { grade }),
        bold: true,
      },
      {
        canvas: [
          { type: 'rect', x: 0, y: 2, w: BAR_WIDTH, h: BAR_HEIGHT, color: COLORS.barTrack },
          ...(width > 0 ? [{ type: 'rect' as const, x: 0, y: 2, w: width, h: BAR_HEIGHT, color: COLORS.bar }] : []),
        ],
      },
      {
        text: t('collectionReport.pdf.summary.gradeCount', {
          count: format.number(count),
          share: describeShare(locale, rows.length ? count / rows.length : 0),
        }),
      },
    ];
  });
  return {
    table: { widths: [90, BAR_WIDTH, '*'], body },
    layout: { ...PLAIN_LAYOUT, paddingTop: () => 3, paddingBottom: () => 3 },
    fontSize: 9,
  };
}

const PLOT_WIDTH = 150;
const x = (score: number) => (Math.max(0, Math.min(100, score)) / 100) * PLOT_WIDTH;

/** One section's box plot on a 0-100 scale, with light guides every 25 points. */
function boxPlot(spread: SectionSpread): CanvasElement[] {
  const guides: CanvasElement[] = [0, 25, 50, 75, 100].map((tick) => ({
    type: 'line',
    x1: x(tick),
    y1: 0,
    x2: x(tick),
    y2: 14,
    lineWidth: 0.4,
    lineColor: COLORS.rule,
  }));
  const { min, lowerQuartile, median, upperQuartile, max } = spread;
  if (
    min === undefined ||
    lowerQuartile === undefined ||
    median === undefined ||
    upperQuartile === undefined ||
    max === undefined
  ) {
    return guides;
  }
  return [
    ...guides,
    { type: 'line', x1: x(min), y1: 7, x2: x(max), y2: 7, lineWidth: 0.8, lineColor: COLORS.text },
    { type: 'line', x1: x(min), y1: 3, x2: x(min), y2: 11, lineWidth: 0.8, lineColor: COLORS.text },
    { type: 'line', x1: x(max), y1: 3, x2: x(max), y2: 11, lineWidth: 0.8, lineColor: COLORS.text },
    {
      type: 'rect',
      x: x(lowerQuartile),
      y: 2,
      w: Math.max(0.8, x(upperQuartile) - x(lowerQuartile)),
      h: 10,
      color: COLORS.barTrack,
      lineColor: COLORS.bar,
      lineWidth: 0.8,
    },
    { type: 'line', x1: x(median), y1: 1, x2: x(median), y2: 13, lineWidth: 2.2, lineColor: COLORS.bar },
  ];
}

function spreadChart(locale: ReportLocale, spreads: readonly SectionSpread[]): Content {
  const { t, format } = locale;
  const figure = (value: number | undefined) => (value === undefined ? '' : format.number(value));
  const body: TableCell[][] = [
    [
      { text: '' },
      {
        columns: [
          { text: '0', width: '*' },
          { text: '50', width: '*', alignment: 'center' },
          { text: '100', width: '*', alignment: 'right' },
        ],
        style: 'hint',
      },
      { text: '' },
    ],
    ...spreads.map((spread, index): TableCell[] => [
      { text: `${index + 1}. ${sectionTitle(locale, spread.sectionId)}` },
      { canvas: boxPlot(spread) },
      {
        text:
          spread.count === 0
            ? t('collectionReport.pdf.summary.noScores')
            : t('collectionReport.pdf.summary.spreadLine', {
                min: figure(spread.min),
                q1: figure(spread.lowerQuartile),
                median: figure(spread.median),
                q3: figure(spread.upperQuartile),
                max: figure(spread.max),
                count: format.number(spread.count),
              }),
      },
    ]),
  ];
  return {
    table: { widths: [120, PLOT_WIDTH, '*'], body },
    layout: { ...PLAIN_LAYOUT, paddingTop: () => 3, paddingBottom: () => 3 },
    fontSize: 8.5,
  };
}

export function summaryAndCharts(input: CollectionReportInput): Content[] {
  const { locale, rows, questionnaire } = input;
  const { t, format } = locale;
  const grades = countGrades(rows)
    .filter((count) => count.count > 0)
    .map(
      ({ grade, count }) =>
        `${grade === 'none' ? t('collectionReport.pdf.summary.noGrade') : grade}: ${format.number(count)}`,
    )
    .join(' · ');
  return [
    { text: t('collectionReport.pdf.summary.heading'), style: 'h1', margin: [0, 14, 0, 8] },
    figuresTable(locale, summarize(rows), grades || t('collectionReport.pdf.none')),
    {
      unbreakable: true,
      stack: [{ text: t('collectionReport.pdf.summary.gradesHeading'), style: 'h2' }, gradeChart(locale, rows)],
    },
    {
      unbreakable: true,
      stack: [
        { text: t('collectionReport.pdf.summary.spreadHeading'), style: 'h2' },
        { text: t('collectionReport.pdf.summary.spreadIntro'), style: 'hint', margin: [0, 0, 0, 4] },
        spreadChart(locale, spreadSections(rows, sectionIdsOf(questionnaire))),
      ],
    },
  ];
}
