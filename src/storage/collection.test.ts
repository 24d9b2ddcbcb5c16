import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { buildProfile } from '../../tests/fixtures/profile';
import { failureOf } from '../../tests/fixtures/storage-failure';
import { generateCollection, type GeneratedFile } from '../../tests/fixtures/collection/generate-collection';
import { toReceiveInput } from '../../tests/fixtures/collection/receive-input';
import { rosterOf } from '../collection/roster/roster.test-support';
import { digestEntry } from '../collection/digest';
import type { FileEntry } from '../exchange/file-format';
import {
  clearCollection,
  COLLECTION_BYTES_PER_UNIT_BUDGET,
  deleteReceived,
  deleteRoster,
  estimateCollectionBytes,
  InvalidReceiveInputError,
  listReceived,
  readReceived,
  readRoster,
  receiveAssessments,
  saveRoster,
  type ReceiveInput,
} from './collection';
import { db } from './db';
import { createAssessment, listAssessments } from './assessments';
import { exportAssessments } from './exchange';

const toInput = toReceiveInput;

let files: GeneratedFile[];
let inputs: ReceiveInput[];
const ofKind = (kind: string) => files.filter((file) => file.meta.variant?.kind === kind);
const inputOf = (file: GeneratedFile) => inputs[files.indexOf(file)]!;
const baseOf = (file: GeneratedFile) => files.find((other) => other.name === file.meta.variant?.of)!;

beforeAll(async () => {
  files = generateCollection({
    count: 30,
    seed: 12,
    oldShare: 0.2,
    variants: { identical: 2, reexported: 2, updated: 2, diverging: 2 },
  });
  inputs = await Promise.all(files.map((file) => toInput(file)));
});

beforeEach(async () => {
  await db.received.clear();
  await db.rosters.clear();
  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
});

test('a batch of distinct assessments is added, each under its id, and listed', async () => {
  const plain = files.filter((file) => !file.meta.variant);
  const outcomes = await receiveAssessments(plain.map(inputOf));
  expect(outcomes.map((outcome) => outcome.action)).toEqual(plain.map(() => 'added'));
  expect(outcomes.map((outcome) => outcome.key)).toEqual(plain.map((file) => file.meta.assessmentId));
  const listed = await listReceived();
  expect(listed.map((received) => received.key).sort()).toEqual(plain.map((file) => file.meta.assessmentId).sort());
  const first = plain[0]!;
  expect(await readReceived(first.meta.assessmentId)).toMatchObject({
    id: first.meta.assessmentId,
    key: first.meta.assessmentId,
    receipt: { fileName: first.name, digest: inputOf(first).receipt.digest },
    history: [],
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

test('the same file twice, in one call or two, is kept once; so is the same content exported again', async () => {
  const [identical] = ofKind('identical');
  const [reexported] = ofKind('reexported');
  const base = baseOf(identical!);
  const other = baseOf(reexported!);
  const first = await receiveAssessments([inputOf(base), inputOf(identical!), inputOf(base)]);
  expect(first.map((outcome) => outcome.action)).toEqual(['added', 'unchanged', 'unchanged']);
  expect(first.map((outcome) => outcome.key)).toEqual(Array(3).fill(base.meta.assessmentId));
  const before = await listReceived();
  expect(before).toHaveLength(1);
  // The file again, received later (another reception time): nothing changes.
  const again = { ...inputOf(base), receipt: { ...inputOf(base).receipt, receivedAt: '2026-12-02T08:00:00.000Z' } };
  expect((await receiveAssessments([again])).map((outcome) => outcome.action)).toEqual(['unchanged']);
  expect(await listReceived()).toEqual(before);
  // Two receipts of the same file read at the same time: the file name decides which one is kept, whatever the order.
  expect(before[0]?.receipt.fileName).toBe([base.name, identical!.name].sort()[0]);

  const second = await receiveAssessments([inputOf(other), inputOf(reexported!)]);
  expect(second.map((outcome) => outcome.action)).toEqual(['added', 'unchanged']);
  const held = await readReceived(other.meta.assessmentId);
  // The same answers: the earlier export's receipt is kept, and nothing is in the history.
  expect(held?.receipt).toEqual(inputOf(other).receipt);
  expect(held?.history).toEqual([]);
});

test('a newer export replaces the older, whose receipt moves to the history; in either order', async () => {
  const [updated] = ofKind('updated');
  const base = baseOf(updated!);
  const id = base.meta.assessmentId;
  const outcomes = [...(await receiveAssessments([inputOf(base)])), ...(await receiveAssessments([inputOf(updated!)]))];
  expect(outcomes.map(({ action, key, replaced }) => ({ action, key, replaced }))).toEqual([
    { action: 'added', key: id, replaced: [] },
    { action: 'updated', key: id, replaced: [id] },
  ]);
  const held = await readReceived(id);
  expect(held?.entry).toEqual(inputOf(updated!).entry);
  expect(held?.receipt).toEqual(inputOf(updated!).receipt);
  expect(held?.history).toEqual([inputOf(base).receipt]);
  expect(held?.conflictWith).toBeUndefined();
  const inOrder = await listReceived();
  expect(inOrder).toHaveLength(1);

  await clearCollection();
  const reversed = await receiveAssessments([inputOf(updated!), inputOf(base)]);
  expect(reversed.map((outcome) => outcome.action)).toEqual(['added', 'unchanged']);
  expect(await listReceived()).toEqual(inOrder);
});

test('two diverging copies are both kept and flagged; deleting one leaves the other under the id', async () => {
  const diverging = ofKind('diverging');
  expect(diverging).toHaveLength(4);
  const [one, two] = diverging;
  const base = baseOf(one!);
  expect(baseOf(two!)).toBe(base);
  const id = base.meta.assessmentId;
  const outcomes = await receiveAssessments([inputOf(base), inputOf(one!), inputOf(two!)]);
  expect(outcomes.map((outcome) => outcome.action)).toEqual(['added', 'updated', 'diverging']);
  const copies = (await listReceived()).filter((received) => received.id === id);
  expect(copies).toHaveLength(2);
  const [first, second] = [...copies].sort((a, b) => a.receipt.exportedAt.localeCompare(b.receipt.exportedAt));
  expect(first?.key).toBe(id);
  expect(second?.key).toBe(`${id}~${second?.receipt.digest.slice(0, 12)}`);
  expect(first?.conflictWith).toBe(second?.key);
  expect(second?.conflictWith).toBe(id);
  for (const copy of copies) expect(copy.history).toEqual([inputOf(base).receipt]);
  expect(outcomes.map((outcome) => outcome.key)).toEqual([id, first?.key, second?.key]);

  // The base again, and the copies again: nothing changes.
  const state = await listReceived();
  const again = await receiveAssessments([inputOf(two!), inputOf(base), inputOf(one!)]);
  expect(again.map((outcome) => outcome.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  expect(await listReceived()).toEqual(state);

  await deleteReceived([id]);
  const left = await listReceived();
  expect(left.map((received) => received.key)).toEqual([id]);
  expect(left[0]?.receipt).toEqual(second?.receipt);
  expect(left[0]?.conflictWith).toBeUndefined();
  expect(left[0]?.history).toEqual([inputOf(base).receipt]);
  expect(await readReceived(second!.key)).toBeNull();
});

test('files of every content version: the entry is on the current content, the receipt says what it was', async () => {
  const old = files.filter((file) => file.meta.contentVersion === '1.1.0' && !file.meta.variant);
  const current = files.filter((file) => file.meta.contentVersion === '2.0.0' && !file.meta.variant);
  expect(old.length).toBeGreaterThan(0);
  const batch = [old[0]!, current[0]!, old[1] ?? old[0]!];
  const outcomes = await receiveAssessments(batch.map(inputOf));
  expect(outcomes.map((outcome) => outcome.action)).toEqual(
    batch.map((file, index) => (batch.indexOf(file) === index ? 'added' : 'unchanged')),
  );
  const held = await readReceived(old[0]!.meta.assessmentId);
  expect(held?.receipt.contentVersion).toBe('1.1.0');
  expect(held?.entry.assessment.questionnaireVersion).toBe('2.0.0');
  expect(held?.entry.assessment.upgradedFrom).toMatchObject({ version: '1.1.0' });
  expect((await readReceived(current[0]!.meta.assessmentId))?.receipt.contentVersion).toBe('2.0.0');
});

test('an entry is stored in canonical form: NFD texts and any key order give the same copy', async () => {
  const nfd = files.find((file) => file.meta.text !== 'nfc' && !file.meta.variant);
  expect(nfd).toBeDefined();
  const input = inputOf(nfd!);
  const decomposed = JSON.parse(JSON.stringify(input.entry).normalize('NFD')) as FileEntry;
  expect(JSON.stringify(decomposed)).not.toBe(JSON.stringify(input.entry));
  const outcomes = await receiveAssessments([
    { entry: decomposed, receipt: input.receipt },
    { entry: input.entry, receipt: { ...input.receipt, fileName: 'again.json' } },
  ]);
  expect(outcomes.map((outcome) => outcome.action)).toEqual(['added', 'unchanged']);
  expect((await readReceived(nfd!.meta.assessmentId))?.entry).toEqual(input.entry);
});

test('a failing input in a batch changes nothing: checked before the transaction', async () => {
  const plain = files.filter((file) => !file.meta.variant);
  await receiveAssessments([inputOf(plain[0]!)]);
  const before = await listReceived();
  const good = plain.slice(1, 4).map(inputOf);
  const wrongDigest = { ...good[1]!, receipt: { ...good[1]!.receipt, digest: 'b'.repeat(64) } };
  const notValid = { ...good[1]!, entry: { ...good[1]!.entry, answers: [{ questionId: '' }] } as unknown as FileEntry };
  for (const bad of [wrongDigest, notValid]) {
    const error = await receiveAssessments([good[0]!, bad, good[2]!]).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(InvalidReceiveInputError);
    expect((error as InvalidReceiveInputError).index).toBe(1);
    expect((error as InvalidReceiveInputError).failure).toBe('invalid');
    expect(await listReceived()).toEqual(before);
  }
});

test('a write failing half-way through a batch changes nothing: all or none', async () => {
  const plain = files.filter((file) => !file.meta.variant);
  await receiveAssessments([inputOf(plain[0]!)]);
  const before = await listReceived();
  const bulkPut = db.received.bulkPut.bind(db.received);
  let calls = 0;
  vi.spyOn(db.received, 'bulkPut').mockImplementation(((...args: Parameters<typeof bulkPut>) => {
    calls += 1;
    if (calls === 3) {
      const quota = new Error('The disk is full');
      quota.name = 'QuotaExceededError';
      return Promise.reject(quota);
    }
    return bulkPut(...args);
  }) as typeof bulkPut);
  const failure = await failureOf(receiveAssessments(plain.slice(1, 6).map(inputOf)));
  expect(failure).toBe('quota');
  expect(calls).toBe(3);
  expect(await listReceived()).toEqual(before);
});

test('the device’s own assessments are never touched, listed, exported or cleared with the collection', async () => {
  const own = await createAssessment(buildProfile());
  const ownList = await listAssessments();
  const received = files.filter((file) => !file.meta.variant).slice(0, 3);
  // One received assessment even has the id of the device's own: they stay apart.
  const sameId = {
    entry: { ...inputOf(received[0]!).entry, assessment: { ...inputOf(received[0]!).entry.assessment, id: own.id } },
    receipt: inputOf(received[0]!).receipt,
  };
  sameId.receipt = { ...sameId.receipt, digest: await digestEntry(sameId.entry) };
  await receiveAssessments([...received.slice(1).map(inputOf), sameId]);
  expect(await listAssessments()).toEqual(ownList);
  const backup = await exportAssessments('all');
  expect(backup.assessmentIds).toEqual([own.id]);
  expect(backup.text).not.toContain(received[1]!.meta.assessmentId);
  expect((await listReceived()).map((copy) => copy.key).sort()).toEqual(
    [own.id, ...received.slice(1).map((file) => file.meta.assessmentId)].sort(),
  );
  expect(await db.answers.where('assessmentId').equals(own.id).count()).toBe(0);
  await clearCollection();
  expect(await listReceived()).toEqual([]);
  expect(await listAssessments()).toEqual(ownList);
});

test('the roster is saved, read back, replaced and deleted; an invalid one is refused', async () => {
  expect(await readRoster()).toBeNull();
  const roster = rosterOf(
    { name: 'UBND xã Minh Châu', unitType: 'commune-committee', provinceId: 'ha-noi', code: 'X01' },
    { name: 'Sở Khoa học và Công nghệ', unitType: 'provincial-department', provinceId: 'ha-noi' },
  );
  await saveRoster(roster);
  expect(await readRoster()).toEqual(roster);
  const smaller = rosterOf({ name: 'UBND xã Minh Châu', unitType: 'commune-committee', provinceId: 'ha-noi' });
  await saveRoster(smaller);
  expect(await readRoster()).toEqual(smaller);
  expect(await db.rosters.count()).toBe(1);
  const twice = { entries: [...roster.entries, { ...roster.entries[0]!, id: 'e9' }] };
  expect(await failureOf(saveRoster(twice))).toBe('invalid');
  expect(await readRoster()).toEqual(smaller);
  // Clearing the collection keeps the roster; deleting the roster keeps the collection.
  await receiveAssessments([inputOf(files[0]!)]);
  await clearCollection();
  expect(await readRoster()).toEqual(smaller);
  await receiveAssessments([inputOf(files[0]!)]);
  await deleteRoster();
  expect(await readRoster()).toBeNull();
  expect(await listReceived()).toHaveLength(1);
});

test('reads skip records that fail validation', async () => {
  await receiveAssessments(files.slice(0, 2).map(inputOf));
  const [first, second] = await listReceived();
  await db.received.put({ ...first!, receipt: { ...first!.receipt, digest: 'not hex' } });
  expect((await listReceived()).map((copy) => copy.key)).toEqual([second!.key]);
  expect(await readReceived(first!.key)).toBeNull();
  expect(await readReceived('nothing here')).toBeNull();
});

test('a collection larger than a page of reading is listed whole, once each, in key order', async () => {
  const many = generateCollection({ count: 430, seed: 5 });
  await receiveAssessments(await Promise.all(many.map((file) => toInput(file))));
  const keys = (await listReceived()).map((copy) => copy.key);
  expect(keys).toHaveLength(new Set(many.map((file) => file.meta.assessmentId)).size);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys).toEqual([...keys].sort());
  expect(keys.length).toBeGreaterThan(400);
}, 60_000);

test('a varied generated collection stays within the storage budget per unit', async () => {
  await receiveAssessments(inputs);
  const units = (await listReceived()).length;
  expect(units).toBeGreaterThan(20);
  expect((await estimateCollectionBytes()) / units).toBeLessThanOrEqual(COLLECTION_BYTES_PER_UNIT_BUDGET);
});

test('the storage used is the JSON size of the collection and the roster', async () => {
  expect(await estimateCollectionBytes()).toBe(0);
  await receiveAssessments(files.slice(0, 3).map(inputOf));
  const listed = await listReceived();
  const expected = listed.reduce((bytes, copy) => bytes + new TextEncoder().encode(JSON.stringify(copy)).length, 0);
  expect(await estimateCollectionBytes()).toBe(expected);
  await saveRoster(rosterOf({ name: 'UBND xã Minh Châu', unitType: 'commune-committee', provinceId: 'ha-noi' }));
  expect(await estimateCollectionBytes()).toBeGreaterThan(expected);
});
