/**
 * An XLSX workbook of several tables, one sheet each, written by hand in SpreadsheetML (ECMA-376) and zipped with
 * fflate, the ZIP library the app already uses (docs/decisions/0013-collection-exports.md says why no spreadsheet
 * library). The only module that writes XLSX; loaded with `import()` on the first workbook asked for.
 *
 * What it writes: shared strings (a collection repeats the same unit names, ids and codes on every row), numbers as
 * numbers, a bold and frozen header row, column widths; no formulas ever (a text starting with "=" is a text), so
 * nothing needs the CSV's formula guard. Texts are NFC; characters XML cannot hold become U+FFFD. Rows are written in
 * time slices and each slice is compressed as it is made (`Zip` streaming), so the page stays responsive.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { writeInSlices, type Cell, type ChunkOptions, type ExportTable } from './chunks';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookSheet extends ExportTable {
  /** The sheet's tab name (made valid: at most 31 characters, none of \ / ? * [ ] :, unique). */
  name: string;
  /** Column widths in characters; by default from the header's length. */
  widths?: readonly number[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

// Characters XML 1.0 cannot hold: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; unpaired surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function xmlText(text: string): string {
  return text
    .normalize('NFC')
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

/** A valid, unique sheet name. */
export function sheetName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .replace(/[\\/?*[\]:]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1)
    candidate = `${base.slice(0, 31 - `${n}`.length - 1)} ${n}`;
  return candidate;
}

const columnWidth = (header: string) => Math.min(60, Math.max(10, header.length + 2));

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    `${sheets}</Types>`
  );
}

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

function workbook(names: readonly string[]): string {
  const sheets = names
    .map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  const n = sheetCount;
  return (
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">${sheets}` +
    `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
}

/** Style 0: the default; style 1: bold, wrapped (the header row). */
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function sheetStart(sheet: WorkbookSheet): string {
  const widths = sheet.header.map((header, i) => sheet.widths?.[i] ?? columnWidth(header));
  const cols = widths
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.round(width)}" customWidth="1"/>`)
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`
  );
}
const SHEET_END = '</sheetData></worksheet>';

/**
 * The workbook as a Blob. Sheets in the order given; every row of every sheet is written in time slices
 * (`options.onProgress` counts rows over all sheets).
 */
export async function writeWorkbook(sheets: readonly WorkbookSheet[], options: ChunkOptions = {}): Promise<Blob> {
  const parts: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, data) => {
    if (error) failures.push(error);
    else parts.push(data);
  });
  const addWhole = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  const taken = new Set<string>();
  const names = sheets.map((sheet) => {
    const name = sheetName(sheet.name, taken);
    taken.add(name.toLowerCase());
    return name;
  });
  addWhole('[Content_Types].xml', contentTypes(sheets.length));
  addWhole('_rels/.rels', ROOT_RELS);
  addWhole('xl/workbook.xml', workbook(names));
  addWhole('xl/_rels/workbook.xml.rels', workbookRels(sheets.length));
  addWhole('xl/styles.xml', STYLES);

  const shared = new Map<string, number>();
  const strings: string[] = [];
  const stringIndex = (text: string) => {
    let index = shared.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      shared.set(text, index);
    }
    return index;
  };
  const cellXml = (cell: Cell, style = '') => {
    if (cell === undefined || cell === '') return '<c/>';
    if (typeof cell === 'number') return Number.isFinite(cell) ? `<c${style}><v>${cell}</v></c>` : '<c/>';
    return `<c${style} t="s"><v>${stringIndex(cell)}</v></c>`;
  };

  let file: ZipDeflate | undefined;
  let slice = '';
  let rowNumber = 0;
  const encoder = new TextEncoder();
  await writeInSlices(
    sheets,
    {
      startTable: (sheet, index) => {
        file = new ZipDeflate(`xl/worksheets/sheet${index + 1}.xml`, { level: 6 });
        zip.add(file);
        rowNumber = 1;
        slice = `${sheetStart(sheet)}<row r="1">${sheet.header.map((header) => cellXml(header, ' s="1"')).join('')}</row>`;
      },
      write: (row) => {
        rowNumber += 1;
        slice += `<row r="${rowNumber}">`;
        for (const cell of row) slice += cellXml(cell);
        slice += '</row>';
      },
      flush: () => {
        if (slice && file) file.push(encoder.encode(slice));
        slice = '';
      },
      endTable: () => {
        file?.push(encoder.encode(slice + SHEET_END), true);
        slice = '';
        file = undefined;
      },
    },
    options,
  );

  const sst = new ZipDeflate('xl/sharedStrings.xml', { level: 6 });
  zip.add(sst);
  sst.push(
    encoder.encode(`${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">`),
  );
  for (let start = 0; start < strings.length; start += 5_000) {
    let text = '';
    for (const string of strings.slice(start, start + 5_000)) {
      const escaped = xmlText(string);
      text += /^\s|\s$/.test(escaped)
        ? `<si><t xml:space="preserve">${escaped}</t></si>`
        : `<si><t>${escaped}</t></si>`;
    }
    sst.push(encoder.encode(text));
  }
  sst.push(encoder.encode('</sst>'), true);
  zip.end();
  if (failures[0]) throw failures[0];
  return new Blob(parts as BlobPart[], { type: XLSX_MEDIA_TYPE });
}
