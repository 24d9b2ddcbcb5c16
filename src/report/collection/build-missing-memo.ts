/**
 * The short memo on units not reporting (issue 12: "export the list of missing units … as a short PDF memo"): the
 * official header when chosen, the title and date, where the collection stands, a sentence asking the units listed
 * to send their assessment (by a date, when one is given), and the list (type, province, commune, code). One or two
 * pages for a province.
 *
 * Pure module: pdfmake's types only.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MissingUnit } from '../../collection/export/gaps-and-missing-tables';
import { officialHeaderBlock, pageSetup, type OfficialHeader } from '../pdf-layout';
import type { ReportLocale } from '../report-text';
import { missingUnitsTable } from './missing';

export interface MissingMemoInput {
  locale: ReportLocale;
  /** The roster's units that have sent nothing, in the roster's order. */
  missing: readonly MissingUnit[];
  /** How many assessments have been received. */
  receivedCount: number;
  /** YYYY-MM-DD. */
  today: string;
  /** `sendBy`: YYYY-MM-DD, the date the units are asked to send their assessment by. */
  options?: { officialHeader?: OfficialHeader; sendBy?: string };
}

export function buildMissingMemo(input: MissingMemoInput): TDocumentDefinitions {
  const { locale, missing, receivedCount, today, options } = input;
  const { t, format } = locale;
  const date = format.date(today);
  const agency = options?.officialHeader?.agency?.trim() || t('collectionReport.memoPdf.requestAgency');
  const body: Content[] =
    missing.length === 0
      ? [{ text: t('collectionReport.memoPdf.none', { date }) }]
      : [
          {
            text: t('collectionReport.memoPdf.status', {
              date,
              received: format.number(receivedCount),
              count: format.number(missing.length),
            }),
            margin: [0, 0, 0, 6],
          },
          {
            text: options?.sendBy
              ? t('collectionReport.memoPdf.requestBy', { agency, date: format.date(options.sendBy) })
              : t('collectionReport.memoPdf.request', { agency }),
            margin: [0, 0, 0, 10],
          },
          missingUnitsTable(locale, missing),
        ];
  return {
    ...pageSetup(locale, {
      title: t('collectionReport.memoPdf.title'),
      footer: t('collectionReport.memoPdf.footer', { date }),
    }),
    content: [
      ...(options?.officialHeader ? [officialHeaderBlock(locale, options.officialHeader, today)] : []),
      { text: t('collectionReport.memoPdf.title'), style: 'title' },
      { text: t('collectionReport.memoPdf.subtitle'), style: 'subtitle' },
      ...body,
    ],
  };
}
