/**
 * Part 5 of the consolidated report: the most common gaps (`collection/compare/common-gaps.ts`), as a province-wide
 * list of priorities: the question and its section, how many units fail it (count, out of how many it applies to,
 * and the share), the remediation action, and its legal basis, worded as the unit report words it (the provision
 * and the document's number in the table, every document cited in full under it).
 *
 * Pure module: pdfmake's types only.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CommonGap } from '../../collection/compare/common-gaps';
import { questionKeys } from '../../questionnaire/content-keys';
import { GRID_LAYOUT } from '../pdf-layout';
import { describeLegalReferenceShort, listCitedDocuments, type ReportLocale } from '../report-text';
import { describeShare, sectionTitle, type CollectionReportInput } from './collection-input';

export const DEFAULT_MAX_GAPS = 20;

function gapLine(input: CollectionReportInput, gap: CommonGap, index: number): TableCell[] {
  const { locale, questionnaire } = input;
  const { t, tc, format } = locale;
  return [
    { text: format.number(index + 1), alignment: 'right' },
    {
      stack: [
        { text: tc(questionKeys(gap.questionId).label) },
        { text: sectionTitle(locale, gap.sectionId), style: 'hint', fontSize: 7.5 },
      ],
    },
    {
      stack: [
        {
          text: t('collectionReport.pdf.gaps.failingValue', {
            failing: format.number(gap.failing),
            applicable: format.number(gap.applicable),
            share: describeShare(locale, gap.share),
          }),
          bold: true,
        },
        ...(gap.critical > 0
          ? [
              {
                text: t('collectionReport.pdf.gaps.criticalValue', { count: format.number(gap.critical) }),
                style: 'critical',
                fontSize: 7.5,
              },
            ]
          : []),
      ],
    },
    { text: gap.remediation ? tc(gap.actionKey) : t('collectionReport.pdf.none') },
    {
      text:
        gap.legalBasis
          .map((reference) => describeLegalReferenceShort(locale, reference, questionnaire.legalDocuments))
          .join('; ') || t('collectionReport.pdf.none'),
    },
  ];
}

function header(locale: ReportLocale): TableCell[] {
  const { t } = locale;
  return [
    { text: t('collectionReport.pdf.gaps.rank'), style: 'tableHeader', alignment: 'right' },
    { text: t('collectionReport.pdf.gaps.question'), style: 'tableHeader' },
    { text: t('collectionReport.pdf.gaps.failing'), style: 'tableHeader' },
    { text: t('collectionReport.pdf.gaps.action'), style: 'tableHeader' },
    { text: t('collectionReport.pdf.gaps.legalBasis'), style: 'tableHeader' },
  ];
}

export function commonGapsPart(input: CollectionReportInput): Content[] {
  const { locale, commonGaps, questionnaire, options } = input;
  const { t, format } = locale;
  const shown = commonGaps.slice(0, options?.maxGaps ?? DEFAULT_MAX_GAPS);
  const heading: Content = { text: t('collectionReport.pdf.gaps.heading'), style: 'h1', pageBreak: 'before' };
  if (shown.length === 0) return [heading, { text: t('collectionReport.pdf.gaps.empty') }];
  const cited = listCitedDocuments(
    locale,
    shown.flatMap((gap) => gap.legalBasis),
    questionnaire.legalDocuments,
  );
  return [
    heading,
    {
      text: t('collectionReport.pdf.gaps.intro', {
        shown: format.number(shown.length),
        total: format.number(commonGaps.length),
      }),
      style: 'hint',
      margin: [0, 0, 0, 6],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [16, '*', 62, '*', 96],
        body: [header(locale), ...shown.map((gap, index) => gapLine(input, gap, index))],
      },
      layout: GRID_LAYOUT,
      fontSize: 8,
      lineHeight: 1.15,
    },
    {
      stack: [
        { text: t('collectionReport.pdf.gaps.citedDocuments'), bold: true },
        ...cited.map((line) => ({ text: line, margin: [0, 2, 0, 0] as [number, number, number, number] })),
      ],
      fontSize: 8,
      margin: [0, 8, 0, 0],
    },
  ];
}
