/**
 * A CSV file of one table written in time slices into a Blob (`chunks.ts`), as every CSV of the app is written
 * (`src/exchange/csv.ts`): UTF-8 with a byte-order mark, comma-separated, CRLF line ends, a text cell in NFC, quoted
 * when needed and guarded against spreadsheet formulas. A number is written as JavaScript writes it (`87.5`), never
 * guarded, so that a program reading the file gets a number.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { CSV_BYTE_ORDER_MARK, csvCell } from '../../exchange/csv';
import { writeInSlices, type Cell, type ChunkOptions, type ExportTable, type Row } from './chunks';

export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8';

/**
 * ASCII that needs no quotes, no formula guard and no normalisation: ids, codes, dates (most cells of a tidy table),
 * written as they are without the full `csvCell`.
 */
const PLAIN = /^[A-Za-z0-9_.:/|][A-Za-z0-9_.:/| -]*$/;

/** Cells written already, for texts repeated on many rows (a unit's name on each of its ~85 rows). */
const written = new Map<string, string>();
const MAX_REMEMBERED = 100_000;

export function csvValue(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (PLAIN.test(cell)) return cell;
  let text = written.get(cell);
  if (text === undefined) {
    text = csvCell(cell);
    if (written.size >= MAX_REMEMBERED) written.clear();
    if (cell.length <= 200) written.set(cell, text);
  }
  return text;
}

export const csvLine = (row: Row): string => `${row.map(csvValue).join(',')}\r\n`;

/** The whole table as one CSV text (for small tables and tests). */
export function tableToCsvText(table: ExportTable): string {
  let text = CSV_BYTE_ORDER_MARK + csvLine(table.header);
  for (const row of table.rows) text += csvLine(row);
  return text;
}

/** The table as a CSV Blob, written a slice at a time (the page stays responsive however long the table). */
export async function writeCsvBlob(table: ExportTable, options: ChunkOptions = {}): Promise<Blob> {
  // Each slice is encoded as it is made: a Blob given texts encodes them all at once, in one long task (~1 s for
  // the 54 MB of a national tidy table).
  const encoder = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [encoder.encode(CSV_BYTE_ORDER_MARK + csvLine(table.header))];
  let slice = '';
  await writeInSlices(
    [table],
    {
      write: (row) => {
        slice += csvLine(row);
      },
      flush: () => {
        if (slice) parts.push(encoder.encode(slice));
        slice = '';
      },
    },
    options,
  );
  return new Blob(parts, { type: CSV_MEDIA_TYPE });
}
