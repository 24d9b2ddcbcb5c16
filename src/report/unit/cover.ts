/**
 * The cover: optionally under the official header of a Vietnamese administrative document, the title, that it is
 * not an official rating, and the unit, period, assessor, date and content version.
 */
import type { Content } from 'pdfmake/interfaces';
import type { Assessment } from '../../assessment/assessment-schema';
import { describeContentVersion } from '../../wording/content-version';
import { officialHeaderBlock } from '../pdf-layout';
import type { ReportLocale } from '../report-locale';
import type { ReportInput } from './report-input';
import { labelValueTable } from './shared';

/** "Sở Tư pháp – Năm 2026": identifies the document in the footer and the metadata. */
export function describeReportSubject(locale: ReportLocale, assessment: Assessment): string {
  const { profile } = assessment;
  return `${profile.unitName} – ${locale.t(`periodLabels.${profile.periodPart}`, { year: profile.periodYear })}`;
}

export function cover(input: ReportInput): Content[] {
  const { locale, assessment, questionnaire, today, options } = input;
  const { t, format } = locale;
  const { profile } = assessment;
  const rows: [string, Content][] = [
    [t('report.pdf.cover.unit'), { text: profile.unitName, bold: true }],
    [t('report.pdf.cover.unitType'), t(`unitTypes.${profile.unitType}.name`)],
    [t('report.pdf.cover.province'), t(`provinces.${profile.provinceId}`)],
    ...(profile.communeName ? [[t('report.pdf.cover.commune'), profile.communeName] as [string, Content]] : []),
    ...(profile.unitCode ? [[t('report.pdf.cover.unitCode'), profile.unitCode] as [string, Content]] : []),
    [t('report.pdf.cover.period'), t(`periodLabels.${profile.periodPart}`, { year: profile.periodYear })],
    [t('report.pdf.cover.assessor'), `${profile.assessorName}, ${profile.assessorRole}`],
    [t('report.pdf.cover.date'), format.date(today)],
    [
      t('report.pdf.cover.contentVersion'),
      describeContentVersion(t, format, assessment.questionnaireVersion, questionnaire.legalAsOf),
    ],
  ];
  return [
    ...(options?.officialHeader ? [officialHeaderBlock(locale, options.officialHeader, today)] : []),
    // The sample of a fictional unit (issue 13) says so above its title too, not only in the page header.
    ...(assessment.sample
      ? [
          {
            text: t('report.pdf.sampleMark'),
            style: 'critical',
            alignment: 'center',
            fontSize: 13,
            margin: [0, 0, 0, 8],
          } satisfies Content,
        ]
      : []),
    { text: t('report.pdf.title'), style: 'title' },
    { text: t('report.pdf.subtitle'), style: 'subtitle', margin: [0, 0, 0, 2] },
    // A self-assessment never replaces the competent authority's rating (Decree 224/2026 Art. 8.3.c).
    {
      text: t('results.notOfficial'),
      alignment: 'center',
      italics: true,
      fontSize: 9,
      margin: [0, 0, 0, assessment.title ? 2 : 18],
    },
    ...(assessment.title
      ? [{ text: assessment.title, alignment: 'center', margin: [0, 0, 0, 16] } satisfies Content]
      : []),
    labelValueTable(rows),
    { text: t('report.pdf.generatedBy'), style: 'hint', margin: [0, 8, 0, 0] },
  ];
}
