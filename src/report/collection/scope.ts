/**
 * Part 1 of the consolidated report: the title (under the official header when chosen), then its scope and method:
 * how many units, which periods and content versions were compared (and a note when the units answered different
 * versions), the date, and in a few lines how scores and grades are computed, citing the full methodology.
 *
 * Pure module: pdfmake's types only.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { officialHeaderBlock, PLAIN_LAYOUT } from '../pdf-layout';
import { describeGradeBands, type ReportLocale } from '../report-text';
import { describePeriod, type CollectionReportInput } from './collection-input';

/** Version numbers in numeric order: 1.10.0 after 1.9.0. */
const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

function labelValueTable(rows: readonly [string, string][]): Content {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([label, value]): TableCell[] => [{ text: label, style: 'label' }, { text: value }]),
    },
    layout: PLAIN_LAYOUT,
  };
}

/** The periods the rows cover, in time order, each once. */
export function listPeriods(locale: ReportLocale, rows: CollectionReportInput['rows']): string[] {
  const byKey = new Map<number, string>();
  for (const row of [...rows].sort((a, b) => a.periodKey - b.periodKey)) {
    if (!byKey.has(row.periodKey)) byKey.set(row.periodKey, describePeriod(locale, row));
  }
  return [...byKey.values()];
}

/** The content versions the units answered, each with its number of units, in version order. */
export function countVersions(rows: CollectionReportInput['rows']): { version: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.answeredContentVersion, (counts.get(row.answeredContentVersion) ?? 0) + 1);
  return [...counts.keys()].sort(byVersion).map((version) => ({ version, count: counts.get(version) ?? 0 }));
}

export function titleAndScope(input: CollectionReportInput): Content[] {
  const { locale, rows, received, questionnaire, today, options } = input;
  const { t, format } = locale;
  const versions = countVersions(rows);
  const bands = describeGradeBands(locale)
    .map(({ grade, band }) => `${grade} ${band}`)
    .join(', ');
  const facts: [string, string][] = [
    [t('collectionReport.pdf.scope.units'), format.number(rows.length)],
    [t('collectionReport.pdf.scope.periods'), listPeriods(locale, rows).join(', ') || t('collectionReport.pdf.none')],
    [
      t('collectionReport.pdf.scope.versions'),
      versions
        .map(({ version, count }) =>
          t('collectionReport.pdf.scope.versionCount', { version, count: format.number(count) }),
        )
        .join(', ') || t('collectionReport.pdf.none'),
    ],
    [t('collectionReport.pdf.scope.date'), format.date(today)],
  ];
  return [
    ...(options?.officialHeader ? [officialHeaderBlock(locale, options.officialHeader, today)] : []),
    { text: t('collectionReport.pdf.title'), style: 'title' },
    { text: t('collectionReport.pdf.subtitle'), style: 'subtitle', margin: [0, 0, 0, 2] },
    // A self-assessment never replaces the competent authority's rating (Decree 224/2026 Art. 8.3.c).
    { text: t('results.notOfficial'), alignment: 'center', italics: true, fontSize: 9, margin: [0, 0, 0, 16] },
    { text: t('collectionReport.pdf.scope.heading'), style: 'h1' },
    labelValueTable(facts),
    ...(rows.length < received.length
      ? [
          {
            text: t('collectionReport.pdf.scope.filtered', {
              shown: format.number(rows.length),
              total: format.number(received.length),
            }),
            margin: [0, 6, 0, 0],
          } satisfies Content,
        ]
      : []),
    ...(versions.length > 1
      ? [
          {
            text: t('collectionReport.pdf.scope.versionsDiffer', { current: questionnaire.version }),
            margin: [0, 6, 0, 0],
          } satisfies Content,
        ]
      : []),
    { text: t('collectionReport.pdf.scope.methodHeading'), style: 'h2' },
    { text: t('collectionReport.pdf.scope.method', { bands }) },
    { text: t('collectionReport.pdf.scope.methodSource'), style: 'hint', margin: [0, 4, 0, 0] },
  ];
}
