/** An inventory of information systems, as the answer to its question: one row per system. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { InformationSystem } from '../../questionnaire/answer-schema';
import { GRID_LAYOUT, INVENTORY_FIELDS, INVENTORY_WIDTHS } from '../pdf-layout';
import type { ReportLocale } from '../report-locale';

export function systemsTable(locale: ReportLocale, systems: readonly InformationSystem[]): Content {
  const { t, format } = locale;
  const level = (value?: string) => (value ? t('inventory.level', { level: value }) : t('inventory.notYet'));
  const fields = INVENTORY_FIELDS;
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: INVENTORY_WIDTHS,
      body: [
        fields.map((field): TableCell => ({ text: t(`inventory.fields.${field}`), style: 'tableHeader' })),
        ...systems.map((system): TableCell[] => [
          { text: [{ text: system.name, bold: true }, ...(system.purpose ? [`\n${system.purpose}`] : [])] },
          system.role ? t(`inventory.role.${system.role}`) : t('inventory.notStated'),
          {
            text: [
              t(`inventory.systemType.${system.systemType}`),
              ...(system.handlesProcedures
                ? [{ text: `\n${t('inventory.handlesProceduresShort')}`, italics: true }]
                : []),
            ],
          },
          level(system.proposedLevel),
          system.appraisedOn ? format.date(system.appraisedOn) : '',
          level(system.approvedLevel),
          system.approvedOn ? format.date(system.approvedOn) : '',
          system.hasSecurityPlan ? t(`scales.yes-partly-no.${system.hasSecurityPlan}`) : t('inventory.notAnswered'),
          system.lastInspectedOn ? format.date(system.lastInspectedOn) : '',
        ]),
      ],
    },
    layout: GRID_LAYOUT,
    fontSize: 8,
    lineHeight: 1.1,
    margin: [0, 2, 0, 2],
  };
}
