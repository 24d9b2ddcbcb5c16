import { strToU8, zipSync } from 'fflate';
import { expect, test } from 'vitest';
import { generateCollection } from '../../../tests/fixtures/collection/generate-collection';
import { digestEntry } from '../digest';
import type { GatherSource } from './gather-files';
import { createInThreadWorker } from './in-thread-worker';
import type { ReceivedItem } from './parse-received';
import { runImport, type ImportProgress, type ReceiveStatus } from './run-import';

const files = generateCollection({ count: 24, seed: 3, oldShare: 0.25, variants: { identical: 1, diverging: 1 } });
const sources = (): GatherSource[] =>
  files.map((file) => ({ name: file.name, file: new File([file.text], file.name) }));

/** A stand-in for storage: dedupes by id and digest, as receiveAssessments does (roughly). */
function fakeStorage() {
  const stored = new Map<string, ReceivedItem[]>();
  const calls: number[] = [];
  const receive = (inputs: readonly ReceivedItem[]): Promise<ReceiveStatus[]> => {
    calls.push(inputs.length);
    return Promise.resolve(
      inputs.map((input) => {
        const copies = stored.get(input.entry.assessment.id) ?? [];
        if (copies.some((copy) => copy.receipt.digest === input.receipt.digest)) return 'unchanged';
        stored.set(input.entry.assessment.id, [...copies, input]);
        return copies.length === 0 ? 'added' : 'diverging';
      }),
    );
  };
  return { stored, calls, receive };
}

const worker = () => createInThreadWorker(digestEntry);

test('every file is parsed, digested and written in batches, with receipts and progress', async () => {
  const storage = fakeStorage();
  const progress: ImportProgress[] = [];
  const summary = await runImport(sources(), {
    receive: storage.receive,
    createWorker: worker,
    workers: 2,
    writeBatchSize: 5,
    onProgress: (step) => progress.push(step),
  });
  expect(summary).toMatchObject({ files: 24, imported: 24, rejected: [], cancelled: false, notImported: 0 });
  expect(summary.added).toBe(21);
  expect(summary.unchanged + summary.diverging).toBe(3);
  expect(Math.max(...storage.calls)).toBeLessThanOrEqual(5);
  expect(progress[0]).toEqual({ done: 0, total: 0, phase: 'gathering' });
  expect(progress.at(-1)).toEqual({ done: 24, total: 24, phase: 'done' });

  // The receipt: the file's name and export time, the content version before the upgrade, the digest.
  const old = files.find((file) => file.meta.contentVersion === '1.1.0' && file.meta.variant === undefined)!;
  const [item] = storage.stored.get(old.meta.assessmentId)!;
  expect(item!.entry.assessment.questionnaireVersion).toBe('2.0.0');
  expect(item!.receipt).toEqual({
    fileName: old.name,
    receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
    exportedAt: old.meta.exportedAt,
    contentVersion: '1.1.0',
    digest: await digestEntry(item!.entry),
  });
});

test('a broken file is rejected by name with its reason; the others are written', async () => {
  const storage = fakeStorage();
  const broken = { name: 'units/broken.json', file: new File([files[0]!.text.slice(0, 200)], 'broken.json') };
  const summary = await runImport([broken, ...sources().slice(0, 5)], {
    receive: storage.receive,
    createWorker: worker,
  });
  expect(summary.rejected).toEqual([{ name: 'units/broken.json', error: { code: 'truncated', params: {} } }]);
  expect(summary.added).toBe(5);
});

test('a ZIP imports the same as the files', async () => {
  const zip = zipSync(Object.fromEntries(files.slice(0, 6).map((file) => [`inner/${file.name}`, strToU8(file.text)])));
  const storage = fakeStorage();
  const summary = await runImport([{ name: 'all.zip', file: new File([zip], 'all.zip') }], {
    receive: storage.receive,
    createWorker: worker,
  });
  expect(summary).toMatchObject({ files: 6, added: 6, rejected: [] });
  const [item] = storage.stored.get(files[0]!.meta.assessmentId)!;
  expect(item!.receipt.fileName).toBe(`all.zip/inner/${files[0]!.name}`);
});

test('cancel: nothing more is read or written, what was written stays, the summary says so', async () => {
  const storage = fakeStorage();
  const abort = new AbortController();
  const receive = async (inputs: readonly ReceivedItem[]) => {
    const statuses = await storage.receive(inputs);
    abort.abort();
    return statuses;
  };
  const summary = await runImport(sources(), {
    receive,
    createWorker: worker,
    workers: 1,
    writeBatchSize: 3,
    signal: abort.signal,
  });
  expect(summary.cancelled).toBe(true);
  expect(storage.calls).toHaveLength(1);
  expect(summary.imported).toBeGreaterThan(0);
  expect(summary.imported + summary.notImported).toBe(24);
  expect(storage.stored.size).toBe(summary.added);
});

test('a storage failure: the batch is retried file by file, and an error on every file stops the import', async () => {
  let calls = 0;
  const failing = () => {
    calls += 1;
    return Promise.reject(new DOMException('full', 'QuotaExceededError'));
  };
  const summary = await runImport(sources().slice(0, 10), {
    receive: failing,
    createWorker: worker,
    workers: 1,
    writeBatchSize: 4,
  });
  expect(summary.stoppedBy).toBeInstanceOf(DOMException);
  expect(summary.imported).toBe(0);
  expect(summary.rejected.every((rejected) => rejected.error.code === 'storage')).toBe(true);
  expect(summary.rejected.length + summary.notImported).toBe(10);
  expect(calls).toBeLessThan(10);
});

test('a file storage refuses alone is rejected; the rest of its batch is written', async () => {
  const storage = fakeStorage();
  const refused = files[2]!.meta.assessmentId;
  const receive = (inputs: readonly ReceivedItem[]) =>
    inputs.some((input) => input.entry.assessment.id === refused)
      ? Promise.reject(new Error('refused'))
      : storage.receive(inputs);
  const summary = await runImport(sources().slice(0, 8), { receive, createWorker: worker, writeBatchSize: 4 });
  expect(summary.rejected.map((rejected) => rejected.name)).toEqual([files[2]!.name]);
  expect(summary.added).toBe(7);
  expect(summary.stoppedBy).toBeUndefined();
});
