/**
 * What the collection's exports share: a table as rows of cells, and a loop that works through many rows in time
 * slices, giving the event loop back between slices, so that writing 230,000 rows (a national collection's tidy
 * table) never freezes the page: a click, a scroll or a screen reader's announcement waits one slice at most.
 *
 * Pure module: no React, no storage, no i18next (it runs in a browser page, a worker or Node alike).
 */

/** One cell: a text, a number (written as a number in XLSX, as JavaScript writes it in CSV), or empty. */
export type Cell = string | number | undefined;
export type Row = readonly Cell[];

/** A table to write: its header row and its rows (an iterable, so that a long table can be made as it is written). */
export interface ExportTable {
  header: readonly string[];
  rows: Iterable<Row>;
  /** How many rows `rows` gives, when known in advance: for progress. */
  rowCount?: number;
}

export interface ChunkOptions {
  /** Longest run of work between two yields, in milliseconds (default 25: well below a 50 ms long task). */
  sliceMs?: number;
  /** How to give the event loop back (default: a macrotask, `scheduler.yield` where the browser has it). */
  yieldToEventLoop?: () => Promise<void>;
  /** Called after each slice with the rows written so far (of every table, in order). */
  onProgress?: (rowsWritten: number) => void;
  /** Stops the work at the next slice (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** The clock (tests pass a fake one). */
  now?: () => number;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** A macrotask: the browser may paint and handle input before the next slice runs. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `write` for every row of every table, yielding between slices of at most `sliceMs`; `startTable` is called
 * before a table's first row (with its index) and `endTable` after its last one. Resolves when everything is written.
 */
export async function writeInSlices<T extends ExportTable>(
  tables: readonly T[],
  handlers: {
    startTable?: (table: T, index: number) => void;
    write: (row: Row) => void;
    endTable?: (table: T, index: number) => void;
    /** Called at the end of each slice, before yielding (e.g. to hand the slice's text on). */
    flush?: () => void;
  },
  options: ChunkOptions = {},
): Promise<void> {
  const sliceMs = options.sliceMs ?? 25;
  const now = options.now ?? (() => performance.now());
  const pause = options.yieldToEventLoop ?? yieldToEventLoop;
  let written = 0;
  let sliceStart = now();
  const endSlice = async () => {
    handlers.flush?.();
    options.onProgress?.(written);
    await pause();
    options.signal?.throwIfAborted();
    sliceStart = now();
  };
  options.signal?.throwIfAborted();
  for (const [index, table] of tables.entries()) {
    handlers.startTable?.(table, index);
    let sinceCheck = 0;
    for (const row of table.rows) {
      handlers.write(row);
      written += 1;
      // Reading the clock costs too: every 64 rows is often enough for rows that take microseconds each.
      sinceCheck += 1;
      if (sinceCheck >= 64) {
        sinceCheck = 0;
        if (now() - sliceStart >= sliceMs) await endSlice();
      }
    }
    handlers.endTable?.(table, index);
  }
  handlers.flush?.();
  options.onProgress?.(written);
}
