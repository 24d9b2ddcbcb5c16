/** The unit's answers read in the Decision 766 groups and the DTI indicators: said not to be the official values. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { INDEX_766_GROUP_POINTS } from '../../questionnaire/content-schema';
import type { FrameScore } from '../../scoring/score-assessment';
import { GRID_LAYOUT } from '../pdf-layout';
import type { ReportInput } from './report-input';

/** One frame (766 groups or DTI indicators): the unit's score per row and how many questions counted. */
function frameTable<Key extends string>(
  input: ReportInput,
  caption: string,
  nameColumn: string,
  rows: readonly FrameScore<Key>[],
  name: (key: Key) => string,
): Content {
  const { t, format } = input.locale;
  return {
    unbreakable: true,
    stack: [
      { text: caption, bold: true, margin: [0, 6, 0, 2] },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: ['*', 110, 80],
          body: [
            [nameColumn, t('results.frames.scoreColumn'), t('results.frames.countedColumn')].map((text): TableCell => ({
              text,
              style: 'tableHeader',
            })),
            ...rows.map((row): TableCell[] => [
              name(row.key),
              row.tagged === 0
                ? t('results.frames.noQuestions')
                : row.score === undefined
                  ? t('results.sectionNotScored')
                  : format.number(row.score),
              t('results.frames.counted', { counted: row.counted, tagged: row.tagged }),
            ]),
          ],
        },
        layout: GRID_LAYOUT,
        style: 'tableCell',
      },
    ],
  };
}

export function frameTables(input: ReportInput): Content[] {
  const { t, tc } = input.locale;
  const { score } = input;
  return [
    { text: t('results.frames.heading'), style: 'h2' },
    { text: t('results.frames.intro'), style: 'hint' },
    frameTable(
      input,
      t('results.frames.index766Caption'),
      t('results.frames.groupColumn'),
      score.index766,
      (key) => `${tc(`index766.${key}`)} (${t('results.frames.points', { points: INDEX_766_GROUP_POINTS[key] })})`,
    ),
    frameTable(input, t('results.frames.dtiCaption'), t('results.frames.indicatorColumn'), score.dti, (key) =>
      tc(`dti.${key}`),
    ),
  ];
}
