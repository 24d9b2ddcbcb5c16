/**
 * CSV exports for spreadsheets: the answers (one row per question) and the remediation plan. The screen translates
 * (section and question texts, answer text, statuses) and passes plain strings; this module only writes them:
 *
 * - RFC 4180: comma-separated, CRLF line ends (also after the last row), a field in double quotes when it holds a
 *   comma, semicolon, double quote, CR or LF, with inner double quotes doubled;
 * - UTF-8 with a byte-order mark, so that Excel shows Vietnamese correctly; every cell in NFC;
 * - formula injection guard (OWASP): a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a
 *   note like `=HYPERLINK(...)` is shown as text and never evaluated by a spreadsheet program.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Answer } from '../questionnaire/answer-schema';

export const CSV_BYTE_ORDER_MARK = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/** One cell as written: NFC, guarded against formulas, quoted when needed. */
export function csvCell(value: string): string {
  let text = value.normalize('NFC');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file (with byte-order mark) from a header row and data rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${CSV_BYTE_ORDER_MARK}${lines.map((line) => `${line}\r\n`).join('')}`;
}

export const ANSWER_CSV_COLUMNS = ['section', 'questionId', 'question', 'answerCode', 'answerText', 'note'] as const;
export type AnswerCsvColumn = (typeof ANSWER_CSV_COLUMNS)[number];
/** One question, already in the user's language (`answerCode` from `answerCode()`, the same in every language). */
export type AnswerCsvRow = Record<AnswerCsvColumn, string>;

export const PLAN_CSV_COLUMNS = [
  'priority',
  'section',
  'questionId',
  'question',
  'action',
  'role',
  'nationalDeadline',
  'owner',
  'dueOn',
  'status',
  'note',
] as const;
export type PlanCsvColumn = (typeof PLAN_CSV_COLUMNS)[number];
export type PlanCsvRow = Record<PlanCsvColumn, string>;

/**
 * The sample assessment's mark (issue 13), as one more column after the documented ones, its `header` on the first
 * line and its `value` ("BÀI ĐÁNH GIÁ MẪU – đơn vị giả định") on every row: a row copied or filtered on its own still
 * says it is made up, and a reader that takes columns by name or position finds every documented column where it is.
 */
export interface CsvSampleMark {
  header: string;
  value: string;
}

function tableCsv<C extends string>(
  columns: readonly C[],
  headers: Record<C, string>,
  rows: readonly Record<C, string>[],
  sampleMark: CsvSampleMark | undefined,
): string {
  const mark = (cells: string[], cell: string) => (sampleMark ? [...cells, cell] : cells);
  return toCsv(
    mark(
      columns.map((column) => headers[column]),
      sampleMark?.header ?? '',
    ),
    rows.map((row) =>
      mark(
        columns.map((column) => row[column]),
        sampleMark?.value ?? '',
      ),
    ),
  );
}

/** The answers, one row per question, columns in ANSWER_CSV_COLUMNS order with the given (translated) headers. */
export function answersToCsv(
  headers: Record<AnswerCsvColumn, string>,
  rows: readonly AnswerCsvRow[],
  sampleMark?: CsvSampleMark,
): string {
  return tableCsv(ANSWER_CSV_COLUMNS, headers, rows, sampleMark);
}

/** The remediation plan, one row per action, columns in PLAN_CSV_COLUMNS order. */
export function planToCsv(
  headers: Record<PlanCsvColumn, string>,
  rows: readonly PlanCsvRow[],
  sampleMark?: CsvSampleMark,
): string {
  return tableCsv(PLAN_CSV_COLUMNS, headers, rows, sampleMark);
}

/**
 * The language-independent code of an answer, for the "answer code" column: the option id (`yes`, `most`, `3`),
 * the number (`87.5`), `part/whole` (`12/40`), the ISO date, option ids joined by `;`, `text`, `systems:<count>`,
 * `not-applicable` or `dont-know`; an empty string when the question is unanswered.
 */
export function answerCode(answer: Answer | undefined): string {
  const response = answer?.response;
  if (!response) return '';
  if (response.kind !== 'value') return response.kind;
  const value = response.value;
  switch (value.type) {
    case 'yes-partly-no':
    case 'coverage':
    case 'maturity':
      return value.choice;
    case 'percentage':
      return String(value.percent);
    case 'count-pair':
      return `${value.part}/${value.whole}`;
    case 'date':
      return value.date;
    case 'multi-choice':
      return value.optionIds.join(';');
    case 'text':
      return 'text';
    case 'system-inventory':
      return `systems:${value.systems.length}`;
  }
}
