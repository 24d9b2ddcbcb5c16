/**
 * A department's collection (issue 12): the assessments it received from its units and its roster, in their own
 * tables (`received`, `rosters`, Dexie version 4), never mixed with the device's own assessments: nothing here reads
 * or writes `assessments`, `answers` or `planItems`, and nothing there (lists, exports, backups) reads these.
 *
 * - `receiveAssessments` checks every input first (schema, canonical form, digest), then writes all of them in one
 *   transaction: all or none, with the figures kept of the collection made stale in the same transaction
 *   (`collection-figures.ts`). What each does (added, unchanged, updated, diverging) is decided by the pure
 *   `collection/receive-decision.ts`; docs/decisions/0012-collection-storage.md explains keys and history.
 * - Reads skip records that fail validation, as elsewhere (decision 0001). Listing checks each record's envelope
 *   (key, id, receipt, history); the entry was checked when it was written, and checking 3,321 entries again
 *   would cost more than reading them.
 */
import { z } from 'zod';
import { sha256Hex } from '../collection/digest';
import { decideReceive, normalizeGroup, type ReceiveAction } from '../collection/receive-decision';
import {
  receiptSchema,
  receivedAssessmentSchema,
  type ReceivedAssessment,
  type Receipt,
} from '../collection/received-schema';
import { rosterSchema, type Roster } from '../collection/roster/roster-schema';
import type { FileEntry } from '../exchange/file-format';
import { serializeEntry, utf8Length } from '../exchange/serialize';
import { invalidateCollectionFigures } from './collection-figures';
import { db, type StoredRoster } from './db';
import { StorageError, withStorageErrors } from './storage-error';

export type { ReceiveAction };

/** One assessment to receive: its entry, already on the current content (the reader upgrades), and its receipt. */
export interface ReceiveInput {
  entry: FileEntry;
  receipt: Receipt;
}

export interface ReceiveOutcome {
  action: ReceiveAction;
  /** The assessment's id. */
  id: string;
  /**
   * The key, once the whole call is written, of the copy that holds this input's state (the copy itself, or, for an
   * older state, the assessment's first copy, keyed by its id).
   */
  key: string;
  digest: string;
  fileName: string;
  /** Keys of the copies this input replaced as a later state of them (`updated`, or `diverging`). */
  replaced: string[];
}

/** An input that failed the checks: nothing was written. `index` is its place in the call's inputs. */
export class InvalidReceiveInputError extends StorageError {
  readonly index: number;

  constructor(index: number, cause: unknown) {
    super('invalid', cause);
    this.name = 'InvalidReceiveInputError';
    this.index = index;
  }
}

const ROSTER_KEY = 'current';

/** Checks one input and puts its entry in canonical form (the form digests and comparisons are made of). */
async function checkInput(input: ReceiveInput, index: number): Promise<ReceivedAssessment> {
  const parsed = receivedAssessmentSchema.safeParse({
    id: input.entry?.assessment?.id,
    entry: input.entry,
    receipt: input.receipt,
  });
  if (!parsed.success) throw new InvalidReceiveInputError(index, parsed.error);
  let text: string;
  try {
    text = serializeEntry(parsed.data.entry);
  } catch (error) {
    throw new InvalidReceiveInputError(index, error);
  }
  const digest = await sha256Hex(text);
  if (digest !== parsed.data.receipt.digest) {
    throw new InvalidReceiveInputError(index, new Error(`Digest ${parsed.data.receipt.digest} is not the entry's`));
  }
  return { ...parsed.data, entry: JSON.parse(text) as FileEntry };
}

/**
 * Receives assessments read from files, in one transaction: every input is checked first (an `invalid`
 * `InvalidReceiveInputError` naming the first that fails, nothing written), then each is decided against the copies
 * held, the earlier inputs of the call included, and everything is written, or, on any failure, nothing. The
 * outcomes are in the order of the inputs.
 */
export async function receiveAssessments(inputs: readonly ReceiveInput[]): Promise<ReceiveOutcome[]> {
  const checked: ReceivedAssessment[] = [];
  for (const [index, input] of inputs.entries()) checked.push(await checkInput(input, index));
  if (checked.length === 0) return [];
  return withStorageErrors(() =>
    db.transaction('rw', db.received, db.collectionFigures, async () => {
      const groups = new Map<string, { before: string[]; copies: ReceivedAssessment[]; changed: boolean }>();
      const decided: Omit<ReceiveOutcome, 'key'>[] = [];
      for (const incoming of checked) {
        let group = groups.get(incoming.id);
        if (!group) {
          const copies = await db.received.where('id').equals(incoming.id).toArray();
          group = { before: copies.map((copy) => copy.key), copies, changed: false };
          groups.set(incoming.id, group);
        }
        const decision = decideReceive(group.copies, incoming);
        group.copies = decision.copies;
        group.changed ||= decision.changed;
        decided.push({
          action: decision.action,
          id: incoming.id,
          digest: incoming.receipt.digest,
          fileName: incoming.receipt.fileName,
          replaced: decision.replaced,
        });
      }
      // Only a batch that changes the collection makes its figures stale.
      if ([...groups.values()].some((group) => group.changed)) await invalidateCollectionFigures();
      for (const group of groups.values()) {
        if (!group.changed) continue;
        const keys = new Set(group.copies.map((copy) => copy.key));
        await db.received.bulkDelete(group.before.filter((key) => !keys.has(key)));
        await db.received.bulkPut(group.copies);
      }
      return decided.map((outcome): ReceiveOutcome => {
        const copies = groups.get(outcome.id)?.copies ?? [];
        const holder = copies.find((copy) => copy.receipt.digest === outcome.digest) ?? copies[0];
        return { ...outcome, key: holder?.key ?? outcome.id };
      });
    }),
  );
}

/** What a listed record must be: the entry is not checked again (it was when written). */
const listedSchema = z.looseObject({
  key: z.string().min(1),
  id: z.string().min(1),
  entry: z.looseObject({
    assessment: z.looseObject({ id: z.string(), profile: z.looseObject({}) }),
    answers: z.array(z.looseObject({ questionId: z.string() })),
    planItems: z.array(z.looseObject({ questionId: z.string() })),
  }),
  receipt: receiptSchema,
  history: z.array(receiptSchema),
  conflictWith: z.string().optional(),
});

function isListable(record: unknown): record is ReceivedAssessment {
  return listedSchema.safeParse(record).success;
}

/**
 * Copies read per request. One request for a national collection (~85 MB) is one task of a second or more on the
 * main thread while the browser turns the records into objects; pages of this size keep each task short.
 */
const LIST_PAGE_SIZE = 200;

/**
 * Every received assessment, in key order (so the copies of one assessment are together), read a page at a time.
 * Pages follow each other by key, so a write between two pages can neither repeat nor skip a copy; a live query
 * reads again after it anyway.
 */
export function listReceived(): Promise<ReceivedAssessment[]> {
  return withStorageErrors(async () => {
    const listed: ReceivedAssessment[] = [];
    let page = await db.received.orderBy(':id').limit(LIST_PAGE_SIZE).toArray();
    while (page.length > 0) {
      listed.push(...page.filter(isListable));
      if (page.length < LIST_PAGE_SIZE) break;
      const lastKey = page[page.length - 1]!.key;
      page = await db.received.where(':id').above(lastKey).limit(LIST_PAGE_SIZE).toArray();
    }
    return listed;
  });
}

/** One received copy, checked in full; `null` when there is none under that key (or it fails validation). */
export function readReceived(key: string): Promise<ReceivedAssessment | null> {
  return withStorageErrors(async () => {
    const record = await db.received.get(key);
    if (!record) return null;
    const parsed = receivedAssessmentSchema.safeParse(record);
    return parsed.success ? parsed.data : null;
  });
}

/**
 * Deletes received copies, in one transaction. The copies left of the same assessments are put in canonical form
 * again (a single copy left is keyed by the assessment's id and no longer flagged); their history is kept.
 */
export function deleteReceived(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return Promise.resolve();
  return withStorageErrors(() =>
    db.transaction('rw', db.received, db.collectionFigures, async () => {
      const found = (await db.received.bulkGet([...new Set(keys)])).filter((record) => record !== undefined);
      if (found.length > 0) await invalidateCollectionFigures();
      await db.received.bulkDelete(found.map((record) => record.key));
      for (const id of new Set(found.map((record) => record.id))) {
        const left = await db.received.where('id').equals(id).toArray();
        if (left.length === 0) continue;
        const group = normalizeGroup(
          left,
          left.flatMap((copy) => copy.history),
        );
        const groupKeys = new Set(group.map((copy) => copy.key));
        await db.received.bulkDelete(left.map((copy) => copy.key).filter((key) => !groupKeys.has(key)));
        await db.received.bulkPut(group);
      }
    }),
  );
}

/** Deletes every received assessment (the roster stays: `deleteRoster`). The device's own work is not touched. */
export function clearCollection(): Promise<void> {
  return withStorageErrors(() =>
    db.transaction('rw', db.received, db.collectionFigures, async () => {
      await db.received.clear();
      await invalidateCollectionFigures();
    }),
  );
}

/** Saves the department's roster (replacing the one held), checked with its schema first. */
export async function saveRoster(roster: Roster): Promise<void> {
  const parsed = rosterSchema.safeParse(roster);
  if (!parsed.success) throw new StorageError('invalid', parsed.error);
  const record: StoredRoster = { key: ROSTER_KEY, roster: parsed.data, savedAt: new Date().toISOString() };
  await withStorageErrors(() => db.rosters.put(record));
}

/** The roster held, or `null` when there is none (or it fails validation). */
export function readRoster(): Promise<Roster | null> {
  return withStorageErrors(async () => toRoster(await db.rosters.get(ROSTER_KEY)));
}

export function toRoster(record: StoredRoster | undefined): Roster | null {
  if (!record) return null;
  const parsed = rosterSchema.safeParse(record.roster);
  return parsed.success ? parsed.data : null;
}

export function deleteRoster(): Promise<void> {
  return withStorageErrors(() => db.rosters.delete(ROSTER_KEY));
}

/**
 * What one received unit may take in the collection, as JSON (the assessment, its answers and plan, its receipts).
 * A generated unit with notes and inventories takes about 25 kB; at this budget a national collection (3,321
 * communes and ~1,000 departments) stays under 180 MB, well inside what browsers give an origin on a laptop.
 */
export const COLLECTION_BYTES_PER_UNIT_BUDGET = 40 * 1024;

/**
 * The collection's size as JSON, UTF-8 (received copies and the roster), for the "storage used" figure. IndexedDB
 * may take somewhat more or less on disk; `navigator.storage.estimate()` gives the origin's total.
 */
export function estimateCollectionBytes(): Promise<number> {
  return withStorageErrors(() =>
    db.transaction('r', db.received, db.rosters, async () => {
      let bytes = 0;
      await db.received.each((record) => {
        bytes += utf8Length(JSON.stringify(record));
      });
      await db.rosters.each((record) => {
        bytes += utf8Length(JSON.stringify(record));
      });
      return bytes;
    }),
  );
}
