/**
 * The consolidated report of a department's collection (issue 12) as a pdfmake document definition, one part after
 * the other: title and scope (with the official header when chosen), summary figures and charts, the ranking
 * (landscape), the heat map, the most common gaps and the units not reporting, and the appendix of assessments
 * received (landscape). Page numbers on every page. render-pdf.ts turns it into a file.
 *
 * Pure module: pdfmake's types only, no PDF library at run time.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pageSetup } from '../pdf-layout';
import { appendixPart } from './appendix';
import type { CollectionReportInput } from './collection-input';
import { commonGapsPart } from './common-gaps';
import { heatMapPart } from './heat-map';
import { missingPart } from './missing';
import { rankingPart } from './ranking';
import { titleAndScope } from './scope';
import { summaryAndCharts } from './summary-and-charts';

export type { CollectionReportInput, CollectionReportOptions } from './collection-input';

export function buildCollectionReport(input: CollectionReportInput): TDocumentDefinitions {
  const { locale, rows, today } = input;
  const { t, format } = locale;
  const title = t('collectionReport.pdf.title');
  const footer = t('collectionReport.pdf.footer', { count: format.number(rows.length), date: format.date(today) });
  return {
    ...pageSetup(locale, { title: `${title} – ${t('collectionReport.pdf.subtitle')}`, footer }),
    content: [
      ...titleAndScope(input),
      ...summaryAndCharts(input),
      ...rankingPart(input),
      ...heatMapPart(input),
      ...commonGapsPart(input),
      ...missingPart(input),
      ...appendixPart(input),
    ],
  };
}
