/**
 * The write path of everything a person types, framework-free: the section form (answers) and the plan form (plan
 * items) both hand their edits to a `RecordWriter`, which owns the debounce, the queue, the retry, the flush before
 * the page goes away and the reconciliation with other tabs. Screens only say "this key now holds this value" and
 * show the status; they never decide what is on disk.
 *
 * Guarantees (tested by `record-writer.test.ts`, including a property test over random interleavings):
 * - The latest edit of every key is written, once, after every earlier edit of it (one write at a time).
 * - A failed write keeps its edits queued (a newer edit of the same key replaces them) and is retried; `flush()`
 *   resolves `{ ok: false }` while anything is unsaved, so callers can refuse to navigate away.
 * - Other tabs are recognised by record *revision and writer id*, never by comparing contents: the echo of this
 *   writer's own save, or a stale snapshot that predates it, is never reported as a change from elsewhere.
 *
 * docs/decisions/0009-answer-writer.md explains the choice.
 */
import { toStorageError, type StorageFailure } from './storage-error';

/** What the store holds for one key, as a live query reports it. */
export interface StoredRecord<V> {
  value: V;
  /** Increases with every write of this key, whichever tab made it (see `nextRevision`). Absent in old data. */
  revision?: number;
  /** The id of the writer (tab) that wrote it. Absent in old data and imported files. */
  writer?: string;
}

export interface RecordStore<V> {
  /** Writes every entry in one transaction; resolves, once committed, with the revision each key was given. */
  write(entries: ReadonlyMap<string, V>, writer: string): Promise<ReadonlyMap<string, number>>;
  /**
   * Issues the writes at once, synchronously, for `pagehide` (the page may get no further task). Best effort: the
   * regular flush follows it.
   */
  writeNow?(entries: ReadonlyMap<string, V>, writer: string, revisions: ReadonlyMap<string, number>): void;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

export const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export type WriterStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; failure: StorageFailure; at: number };

export type FlushResult = { ok: true } | { ok: false; failure: StorageFailure };

/** Another writer's value for a key, newer than anything this writer knew. */
export interface ForeignChange<V> {
  key: string;
  value: V;
  /** This writer holds edits of the key that are not written yet: they will replace the other value. */
  hasLocalEdits: boolean;
}

export interface RecordWriterOptions<V> {
  store: RecordStore<V>;
  /** Identifies this writer's records; one per tab is enough (`TAB_WRITER_ID`). */
  writerId: string;
  /** The records as stored when the form opened. */
  initial: ReadonlyMap<string, StoredRecord<V>>;
  /** Two values with the same signature need no write (e.g. they differ only in a timestamp). */
  signatureOf: (value: V) => string;
  delayMs: number;
  timers?: Timers;
  /** Retry delays after a failed write; the last one repeats. */
  retryDelaysMs?: readonly number[];
}

/** Revision for a new write of a key: above the stored one and, across deletions and imports, above older times. */
export function nextRevision(stored: number | undefined, now: number): number {
  return Math.max((stored ?? 0) + 1, now);
}

/** One id per page load: enough to tell this tab's records from another tab's. */
export const TAB_WRITER_ID = `tab-${Math.random().toString(36).slice(2, 10)}-${Date.now().toString(36)}`;

export class RecordWriter<V> {
  private readonly options: Required<Omit<RecordWriterOptions<V>, 'initial'>>;
  /** Edits not yet handed to the store. */
  private readonly pending = new Map<string, V>();
  /** Edits in the write now running. */
  private inFlight = new Map<string, V>();
  /** Signature of what this writer believes is stored, per key. */
  private readonly storedSignature = new Map<string, string>();
  /** The highest revision known per key (stored, committed here, or seen in a snapshot). */
  private readonly knownRevision = new Map<string, number>();
  /** Signatures of foreign records without a revision (old data) already seen, so a stale snapshot is ignored. */
  private readonly seenUnrevisioned = new Map<string, Set<string>>();
  private status: WriterStatus = { kind: 'idle' };
  private lastEdited: string | undefined;
  private readonly listeners = new Set<() => void>();
  private timer: unknown;
  private retryTimer: unknown;
  private retryCount = 0;
  private queue: Promise<FlushResult> = Promise.resolve({ ok: true });

  constructor(options: RecordWriterOptions<V>) {
    const { initial, timers, retryDelaysMs, ...rest } = options;
    this.options = {
      ...rest,
      timers: timers ?? browserTimers,
      retryDelaysMs: retryDelaysMs ?? [1000, 3000, 10_000, 30_000],
    };
    for (const [key, record] of initial) this.learn(key, record);
  }

  getStatus = (): WriterStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** True while an edit is waiting, being written, or failed to be written. */
  hasUnsavedEdits(): boolean {
    return this.pending.size > 0 || this.inFlight.size > 0;
  }

  isUnsaved(key: string): boolean {
    return this.pending.has(key) || this.inFlight.has(key);
  }

  /** The key edited last (for "resume here"). */
  get lastEditedKey(): string | undefined {
    return this.lastEdited;
  }

  /** The key now holds `value`: written after `delayMs` without a further edit, or at the next flush. */
  edit(key: string, value: V): void {
    this.lastEdited = key;
    const isSameAsStored = this.options.signatureOf(value) === this.storedSignature.get(key);
    if (isSameAsStored && !this.inFlight.has(key)) {
      // Back to what is stored (typed and undone): nothing to write, and nothing left pending for this key.
      this.pending.delete(key);
      if (!this.hasUnsavedEdits() && this.status.kind === 'pending') this.setStatus({ kind: 'idle' });
      return;
    }
    this.pending.set(key, value);
    if (this.status.kind !== 'failed') this.setStatus({ kind: 'pending' });
    this.options.timers.clear(this.timer);
    this.timer = this.options.timers.set(() => void this.flush(), this.options.delayMs);
  }

  /** Writes everything edited so far; resolves once it is stored, or with the failure that kept it from the disk. */
  flush(): Promise<FlushResult> {
    this.options.timers.clear(this.timer);
    this.queue = this.queue.then(() => this.writePending());
    return this.queue;
  }

  /** For `pagehide`: issue the writes now, synchronously, then flush as usual. */
  writeBeforeUnload(): void {
    const entries = new Map([...this.inFlight, ...this.pending]);
    if (entries.size > 0 && this.options.store.writeNow) {
      const now = this.options.timers.now();
      const revisions = new Map(
        [...entries.keys()].map((key) => [key, nextRevision(this.knownRevision.get(key), now)]),
      );
      try {
        this.options.store.writeNow(entries, this.options.writerId, revisions);
      } catch {
        // The regular flush below still tries.
      }
    }
    void this.flush();
  }

  /**
   * A new snapshot of the stored records (a live query fired). Returns the keys another writer changed since this
   * one last knew them. Keys absent from the snapshot are ignored: clearing is written as a record, never a delete,
   * so absence only ever means "not written yet" or a snapshot older than this writer's own write.
   */
  receive(snapshot: ReadonlyMap<string, StoredRecord<V>>): ForeignChange<V>[] {
    const changes: ForeignChange<V>[] = [];
    for (const [key, record] of snapshot) {
      if (!this.isNewer(key, record)) continue;
      this.learn(key, record);
      if (record.writer === this.options.writerId) continue;
      changes.push({ key, value: record.value, hasLocalEdits: this.isUnsaved(key) });
    }
    return changes;
  }

  private isNewer(key: string, record: StoredRecord<V>): boolean {
    if (record.revision !== undefined) return record.revision > (this.knownRevision.get(key) ?? 0);
    // Old data and imports carry no revision: new only if this exact content was never seen for the key.
    const signature = this.options.signatureOf(record.value);
    return signature !== this.storedSignature.get(key) && !this.seenUnrevisioned.get(key)?.has(signature);
  }

  private learn(key: string, record: StoredRecord<V>) {
    const signature = this.options.signatureOf(record.value);
    this.storedSignature.set(key, signature);
    if (record.revision !== undefined) {
      this.knownRevision.set(key, Math.max(record.revision, this.knownRevision.get(key) ?? 0));
    } else {
      const seen = this.seenUnrevisioned.get(key) ?? new Set<string>();
      seen.add(signature);
      this.seenUnrevisioned.set(key, seen);
    }
  }

  private async writePending(): Promise<FlushResult> {
    this.options.timers.clear(this.retryTimer);
    let hasWritten = false;
    // Edits made while this write runs wait for the next round; loop until nothing is left or a write fails.
    while (this.pending.size > 0) {
      const batch = new Map(
        [...this.pending].filter(([key, value]) => this.options.signatureOf(value) !== this.storedSignature.get(key)),
      );
      this.pending.clear();
      if (batch.size === 0) break;
      this.inFlight = batch;
      try {
        const revisions = await this.options.store.write(batch, this.options.writerId);
        for (const [key, value] of batch) {
          this.learn(key, { value, revision: revisions.get(key), writer: this.options.writerId });
        }
        this.inFlight = new Map();
        this.retryCount = 0;
        hasWritten = true;
      } catch (error) {
        // A newer edit of the same key (made during the write) wins over the one that failed.
        for (const [key, value] of batch) if (!this.pending.has(key)) this.pending.set(key, value);
        this.inFlight = new Map();
        const failure = toStorageError(error).failure;
        this.setStatus({ kind: 'failed', failure, at: this.options.timers.now() });
        this.scheduleRetry();
        return { ok: false, failure };
      }
    }
    if (this.pending.size === 0 && (hasWritten || this.status.kind === 'failed' || this.status.kind === 'pending')) {
      this.setStatus({ kind: 'saved', at: this.options.timers.now() });
    }
    return { ok: true };
  }

  private scheduleRetry() {
    const delays = this.options.retryDelaysMs;
    const delay = delays[Math.min(this.retryCount, delays.length - 1)] ?? 1000;
    this.retryCount += 1;
    this.options.timers.clear(this.retryTimer);
    this.retryTimer = this.options.timers.set(() => void this.flush(), delay);
  }

  private setStatus(status: WriterStatus) {
    this.status = status;
    this.listeners.forEach((listener) => listener());
  }
}
