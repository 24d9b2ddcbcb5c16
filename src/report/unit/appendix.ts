/** The scoring methodology as an appendix, from docs/methodology.md in the report's language. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { describeContentVersion } from '../../wording/content-version';
import { methodologyFor, type Inline, type MethodologyBlock } from '../methodology';
import { GRID_LAYOUT } from '../pdf-layout';
import type { ReportInput } from './report-input';

function inlineText(inlines: readonly Inline[]): Content {
  return {
    text: inlines.map((inline) =>
      inline.code
        ? { text: inline.text, style: 'code' }
        : inline.bold
          ? { text: inline.text, bold: true }
          : inline.text,
    ),
  };
}

function methodologyBlock(block: MethodologyBlock): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, style: 'h2' };
    case 'paragraph':
      return { ...(inlineText(block.inlines) as object), margin: [0, 0, 0, 5] } as Content;
    case 'list':
      return { ul: block.items.map(inlineText), margin: [0, 0, 0, 5] };
    case 'table': {
      const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length));
      const pad = (cells: readonly Inline[][]) =>
        Array.from({ length: columns }, (_, index) => inlineText(cells[index] ?? [])) as TableCell[];
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: Array.from({ length: columns }, (_, index) => (index === 0 ? '*' : 'auto')),
          body: [
            pad(block.header).map((cell) => ({ ...(cell as object), style: 'tableHeader' }) as TableCell),
            ...block.rows.map(pad),
          ],
        },
        layout: GRID_LAYOUT,
        style: 'tableCell',
        margin: [0, 2, 0, 8],
      };
    }
  }
}

export function appendix(input: ReportInput): Content[] {
  const { t, format, language } = input.locale;
  return [
    { text: t('report.pdf.appendixHeading'), style: 'h1', pageBreak: 'before' },
    {
      text: describeContentVersion(t, format, input.questionnaire.version, input.questionnaire.legalAsOf),
      style: 'hint',
      margin: [0, 0, 0, 4],
    },
    ...methodologyFor(language).map(methodologyBlock),
  ];
}
