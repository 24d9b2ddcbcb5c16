/**
 * Reading a CSV file as Excel writes it: UTF-8 with or without a byte-order mark; comma or semicolon between fields
 * (Excel uses the list separator of the system's region, and Vietnamese Windows often has ';'); an optional first
 * line `sep=;` (Excel's own hint, which it also reads); fields in double quotes holding the separator, line breaks
 * and doubled quotes; CRLF, LF or CR line ends.
 *
 * Pure module: no React, no storage, no i18next.
 */

export type CsvDelimiter = ',' | ';';

export interface CsvRecord {
  /** The line of the file the record starts on (1-based, counting the `sep=` line and the header). */
  line: number;
  cells: string[];
}

export interface CsvReadResult {
  delimiter: CsvDelimiter;
  records: CsvRecord[];
  /** The line of a quoted field that is never closed (the rest of the file is then one field). */
  unclosedQuoteLine?: number;
}

const SEP_LINE = /^sep=([,;])\r?\n?/i;

/** The separator of the first record: the one of ',' and ';' that appears more often outside quotes (';' on a tie). */
function guessDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return commas > semicolons ? ',' : ';';
}

export function readCsvRecords(input: string): CsvReadResult {
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let line = 1;
  let delimiter: CsvDelimiter;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    delimiter = sep[1] === ',' ? ',' : ';';
    text = text.slice(sep[0].length);
    line = 2;
  } else {
    delimiter = guessDelimiter(text);
  }

  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let recordLine = line;
  let quoteLine = line;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      line += 1;
      if (quoted) {
        cell += '\n'; // a line break inside a cell, as LF whatever the file's line ends
        continue;
      }
      endRecord();
      recordLine = line;
    } else if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  // The last record, unless the file ends with a line break.
  if (cell !== '' || cells.length > 0 || quoted) endRecord();
  return quoted ? { delimiter, records, unclosedQuoteLine: quoteLine } : { delimiter, records };
}
