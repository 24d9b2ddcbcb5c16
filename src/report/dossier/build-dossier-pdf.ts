/**
 * The dossier draft (security-level/dossier-draft.ts) as a pdfmake document definition, the same model the Word file
 * is written from: the official header (national title and motto, agency, number, place and date line), the title,
 * and the blocks. A place still to be written is boxed when it stands alone, and shaded within a line.
 *
 * Pure: nothing here loads the PDF library; render-pdf.ts turns the result into a file.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DossierDraft, DraftBlock, DraftRun } from '../../security-level/dossier-draft-model';
import { COLORS, CONTENT_WIDTH, GRID_LAYOUT, centredRule, pageSetup } from '../pdf-layout';
import type { ReportLocale } from '../report-locale';

const PLACEHOLDER_FILL = '#fff1a8';
const PLACEHOLDER_BORDER = '#8a6d00';

function inline(run: DraftRun): Content {
  if ('placeholder' in run) return { text: run.placeholder, italics: true, background: PLACEHOLDER_FILL };
  return { text: run.text, bold: run.bold, italics: run.italic };
}

const isLonePlaceholder = (runs: readonly DraftRun[]) => runs.length === 1 && runs[0] && 'placeholder' in runs[0];

/** A place to write, alone on its line: a box with a dashed border, as a form's field. */
function placeholderBox(runs: DraftRun[]): Content {
  return {
    table: { widths: ['*'], body: [[{ text: runs.map(inline), fillColor: PLACEHOLDER_FILL }]] },
    layout: {
      hLineWidth: () => 0.8,
      vLineWidth: () => 0.8,
      hLineColor: () => PLACEHOLDER_BORDER,
      vLineColor: () => PLACEHOLDER_BORDER,
      hLineStyle: () => ({ dash: { length: 3, space: 2 } }),
      vLineStyle: () => ({ dash: { length: 3, space: 2 } }),
      paddingLeft: () => 5,
      paddingRight: () => 5,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 2, 0, 6],
  };
}

function blockContent(block: DraftBlock): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, style: block.level === 1 ? 'h1' : 'h2', headlineLevel: block.level };
    case 'paragraph':
      if (isLonePlaceholder(block.runs)) return placeholderBox(block.runs);
      return {
        text: block.runs.map(inline),
        alignment: 'justify',
        margin: [0, 0, 0, 6],
        ...(block.style === 'note' ? { fontSize: 9, color: COLORS.muted } : {}),
      };
    case 'bullets':
      return { ul: block.items.map((runs) => ({ text: runs.map(inline) })), margin: [0, 0, 0, 6] };
    case 'table': {
      const widths = block.widths.map((width) => ((CONTENT_WIDTH - 8 * block.widths.length) * width) / 100);
      const header: TableCell[] = block.columns.map((column) => ({ text: column, style: 'tableHeader' }));
      const rows: TableCell[][] = block.rows.map((row) =>
        row.map((runs): TableCell => ({ text: runs.map(inline), style: 'tableCell' })),
      );
      return { table: { headerRows: 1, widths, body: [header, ...rows] }, layout: GRID_LAYOUT, margin: [0, 2, 0, 8] };
    }
  }
}

/** The official header: the agency and number on the left, the national title and motto on the right. */
function headerBlock(draft: DossierDraft): Content {
  const leftWidth = CONTENT_WIDTH * 0.4;
  const rightWidth = CONTENT_WIDTH - leftWidth;
  const { header } = draft;
  return {
    margin: [0, 0, 0, 22],
    columns: [
      {
        width: leftWidth,
        alignment: 'center',
        stack: [
          { text: header.agency.toLocaleUpperCase(draft.language), fontSize: 10, bold: true },
          centredRule(Math.min(90, leftWidth * 0.5), leftWidth, [0, 2, 0, 4]),
          { text: header.documentNumber, fontSize: 10 },
        ],
      },
      {
        width: rightWidth,
        alignment: 'center',
        stack: [
          { text: header.nationalTitle, fontSize: 10, bold: true },
          { text: header.motto, fontSize: 11, bold: true },
          centredRule(Math.min(150, rightWidth * 0.6), rightWidth, [0, 2, 0, 6]),
          { text: header.placeDate, italics: true, fontSize: 10 },
        ],
      },
    ],
  };
}

/** «Nơi nhận» on the left, the signer's title and what to sign on the right; kept on one page. */
function closingBlock(draft: DossierDraft): Content {
  const { closing } = draft;
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    columns: [
      {
        width: '50%',
        stack: [
          { text: closing.recipientsLabel, bold: true, italics: true, fontSize: 9.5 },
          ...closing.recipients.map((line) => ({ text: line, fontSize: 9 })),
        ],
      },
      {
        width: '50%',
        alignment: 'center',
        stack: [
          { text: closing.signer, bold: true },
          { text: closing.signNote, italics: true, fontSize: 9 },
        ],
      },
    ],
  };
}

/**
 * The blocks, each run of headings kept on one page with the block after it unless that is a table (a table may be
 * longer than a page; `pageBreakBefore` below moves a heading left alone above one).
 */
function blocksContent(blocks: readonly DraftBlock[]): Content[] {
  const content: Content[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const group: DraftBlock[] = [];
    while (blocks[index]?.kind === 'heading') group.push(blocks[index++]!);
    const next = blocks[index];
    if (next && (next.kind !== 'table' || group.length === 0)) group.push(next);
    else index--;
    content.push(group.length > 1 ? { stack: group.map(blockContent), unbreakable: true } : blockContent(group[0]!));
  }
  return content;
}

export function buildDossierPdf(locale: ReportLocale, draft: DossierDraft): TDocumentDefinitions {
  return {
    ...pageSetup(locale, { title: draft.documentTitle, footer: draft.documentTitle }),
    // A heading is never the last thing on a page (nor headings only): it moves to the page its text is on.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined &&
      nodes.getFollowingNodesOnPage().every((following) => following.headlineLevel !== undefined),
    content: [
      headerBlock(draft),
      { text: draft.title, style: 'title', fontSize: 14 },
      { text: draft.subtitle, style: 'subtitle', margin: [0, 0, 0, 4] },
      { text: draft.draftMark, alignment: 'center', italics: true, fontSize: 9, margin: [0, 0, 0, 16] },
      ...blocksContent(draft.blocks),
      closingBlock(draft),
    ],
  };
}
