/** The critical gaps found, each with the grade it caps; or that there are none. */
import type { Content } from 'pdfmake/interfaces';
import { criticalGapKey } from '../../questionnaire/content-keys';
import type { ReportInput } from './report-input';

export function criticalGaps(input: ReportInput): Content[] {
  const { t, tc } = input.locale;
  const gaps = input.score.criticalGaps;
  return [
    { text: t('report.pdf.criticalGapsHeading'), style: 'h1', margin: [0, 16, 0, 8] },
    gaps.length === 0
      ? { text: t('results.noCriticalGaps') }
      : {
          ul: gaps.map((gap) => ({
            text: [
              { text: tc(criticalGapKey(gap.gapId)), bold: true },
              ` ${t('results.capsGrade', { grade: gap.capGrade })}`,
            ],
            margin: [0, 0, 0, 3],
          })),
        },
  ];
}
