/**
 * Part 4 of the consolidated report: the unit × section heat map, in the ranking's order. Each cell prints the
 * score and is shaded by the grade the score would have (the colours of the collection's charts on screen, each
 * with dark or light text of at least 4.5:1 contrast); a key gives every shade its grade and band, so nothing rests
 * on colour alone.
 *
 * Pure module: pdfmake's types only.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { buildHeatMap } from '../../collection/compare/distributions';
import { gradeFor } from '../../scoring/grade';
import { GRID_LAYOUT } from '../pdf-layout';
import { describeGradeBands, type ReportLocale } from '../report-text';
import {
  DENSE_PADDING,
  describeScore,
  describeSectionNumbers,
  sectionIdsOf,
  type CollectionReportInput,
} from './collection-input';
import { rankRows } from './ranking';
import { GRADE_COLOURS } from '../../collection/compare/grade-colours';

/** The grades' colours, as the collection's screen draws them. */
export const HEAT_COLOURS = GRADE_COLOURS;

export function heatColourOf(score: number | undefined) {
  return HEAT_COLOURS[score === undefined ? 'none' : gradeFor(score)];
}

/** Every shade with its grade and band, in a grid of three keys a line: "A  90–100 điểm". */
function legend(locale: ReportLocale): Content {
  const { t } = locale;
  const keys: { label: string; colours: { fill: string; text: string }; band: string }[] = [
    ...describeGradeBands(locale).map(({ grade, band }) => ({ label: grade, colours: HEAT_COLOURS[grade], band })),
    {
      label: t('collectionReport.pdf.none'),
      colours: HEAT_COLOURS.none,
      band: t('collectionReport.pdf.heatMap.noScore'),
    },
  ];
  const lines: TableCell[][] = [];
  for (let index = 0; index < keys.length; index += 3) {
    lines.push(
      keys.slice(index, index + 3).flatMap(({ label, colours, band }): TableCell[] => [
        { text: label, fillColor: colours.fill, color: colours.text, alignment: 'center', bold: true },
        { text: band, border: [false, false, false, false] },
      ]),
    );
  }
  return {
    stack: [
      { text: t('collectionReport.pdf.heatMap.legend'), bold: true, margin: [0, 0, 0, 2] },
      {
        table: { widths: [14, 90, 14, 90, 14, 90], body: lines },
        layout: { ...GRID_LAYOUT, ...DENSE_PADDING, paddingLeft: () => 3, paddingRight: () => 3 },
      },
    ],
    fontSize: 8,
    margin: [0, 0, 0, 8],
  };
}

export function heatMapPart(input: CollectionReportInput): Content[] {
  const { locale, questionnaire } = input;
  const { t, format } = locale;
  const sectionIds = sectionIdsOf(questionnaire);
  const ranked = rankRows(input.rows);
  const map = buildHeatMap(
    ranked.map(({ row }) => row),
    sectionIds,
  );
  const header: TableCell[] = [
    { text: t('collectionReport.pdf.ranking.rank'), style: 'tableHeader', alignment: 'right' },
    { text: t('collectionReport.pdf.ranking.unit'), style: 'tableHeader' },
    ...sectionIds.map((_, index): TableCell => ({
      text: String(index + 1),
      style: 'tableHeader',
      alignment: 'center',
    })),
  ];
  const body = map.lines.map((line, index): TableCell[] => {
    const rank = ranked[index]?.rank;
    return [
      { text: rank === undefined ? t('collectionReport.pdf.none') : format.number(rank), alignment: 'right' },
      { text: line.unitName },
      ...line.scores.map((score): TableCell => {
        const colours = heatColourOf(score);
        return {
          text: describeScore(locale, score),
          fillColor: colours.fill,
          color: colours.text,
          alignment: 'center',
        };
      }),
    ];
  });
  return [
    {
      text: t('collectionReport.pdf.heatMap.heading'),
      style: 'h1',
      pageBreak: 'before',
      pageOrientation: 'portrait',
    },
    { text: t('collectionReport.pdf.heatMap.intro'), style: 'hint', margin: [0, 0, 0, 4] },
    { text: describeSectionNumbers(locale, sectionIds), style: 'hint', margin: [0, 0, 0, 6] },
    legend(locale),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [28, '*', ...sectionIds.map(() => 36)],
        body: [header, ...body],
      },
      layout: { ...GRID_LAYOUT, ...DENSE_PADDING },
      fontSize: 7.5,
      lineHeight: 1.1,
    },
  ];
}
