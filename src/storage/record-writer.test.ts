import fc from 'fast-check';
import { nextRevision, RecordWriter, type RecordStore, type StoredRecord, type Timers } from './record-writer';
import { StorageError } from './storage-error';

/** A clock and timers the test moves by hand. */
class ManualClock implements Timers {
  private time = 1_000_000;
  private nextId = 1;
  private readonly due = new Map<number, { at: number; callback: () => void }>();
  now = () => this.time;
  set = (callback: () => void, ms: number) => {
    const id = this.nextId++;
    this.due.set(id, { at: this.time + ms, callback });
    return id;
  };
  clear = (handle: unknown) => {
    this.due.delete(handle as number);
  };
  advance(ms: number) {
    const until = this.time + ms;
    for (;;) {
      const next = [...this.due].filter(([, timer]) => timer.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!next) break;
      this.due.delete(next[0]);
      this.time = next[1].at;
      next[1].callback();
    }
    this.time = until;
  }
}

/** The disk: records with revisions; each write waits until the test settles it, like a slow IndexedDB. */
class ManualStore implements RecordStore<string> {
  readonly records = new Map<string, StoredRecord<string>>();
  /** Every state the disk has been in, for stale snapshots. */
  readonly history: Map<string, StoredRecord<string>>[] = [new Map<string, StoredRecord<string>>()];
  readonly waiting: { entries: ReadonlyMap<string, string>; writer: string; settle: (ok: boolean) => void }[] = [];
  writes = 0;
  constructor(private readonly clock: ManualClock) {}
  write(entries: ReadonlyMap<string, string>, writer: string) {
    this.writes += 1;
    return new Promise<ReadonlyMap<string, number>>((resolve, reject) => {
      this.waiting.push({
        entries,
        writer,
        settle: (ok) => {
          if (!ok) return reject(new StorageError('quota'));
          resolve(this.commit(entries, writer));
        },
      });
    });
  }
  commit(entries: ReadonlyMap<string, string>, writer: string) {
    const revisions = new Map<string, number>();
    for (const [key, value] of entries) {
      const revision = nextRevision(this.records.get(key)?.revision, this.clock.now());
      this.records.set(key, { value, revision, writer });
      revisions.set(key, revision);
    }
    this.history.push(new Map(this.records));
    return revisions;
  }
  settleNext(ok: boolean) {
    this.waiting.shift()?.settle(ok);
  }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(initial: Map<string, StoredRecord<string>> = new Map()) {
  const clock = new ManualClock();
  const store = new ManualStore(clock);
  initial.forEach((record, key) => store.records.set(key, record));
  const writer = new RecordWriter<string>({
    store,
    writerId: 'tab-a',
    initial,
    signatureOf: (value) => value,
    delayMs: 300,
    timers: clock,
    retryDelaysMs: [1000],
  });
  return { clock, store, writer };
}

test('edits are written once, 300 ms after the last one, and the status says saved only after the commit', async () => {
  const { clock, store, writer } = setUp();
  writer.edit('q1', 'T');
  clock.advance(200);
  writer.edit('q1', 'Th');
  clock.advance(299);
  expect(store.writes).toBe(0);
  expect(writer.getStatus().kind).toBe('pending');
  clock.advance(1);
  await settled();
  expect(store.writes).toBe(1);
  expect(writer.getStatus().kind).toBe('pending');
  store.settleNext(true);
  await settled();
  expect(store.records.get('q1')?.value).toBe('Th');
  expect(writer.getStatus().kind).toBe('saved');
});

test('the echo of its own save, and a snapshot older than that save, are never reported as another tab’s change', async () => {
  const { clock, store, writer } = setUp();
  writer.edit('q1', 'Thiếu ');
  clock.advance(300);
  await settled();
  const beforeCommit = new Map(store.records);
  store.settleNext(true);
  await settled();
  writer.edit('q1', 'Thiếu máy');
  expect(writer.receive(new Map(store.records))).toEqual([]);
  // A live query that ran before the commit delivers its result late.
  expect(writer.receive(beforeCommit)).toEqual([]);
  clock.advance(300);
  await settled();
  store.settleNext(true);
  await settled();
  expect(store.records.get('q1')?.value).toBe('Thiếu máy');
  // The snapshot of the first save arrives after the second save committed: stale, not another tab.
  expect(writer.receive(new Map(store.history[1]))).toEqual([]);
  expect(writer.receive(new Map(store.records))).toEqual([]);
});

test('another tab’s newer record is reported once, with whether this tab has edits of its own to it', () => {
  const { clock, store, writer } = setUp();
  store.commit(new Map([['q1', 'from tab B']]), 'tab-b');
  expect(writer.receive(new Map(store.records))).toEqual([{ key: 'q1', value: 'from tab B', hasLocalEdits: false }]);
  expect(writer.receive(new Map(store.records))).toEqual([]);
  writer.edit('q2', 'mine');
  clock.advance(1);
  store.commit(new Map([['q2', 'theirs']]), 'tab-b');
  expect(writer.receive(new Map(store.records))).toEqual([{ key: 'q2', value: 'theirs', hasLocalEdits: true }]);
});

test('a stale snapshot that still shows another tab’s value, overwritten here since, is not reported again', async () => {
  const { clock, store, writer } = setUp();
  store.commit(new Map([['q1', 'from tab B']]), 'tab-b');
  const showingB = new Map(store.records);
  expect(writer.receive(showingB)).toHaveLength(1);
  writer.edit('q1', 'mine, typed after');
  clock.advance(300);
  await settled();
  store.settleNext(true);
  await settled();
  expect(writer.receive(showingB)).toEqual([]);
  expect(writer.receive(new Map(store.records))).toEqual([]);
});

test('records without a revision (old data, imports) count as new only when their content was never seen', () => {
  const initial = new Map([['q1', { value: 'imported' }]]);
  const { writer } = setUp(initial);
  expect(writer.receive(new Map([['q1', { value: 'imported' }]]))).toEqual([]);
  expect(writer.receive(new Map([['q1', { value: 'imported again, changed' }]]))).toEqual([
    { key: 'q1', value: 'imported again, changed', hasLocalEdits: false },
  ]);
});

test('a failed write keeps the edit, says why, and retries; flush resolves with the failure meanwhile', async () => {
  const { clock, store, writer } = setUp();
  writer.edit('q1', 'Máy chủ cũ');
  const first = writer.flush();
  await settled();
  store.settleNext(false);
  expect(await first).toEqual({ ok: false, failure: 'quota' });
  expect(writer.getStatus()).toMatchObject({ kind: 'failed', failure: 'quota' });
  expect(writer.hasUnsavedEdits()).toBe(true);
  clock.advance(1000);
  await settled();
  store.settleNext(true);
  await settled();
  expect(store.records.get('q1')?.value).toBe('Máy chủ cũ');
  expect(writer.getStatus().kind).toBe('saved');
  expect(writer.hasUnsavedEdits()).toBe(false);
});

test('an edit made while its earlier version is being written is written after it, never before', async () => {
  const { clock, store, writer } = setUp();
  writer.edit('q1', 'a');
  clock.advance(300);
  await settled();
  writer.edit('q1', 'ab');
  clock.advance(300);
  const flushed = writer.flush();
  store.settleNext(true);
  await settled();
  store.settleNext(true);
  expect(await flushed).toEqual({ ok: true });
  expect(store.records.get('q1')?.value).toBe('ab');
});

test('typing back what is stored writes nothing', async () => {
  const { clock, store, writer } = setUp(new Map([['q1', { value: 'x', revision: 5, writer: 'tab-a' }]]));
  writer.edit('q1', 'xy');
  writer.edit('q1', 'x');
  clock.advance(1000);
  await settled();
  expect(store.writes).toBe(0);
  expect(writer.hasUnsavedEdits()).toBe(false);
});

type Step =
  | { kind: 'edit'; key: string }
  | { kind: 'advance'; ms: number }
  | { kind: 'settle'; ok: boolean }
  | { kind: 'remote'; key: string }
  | { kind: 'snapshot'; stale: number }
  | { kind: 'flush' };

const keys = fc.constantFrom('q1', 'q2', 'q3');
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: keys.map((key) => ({ kind: 'edit' as const, key })) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 1500 }).map((ms) => ({ kind: 'advance' as const, ms })) },
  { weight: 3, arbitrary: fc.boolean().map((ok) => ({ kind: 'settle' as const, ok })) },
  { weight: 1, arbitrary: keys.map((key) => ({ kind: 'remote' as const, key })) },
  { weight: 2, arbitrary: fc.nat({ max: 5 }).map((stale) => ({ kind: 'snapshot' as const, stale })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'flush' as const }) },
);

test('property: random edits, timers, slow and failing writes, remote writes and stale snapshots never lose the latest edit and never report a false remote change', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { maxLength: 60 }), async (steps) => {
      const { clock, store, writer } = setUp();
      let counter = 0;
      /** Per key, the last thing that happened to it: a local edit (its value) or a remote write. */
      const last = new Map<string, { by: 'local' | 'remote'; value: string }>();
      const remoteValues = new Set<string>();
      const reported: string[] = [];
      for (const action of steps) {
        if (action.kind === 'edit') {
          const value = `local-${++counter}`;
          writer.edit(action.key, value);
          last.set(action.key, { by: 'local', value });
        } else if (action.kind === 'advance') {
          clock.advance(action.ms);
        } else if (action.kind === 'settle') {
          store.settleNext(action.ok);
        } else if (action.kind === 'remote') {
          const value = `remote-${++counter}`;
          remoteValues.add(value);
          store.commit(new Map([[action.key, value]]), 'tab-b');
          last.set(action.key, { by: 'remote', value });
        } else if (action.kind === 'snapshot') {
          const index = Math.max(0, store.history.length - 1 - action.stale);
          for (const change of writer.receive(new Map(store.history[index]))) {
            reported.push(change.value);
          }
        } else {
          void writer.flush();
        }
        await settled();
      }
      // The disk heals; everything queued is written.
      for (let round = 0; round < 20 && (writer.hasUnsavedEdits() || store.waiting.length); round += 1) {
        while (store.waiting.length) {
          store.settleNext(true);
          await settled();
        }
        void writer.flush();
        await settled();
      }
      expect(writer.hasUnsavedEdits()).toBe(false);
      for (const [key, event] of last) {
        // A local edit made last is on disk. (After a remote write, either value may be last: the later write.)
        if (event.by === 'local') expect(store.records.get(key)?.value).toBe(event.value);
      }
      // Only other tabs' writes are ever reported, each at most once.
      for (const value of reported) expect(remoteValues.has(value)).toBe(true);
      expect(new Set(reported).size).toBe(reported.length);
    }),
    { numRuns: 300 },
  );
});
