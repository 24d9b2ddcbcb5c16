/**
 * Part 6 of the consolidated report: the units on the roster that have sent nothing, or a line saying that no
 * roster was loaded. The table is also the body of the memo on units not reporting (build-missing-memo.ts).
 *
 * Pure module: pdfmake's types only.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { MissingUnit } from '../../collection/export/gaps-and-missing-tables';
import { GRID_LAYOUT } from '../pdf-layout';
import type { ReportLocale } from '../report-text';
import type { CollectionReportInput } from './collection-input';

/** Number, name, type, province, commune and code of each unit, in the roster's order. */
export function missingUnitsTable(locale: ReportLocale, units: readonly MissingUnit[]): Content {
  const { t, format } = locale;
  const head = (text: string): TableCell => ({ text, style: 'tableHeader' });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [18, '*', 78, 64, 70, 40],
      body: [
        [
          { text: t('collectionReport.pdf.missing.number'), style: 'tableHeader', alignment: 'right' },
          head(t('collectionReport.pdf.missing.name')),
          head(t('collectionReport.pdf.missing.unitType')),
          head(t('collectionReport.pdf.missing.province')),
          head(t('collectionReport.pdf.missing.commune')),
          head(t('collectionReport.pdf.missing.code')),
        ],
        ...units.map((unit, index): TableCell[] => [
          { text: format.number(index + 1), alignment: 'right' },
          { text: unit.name },
          { text: t(`unitTypes.${unit.unitType}.name`) },
          { text: t(`provinces.${unit.provinceId}`) },
          { text: unit.communeName ?? '' },
          { text: unit.code ?? '' },
        ]),
      ],
    },
    layout: GRID_LAYOUT,
    fontSize: 8.5,
    lineHeight: 1.15,
  };
}

export function missingPart(input: CollectionReportInput): Content[] {
  const { locale, missing } = input;
  const { t, format } = locale;
  const heading: Content = { text: t('collectionReport.pdf.missing.heading'), style: 'h1', margin: [0, 16, 0, 8] };
  if (missing === undefined) return [heading, { text: t('collectionReport.pdf.missing.noRoster') }];
  if (missing.length === 0) return [heading, { text: t('collectionReport.pdf.missing.none') }];
  return [
    heading,
    {
      text: t('collectionReport.pdf.missing.intro', { count: format.number(missing.length) }),
      margin: [0, 0, 0, 6],
    },
    missingUnitsTable(locale, missing),
  ];
}
