/**
 * The collection import (issue 12): many received files at once, fast, with progress and cancel.
 *
 * 1. Gathering: the chosen or dropped files and folders become candidate JSON files (`gather-files.ts`); ZIP files
 *    are unpacked in the worker.
 * 2. Importing: files are read (`Blob.arrayBuffer`, off the main thread) a batch at a time and handed to the parse
 *    worker(s) with their buffers transferred; each worker checks, upgrades and digests them (`parse-received.ts`).
 *    Two requests per worker are in flight, so a worker never waits for the main thread.
 * 3. Writing: what the workers accepted goes to storage (`receive`, i.e. `storage/collection#receiveAssessments`, one
 *    transaction per call) in batches of whole files, one batch at a time, small enough that no main-thread task
 *    (structured clone into IndexedDB) comes near 100 ms. A rejected file never stops the others.
 *
 * Cancel (`signal`): nothing more is read, parsed or written; the batch being written finishes, and what was written
 * stays (the summary says how many files were not imported). A storage failure stops the import the same way,
 * after the failing batch was retried file by file (a file storage refuses alone is rejected, with the error).
 *
 * The storage function is passed in (`receive`): this folder is pure and does not import storage.
 */
import type { FileError } from '../../exchange/parse-file';
import {
  gatherFiles,
  type Candidate,
  type GatherError,
  type GatherSource,
  type SkippedFile,
  type UnzipFn,
} from './gather-files';
import type { ParsedFile, ReceivedItem } from './parse-received';
import type { ParseRequest, ParseWorker, UnzipRequest, WorkerResponse } from './worker-protocol';

export type ReceiveStatus = 'added' | 'updated' | 'unchanged' | 'diverging';
/** `storage/collection#receiveAssessments`: one outcome per input, in their order (an action, or an object with it). */
export type ReceiveFn = (
  inputs: readonly ReceivedItem[],
) => Promise<readonly (ReceiveStatus | { action: ReceiveStatus })[]>;

export type ImportPhase = 'gathering' | 'importing' | 'done';
export interface ImportProgress {
  /** Files finished (written or rejected). */
  done: number;
  /** Candidate files (0 while gathering). */
  total: number;
  phase: ImportPhase;
}

/** Why a file was not imported: a check of the file, of gathering, or storage (`cause` is the storage error). */
export type RejectionError =
  | FileError
  | GatherError
  | { code: 'unreadable'; params: Record<string, never> }
  | { code: 'worker-failed'; params: Record<string, never> }
  | { code: 'storage'; params: Record<string, never>; cause: unknown };

export interface RejectedFile {
  name: string;
  error: RejectionError;
}

export interface ImportSummary {
  /** Candidate files, plus those refused while gathering. */
  files: number;
  /** Assessments, by what storage did with them (a backup file holds several). */
  added: number;
  updated: number;
  unchanged: number;
  diverging: number;
  /** Files imported (every assessment in them written). */
  imported: number;
  rejected: RejectedFile[];
  skipped: SkippedFile[];
  cancelled: boolean;
  /** Files neither imported nor rejected: the import was cancelled or stopped before them. */
  notImported: number;
  /** The storage error that stopped the import, if one did. */
  stoppedBy?: unknown;
}

export interface RunImportOptions {
  receive: ReceiveFn;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Parse workers (default: 2 on 2+ cores, else 1). */
  workers?: number;
  /** A worker (default: the module worker `parse-worker.ts`; the same code in this thread where there is none). */
  createWorker?: () => ParseWorker | Promise<ParseWorker>;
  /** Assessments per `receive` call, at least (whole files: a backup can make it more). */
  writeBatchSize?: number;
  /** Files per parse request, and bytes, at most (whichever comes first). */
  parseBatchFiles?: number;
  parseBatchBytes?: number;
}

/** Measured in Chromium on the 150- and 3,321-file collections (docs in the benchmark spec). */
export const DEFAULT_WRITE_BATCH = 25;
export const DEFAULT_PARSE_BATCH_FILES = 8;
export const DEFAULT_PARSE_BATCH_BYTES = 4 * 1024 * 1024;
/** Progress is reported at most this often (and at the end). */
const PROGRESS_INTERVAL_MS = 50;

export function defaultWorkerCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  return cores >= 2 ? 2 : 1;
}

async function createDefaultWorker(): Promise<ParseWorker> {
  if (typeof Worker !== 'undefined') {
    try {
      return new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      // Falls through to the same code in this thread.
    }
  }
  const [{ createInThreadWorker }, { digestEntry }] = await Promise.all([
    import('./in-thread-worker'),
    import('../digest'),
  ]);
  return createInThreadWorker(digestEntry);
}

/** Requests to one worker, each answered by the response with its batch number. */
class WorkerClient {
  private readonly pending = new Map<number, { resolve: (response: WorkerResponse) => void }>();
  private next = 0;
  broken = false;

  constructor(private readonly worker: ParseWorker) {
    worker.onmessage = (event) => {
      const waiting = this.pending.get(event.data.batch);
      this.pending.delete(event.data.batch);
      waiting?.resolve(event.data);
    };
    // A worker that failed to load or crashed: every request waiting, and every later one, fails.
    worker.onerror = () => {
      this.broken = true;
      for (const [batch, waiting] of this.pending) waiting.resolve({ type: 'failed', batch, message: 'worker error' });
      this.pending.clear();
    };
  }

  request(
    message: Omit<ParseRequest, 'batch'> | Omit<UnzipRequest, 'batch'>,
    transfer: Transferable[],
  ): Promise<WorkerResponse> {
    const batch = this.next++;
    if (this.broken) return Promise.resolve({ type: 'failed', batch, message: 'worker error' });
    return new Promise((resolve) => {
      this.pending.set(batch, { resolve });
      this.worker.postMessage({ ...message, batch }, transfer);
    });
  }

  terminate() {
    this.worker.terminate();
    for (const [batch, waiting] of this.pending) waiting.resolve({ type: 'failed', batch, message: 'terminated' });
    this.pending.clear();
  }
}

/** Runs `task` one call at a time, in order. */
function serial() {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = chain.then(task);
    chain = result.catch(() => undefined);
    return result;
  };
}

export async function runImport(sources: readonly GatherSource[], options: RunImportOptions): Promise<ImportSummary> {
  const { receive, signal } = options;
  const writeBatchSize = options.writeBatchSize ?? DEFAULT_WRITE_BATCH;
  const batchFiles = options.parseBatchFiles ?? DEFAULT_PARSE_BATCH_FILES;
  const batchBytes = options.parseBatchBytes ?? DEFAULT_PARSE_BATCH_BYTES;
  // Stops reading, parsing and writing: the user's cancel, or a storage failure.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal?.addEventListener('abort', onAbort);
  if (signal?.aborted) stop.abort();

  const summary: ImportSummary = {
    files: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    diverging: 0,
    imported: 0,
    rejected: [],
    skipped: [],
    cancelled: false,
    notImported: 0,
  };
  let total = 0;
  let done = 0;
  let lastReport = 0;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let finished = false;
  /** At most every PROGRESS_INTERVAL_MS; a report held back is sent when the interval ends. */
  const report = (phase: ImportPhase, force = false) => {
    const now = Date.now();
    if (!force && now - lastReport < PROGRESS_INTERVAL_MS) {
      trailing ??= setTimeout(
        () => {
          trailing = undefined;
          if (!finished) report(phase, true);
        },
        PROGRESS_INTERVAL_MS - (now - lastReport),
      );
      return;
    }
    if (trailing !== undefined) clearTimeout(trailing);
    trailing = undefined;
    lastReport = now;
    options.onProgress?.({ done, total, phase });
  };
  report('gathering', true);

  const workerCount = Math.max(1, options.workers ?? defaultWorkerCount());
  const clients: WorkerClient[] = [];
  const starting = new Map<number, Promise<WorkerClient>>();
  const clientAt = (index: number): Promise<WorkerClient> => {
    let client = starting.get(index);
    if (!client) {
      client = Promise.resolve((options.createWorker ?? createDefaultWorker)()).then((worker) => {
        const started = new WorkerClient(worker);
        clients.push(started);
        return started;
      });
      starting.set(index, client);
    }
    return client;
  };

  try {
    // 1. Gathering, ZIP files unpacked by the first worker.
    const unzip: UnzipFn = async (bytes, limits) => {
      const client = await clientAt(0);
      const buffer =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
      const response = await client.request({ type: 'unzip', bytes: buffer as ArrayBuffer, limits }, [
        buffer as ArrayBuffer,
      ]);
      if (response.type !== 'unzipped') throw new Error('unzip failed');
      return response.result;
    };
    const gathered = await gatherFiles(sources, { unzip, signal: stop.signal });
    summary.skipped = gathered.skipped;
    summary.rejected.push(...gathered.rejected);
    const candidates = gathered.candidates;
    total = candidates.length;
    summary.files = candidates.length + gathered.rejected.length;
    report('importing', true);

    // 2 and 3. Reading and parsing in `loops` pipelines, writing one batch at a time.
    let nextCandidate = 0;
    const takeBatch = (): { candidate: Candidate; index: number }[] => {
      const batch: { candidate: Candidate; index: number }[] = [];
      let bytes = 0;
      while (nextCandidate < candidates.length && batch.length < batchFiles) {
        const candidate = candidates[nextCandidate]!;
        if (batch.length > 0 && bytes + candidate.size > batchBytes) break;
        batch.push({ candidate, index: nextCandidate });
        bytes += candidate.size;
        nextCandidate += 1;
      }
      return batch;
    };

    const reject = (name: string, error: RejectionError) => {
      summary.rejected.push({ name, error });
      done += 1;
      report('importing');
    };

    /** Accepted files waiting to be written, whole. */
    let waiting: ParsedFile[] = [];
    let waitingItems = 0;
    const write = serial();

    const writeFiles = async (files: Extract<ParsedFile, { ok: true }>[]) => {
      const count = (outcomes: Awaited<ReturnType<ReceiveFn>>) => {
        for (const outcome of outcomes) summary[typeof outcome === 'string' ? outcome : outcome.action] += 1;
      };
      try {
        count(await receive(files.flatMap((file) => file.items)));
        summary.imported += files.length;
        done += files.length;
        report('importing');
        return;
      } catch (error) {
        if (files.length === 1) {
          reject(files[0]!.name, { code: 'storage', params: {}, cause: error });
          stop.abort();
          summary.stoppedBy = error;
          return;
        }
      }
      // One file at a time: a file storage refuses alone is rejected; if every one fails, storage itself is failing.
      let failures = 0;
      let lastError: unknown;
      for (const file of files) {
        try {
          count(await receive(file.items));
          summary.imported += 1;
          done += 1;
          report('importing');
        } catch (error) {
          failures += 1;
          lastError = error;
          reject(file.name, { code: 'storage', params: {}, cause: error });
        }
      }
      if (failures === files.length) {
        summary.stoppedBy = lastError;
        stop.abort();
      }
    };

    /** Writes the waiting files once there are enough (or all of them, with `all`), in batches. */
    const flush = (all: boolean) =>
      write(async () => {
        while (!stop.signal.aborted && waiting.length > 0 && (all || waitingItems >= writeBatchSize)) {
          const batch: Extract<ParsedFile, { ok: true }>[] = [];
          let items = 0;
          while (waiting.length > 0 && items < writeBatchSize) {
            const file = waiting.shift() as Extract<ParsedFile, { ok: true }>;
            batch.push(file);
            items += file.items.length;
          }
          waitingItems -= items;
          await writeFiles(batch);
        }
      });

    const pipeline = async (workerIndex: number) => {
      const client = await clientAt(workerIndex);
      for (;;) {
        if (stop.signal.aborted) return;
        const batch = takeBatch();
        if (batch.length === 0) return;
        const files: { index: number; name: string; bytes: ArrayBuffer }[] = [];
        await Promise.all(
          batch.map(async ({ candidate, index }) => {
            try {
              files.push({ index, name: candidate.name, bytes: await candidate.read() });
            } catch {
              if (!stop.signal.aborted) reject(candidate.name, { code: 'unreadable', params: {} });
            }
          }),
        );
        if (stop.signal.aborted) return;
        if (files.length === 0) continue;
        const response = await client.request(
          { type: 'parse', files },
          files.map((file) => file.bytes),
        );
        if (stop.signal.aborted) return;
        if (response.type !== 'parsed') {
          for (const file of files) reject(file.name, { code: 'worker-failed', params: {} });
          continue;
        }
        for (const result of response.results) {
          if (result.ok) {
            waiting.push(result);
            waitingItems += result.items.length;
          } else {
            reject(result.name, result.error);
          }
        }
        // Back-pressure: this pipeline reads no more until the writes caught up.
        if (waitingItems >= writeBatchSize) await flush(false);
      }
    };

    const loops = Array.from({ length: workerCount * 2 }, (_, index) => pipeline(index % workerCount));
    await Promise.all(loops);
    await flush(true);
    if (stop.signal.aborted) waiting = [];
  } finally {
    signal?.removeEventListener('abort', onAbort);
    for (const client of clients) client.terminate();
  }

  summary.cancelled = signal?.aborted === true;
  summary.notImported = Math.max(0, total - done);
  summary.rejected.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  report('done', true);
  finished = true;
  return summary;
}
