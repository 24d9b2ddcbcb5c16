/**
 * The dossier draft (security-level/dossier-draft.ts) as a Word document, with the `docx` library: the only module of
 * the app that knows it. Loaded with a dynamic `import()` when the user asks for a Word draft, never at start-up; its
 * chunk is in the service worker's precache, so a draft can be made offline.
 *
 * Laid out as Vietnamese administrative documents are (Decree 30/2020/NĐ-CP, Annex I): A4, Times New Roman 13 pt,
 * margins top and bottom 20 mm, left 30 mm, right 20 mm; the national title and motto on the right of the header, the
 * agency and document number on the left; the page number at the top from the second page. Places still to be written are highlighted in yellow, so they are found
 * at a glance and by Word's "find highlight".
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { DossierDraft, DraftBlock, DraftRun } from '../security-level/dossier-draft-model';

const FONT = 'Times New Roman';
/** Sizes in half-points. */
const BODY_SIZE = 26;
const SMALL_SIZE = 24;
/** Millimetres in twips (1/20 pt). */
const mm = (value: number) => Math.round((value * 1440) / 25.4);

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** Text as Word should store it: NFC, so a letter typed as base plus combining marks is one character. */
const nfc = (value: string) => value.normalize('NFC');

function runOf(run: DraftRun, size = BODY_SIZE): TextRun {
  if ('placeholder' in run)
    return new TextRun({ text: nfc(run.placeholder), highlight: 'yellow', italics: true, size });
  return new TextRun({ text: nfc(run.text), bold: run.bold, italics: run.italic, size });
}

const centred = (children: ParagraphChild[], spacingAfter = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spacingAfter }, children });

/** The two columns of the header: agency and number on the left, the national title and motto on the right. */
function headerTable(draft: DossierDraft): Table {
  const { header } = draft;
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              centred([
                new TextRun({
                  text: nfc(header.agency.toLocaleUpperCase(draft.language)),
                  bold: true,
                  size: SMALL_SIZE,
                }),
              ]),
              centred([new TextRun({ text: '―――――', size: SMALL_SIZE })]),
              centred([new TextRun({ text: header.documentNumber, size: BODY_SIZE })]),
            ],
            40,
          ),
          cell(
            [
              centred([new TextRun({ text: header.nationalTitle, bold: true, size: SMALL_SIZE })]),
              centred([new TextRun({ text: header.motto, bold: true, size: BODY_SIZE + 2, underline: {} })], 120),
              centred([new TextRun({ text: header.placeDate, italics: true, size: BODY_SIZE })]),
            ],
            60,
          ),
        ],
      }),
    ],
  });
}

/** «Nơi nhận» on the left, the signer's title and what to sign on the right, without borders. */
function closingTable(draft: DossierDraft): Table {
  const { closing } = draft;
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  const small = (value: string, style: { bold?: boolean; italics?: boolean } = {}) =>
    new Paragraph({ children: [new TextRun({ text: nfc(value), size: 22, ...style })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              small(closing.recipientsLabel, { bold: true, italics: true }),
              ...closing.recipients.map((line) => small(line)),
            ],
            50,
          ),
          cell(
            [
              centred([new TextRun({ text: nfc(closing.signer), bold: true })]),
              centred([new TextRun({ text: nfc(closing.signNote), italics: true, size: SMALL_SIZE })]),
            ],
            50,
          ),
        ],
      }),
    ],
  });
}

function tableOf(block: Extract<DraftBlock, { kind: 'table' }>): Table {
  const cell = (runs: DraftRun[], width: number, isHeader: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF1' } } : {}),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          children: runs.map((run) =>
            runOf(isHeader && !('placeholder' in run) ? { ...run, bold: true } : run, SMALL_SIZE),
          ),
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: block.columns.map((column, index) => cell([{ text: column }], block.widths[index] ?? 0, true)),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((runs, index) => cell(runs, block.widths[index] ?? 0, false)),
          }),
      ),
    ],
  });
}

function blockOf(block: DraftBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          children: [new TextRun({ text: block.text })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          children: block.runs.map((run) => runOf(run, block.style === 'note' ? SMALL_SIZE : BODY_SIZE)),
        }),
      ];
    case 'bullets':
      return block.items.map(
        (runs) => new Paragraph({ bullet: { level: 0 }, children: runs.map((run) => runOf(run)) }),
      );
    case 'table':
      // A paragraph after each table: Word joins two tables that touch.
      return [tableOf(block), new Paragraph({ children: [] })];
  }
}

export function dossierDocument(draft: DossierDraft): Document {
  const heading = { font: FONT, size: BODY_SIZE, bold: true, color: '000000' };
  return new Document({
    title: draft.documentTitle,
    creator: draft.header.agency,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, language: { value: draft.language === 'vi' ? 'vi-VN' : 'en-GB' } },
          paragraph: { spacing: { after: 100, line: 288 } },
        },
        heading1: { run: heading, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { ...heading, italics: false }, paragraph: { spacing: { before: 160, after: 80 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(20) },
          },
          // The page number centred in the top margin from the second page on (Decree 30/2020, Annex I).
          titlePage: true,
        },
        headers: {
          default: new Header({
            children: [centred([new TextRun({ children: [PageNumber.CURRENT], size: BODY_SIZE })])],
          }),
          first: new Header({ children: [] }),
        },
        children: [
          headerTable(draft),
          new Paragraph({ spacing: { before: 360 }, children: [] }),
          centred([new TextRun({ text: draft.title, bold: true, size: BODY_SIZE + 2 })]),
          centred([new TextRun({ text: draft.subtitle, bold: true })]),
          centred([new TextRun({ text: draft.draftMark, italics: true, size: SMALL_SIZE })], 240),
          ...draft.blocks.flatMap(blockOf),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          closingTable(draft),
        ],
      },
    ],
  });
}

/** The draft as a .docx file. */
export function writeDossierDocx(draft: DossierDraft): Promise<Blob> {
  return Packer.toBlob(dossierDocument(draft));
}
