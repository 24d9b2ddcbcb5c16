/**
 * The appendix of the consolidated report: one line per assessment received (of the rows the report covers), by
 * unit name: unit, province, period, when the unit's device exported the file and by whom (left out on request),
 * and the name of the file it was read from.
 *
 * Pure module: pdfmake's types only.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { periodKeyOf } from '../../collection/compare/period';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { GRID_LAYOUT } from '../pdf-layout';
import { DENSE_PADDING, describePeriod, nameCollator, type CollectionReportInput } from './collection-input';

/** The received assessments of the rows, by unit name then period. */
export function listAppendixEntries(input: Pick<CollectionReportInput, 'rows' | 'received'>): ReceivedAssessment[] {
  const ids = new Set(input.rows.map((row) => row.assessmentId));
  return input.received
    .filter((one) => ids.has(one.id))
    .sort((a, b) => {
      const pa = a.entry.assessment.profile;
      const pb = b.entry.assessment.profile;
      return (
        nameCollator.compare(pa.unitName, pb.unitName) ||
        periodKeyOf(pa.periodYear, pa.periodPart) - periodKeyOf(pb.periodYear, pb.periodPart)
      );
    });
}

export function appendixPart(input: CollectionReportInput): Content[] {
  const { locale, options } = input;
  const { t, format } = locale;
  const withNames = !options?.withoutAssessorNames;
  const head = (text: string): TableCell => ({ text, style: 'tableHeader' });
  const header: TableCell[] = [
    { text: t('collectionReport.pdf.appendix.number'), style: 'tableHeader', alignment: 'right' },
    head(t('collectionReport.pdf.appendix.unit')),
    head(t('collectionReport.pdf.appendix.province')),
    head(t('collectionReport.pdf.appendix.period')),
    head(t('collectionReport.pdf.appendix.exported')),
    ...(withNames ? [head(t('collectionReport.pdf.appendix.assessor'))] : []),
    head(t('collectionReport.pdf.appendix.file')),
  ];
  const body = listAppendixEntries(input).map((one, index): TableCell[] => {
    const { profile } = one.entry.assessment;
    return [
      { text: format.number(index + 1), alignment: 'right' },
      { text: profile.unitName },
      { text: t(`provinces.${profile.provinceId}`) },
      { text: describePeriod(locale, profile) },
      { text: format.dateTime(one.receipt.exportedAt) },
      ...(withNames ? [{ text: `${profile.assessorName}, ${profile.assessorRole}` }] : []),
      { text: one.receipt.fileName },
    ];
  });
  return [
    {
      text: t('collectionReport.pdf.appendix.heading'),
      style: 'h1',
      pageBreak: 'before',
      pageOrientation: 'landscape',
    },
    {
      text: withNames
        ? t('collectionReport.pdf.appendix.intro')
        : `${t('collectionReport.pdf.appendix.intro')} ${t('collectionReport.pdf.appendix.namesLeftOut')}`,
      style: 'hint',
      margin: [0, 0, 0, 6],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [22, '*', 64, 54, 48, ...(withNames ? [140] : []), withNames ? 216 : 296],
        body: [header, ...body],
      },
      layout: { ...GRID_LAYOUT, ...DENSE_PADDING },
      fontSize: 7,
      lineHeight: 1.1,
    },
  ];
}
