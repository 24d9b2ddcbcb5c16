/**
 * Page set-up and building blocks shared by the report and the blank questionnaire: A4 with the margins of
 * Vietnamese administrative documents (Decree 30/2020/NĐ-CP: left 30 mm, right 20 mm, top and bottom 20-25 mm),
 * styles, page numbers, the official header block, tick boxes and lines to write on (drawn, not typed: the font
 * has no ☐ glyph).
 *
 * Pure module: pdfmake's types only, no PDF library at run time.
 */
import type { Column, Content, ContentCanvas, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportLocale } from './report-locale';

/** The embedded font family (see render-pdf.ts); Be Vietnam Pro covers every Vietnamese letter. */
export const FONT_FAMILY = 'BeVietnamPro';

const MM = 72 / 25.4;
export const PAGE_MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 20 * MM, 25 * MM];
/** A4 width (210 mm) less the left and right margins, in points. */
export const CONTENT_WIDTH = 210 * MM - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const COLORS = {
  text: '#1b1b1b',
  muted: '#505a5f',
  rule: '#b1b4b6',
  headerFill: '#eef2f6',
  bar: '#0b4f8a',
  barTrack: '#e3e6e9',
  critical: '#b3261e',
} as const;

export const STYLES: StyleDictionary = {
  title: { fontSize: 17, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 12.5, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
  h1: { fontSize: 13.5, bold: true, margin: [0, 4, 0, 8] },
  h2: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 5] },
  h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  small: { fontSize: 8.5 },
  hint: { fontSize: 8.5, color: COLORS.muted },
  label: { bold: true },
  tableHeader: { bold: true, fontSize: 8.5, fillColor: COLORS.headerFill },
  tableCell: { fontSize: 8.5, lineHeight: 1.15 },
  critical: { bold: true, color: COLORS.critical },
  code: { fontSize: 9, color: COLORS.muted },
};

/** Thin grey rules and modest padding: reads well on screen and on a black-and-white printer. */
export const GRID_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => COLORS.rule,
  vLineColor: () => COLORS.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Rows without rules, for label-value lists (the cover, the summary). */
export const PLAIN_LAYOUT = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/**
 * A4, margins, fonts, metadata and a footer with the page number ("Trang 3/12") and a short identification of the
 * document on every page.
 */
/**
 * @param header a line at the top of every page, in the top margin: the sample assessment's mark (issue 13), so a
 * page printed or copied on its own still says that its unit is made up
 */
export function pageSetup(
  locale: ReportLocale,
  { title, footer, header }: { title: string; footer: string; header?: string },
): Omit<TDocumentDefinitions, 'content'> {
  const { t, language } = locale;
  return {
    ...(header
      ? {
          header: () => ({
            text: header,
            bold: true,
            fontSize: 9,
            color: COLORS.critical,
            alignment: 'center',
            margin: [PAGE_MARGINS[0], 8 * MM, PAGE_MARGINS[2], 0],
          }),
        }
      : {}),
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    language: language === 'vi' ? 'vi-VN' : 'en-GB',
    info: { title, subject: title, creator: t('app.name'), producer: t('app.name') },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.25, color: COLORS.text },
    styles: STYLES,
    footer: (currentPage: number, pageCount: number) => ({
      margin: [PAGE_MARGINS[0], 10 * MM, PAGE_MARGINS[2], 0],
      columns: [
        { text: footer, style: 'hint', width: '*' },
        {
          text: t('report.pdf.page', { page: currentPage, pages: pageCount }),
          style: 'hint',
          alignment: 'right',
          width: 'auto',
        },
      ],
    }),
  };
}

/** A horizontal rule of the given length, centred in a box of `boxWidth`. */
export function centredRule(length: number, boxWidth: number, margin: [number, number, number, number]): Content {
  const x = Math.max(0, (boxWidth - length) / 2);
  return { canvas: [{ type: 'line', x1: x, y1: 0, x2: x + length, y2: 0, lineWidth: 0.6 }], margin };
}

export interface OfficialHeader {
  /** The governing body above the issuing agency, e.g. "UBND TỈNH NINH BÌNH" (optional). */
  parentAgency?: string;
  /** The issuing agency, e.g. "SỞ TƯ PHÁP". */
  agency?: string;
  /** E.g. "125/BC-STP". */
  documentNumber?: string;
  /** Where it is issued, e.g. "Ninh Bình". */
  place?: string;
}

/** Dots to write on where a field of the official header was left blank. */
const BLANK = '……………';

/**
 * The header of a Vietnamese administrative document: the agency and document number on the left, the national
 * title and motto on the right, each underlined, and "<place>, ngày … tháng … năm …" under them.
 */
export function officialHeaderBlock(locale: ReportLocale, header: OfficialHeader, isoDate: string): Content {
  const { t, format } = locale;
  const leftWidth = CONTENT_WIDTH * 0.42;
  const rightWidth = CONTENT_WIDTH - leftWidth;
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const agency = header.agency?.trim();
  const parent = header.parentAgency?.trim();
  return {
    margin: [0, 0, 0, 22],
    columns: [
      {
        width: leftWidth,
        alignment: 'center',
        stack: [
          ...(parent ? [{ text: parent.toLocaleUpperCase(locale.language), fontSize: 10 }] : []),
          { text: agency ? agency.toLocaleUpperCase(locale.language) : BLANK, fontSize: 10, bold: true },
          centredRule(Math.min(90, leftWidth * 0.5), leftWidth, [0, 2, 0, 4]),
          { text: t('report.pdf.documentNumber', { number: header.documentNumber?.trim() || BLANK }), fontSize: 10 },
        ],
      },
      {
        width: rightWidth,
        alignment: 'center',
        stack: [
          { text: t('report.pdf.nationalTitle'), fontSize: 10, bold: true },
          { text: t('report.pdf.motto'), fontSize: 11, bold: true },
          centredRule(Math.min(150, rightWidth * 0.6), rightWidth, [0, 2, 0, 6]),
          {
            text: t('report.pdf.placeDate', {
              place: header.place?.trim() || BLANK,
              day,
              month,
              year,
              date: format.date(isoDate),
            }),
            italics: true,
            fontSize: 10,
          },
        ],
      },
    ],
  };
}

/** A tick box drawn as a square, followed by its label; `width` when it is itself a column of a row of boxes. */
export function checkbox(label: string, width: number | 'auto' | '*' = '*'): Column {
  const box: ContentCanvas = {
    canvas: [{ type: 'rect', x: 0, y: 2.5, w: 8, h: 8, lineWidth: 0.7, lineColor: COLORS.text }],
  };
  const row: Content = {
    columns: [
      { ...box, width: 14 },
      { text: label, width: width === 'auto' ? 'auto' : '*' },
    ],
    columnGap: 2,
    margin: [0, 1, 0, 1],
  };
  return { ...row, width };
}

/** `count` dotted lines to write on, `spacing` points apart. */
export function writingLines(count: number, width = CONTENT_WIDTH, spacing = 18): Content {
  return {
    canvas: Array.from({ length: count }, (_, index) => ({
      type: 'line' as const,
      x1: 0,
      y1: spacing * (index + 1),
      x2: width,
      y2: spacing * (index + 1),
      lineWidth: 0.5,
      lineColor: COLORS.muted,
      dash: { length: 1, space: 2 },
    })),
    margin: [0, 0, 0, 4],
  };
}

/** A label followed by a line to write on, to the end of the column ("Tên đơn vị: ________"). */
export function fieldLine(label: string): Content {
  return {
    table: {
      widths: ['auto', '*'],
      body: [
        [
          { text: label, bold: true, border: [false, false, false, false] },
          { text: ' ', border: [false, false, false, true] },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      hLineColor: () => COLORS.muted,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 4,
      paddingTop: () => 5,
      paddingBottom: () => 1,
    },
  };
}

/** The inventory columns both PDFs print, in this order (labels under `inventory.fields.*`). */
export const INVENTORY_FIELDS = [
  'name',
  'role',
  'systemType',
  'proposedLevel',
  'appraisedOn',
  'approvedLevel',
  'approvedOn',
  'hasSecurityPlan',
  'lastInspectedOn',
] as const;
/** Their widths in points on a portrait page (the name takes what is left; each cell adds 8 points of padding). */
export const INVENTORY_WIDTHS = ['*', 36, 38, 38, 40, 42, 40, 56, 44];
