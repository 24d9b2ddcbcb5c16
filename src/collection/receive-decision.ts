/**
 * What receiving one assessment file does to the copies of that assessment already in the collection (issue 12):
 *
 * - `added`: no copy of the assessment is held yet.
 * - `unchanged`: its digest is that of a copy held, or of an older receipt in the history; or it is an earlier state
 *   of a copy held (that copy holds every record of it, the assessment, each answer and each plan item, with an
 *   equal or later `updatedAt`): its receipt joins the history, the answers held do not change.
 * - `updated`: it is a later state of every copy held (it holds every record of each): it replaces them, and their
 *   receipts move to the history. A unit's device exports after its last change, so the later state is also the
 *   later export; when the times say otherwise (a wrong clock, or a second device exporting the older copy it was
 *   given later) the records decide, so that the order in which files arrive never changes the result.
 * - `diverging`: neither it nor some copy held is an earlier state of the other (each has changes the other lacks):
 *   both are kept and flagged (`conflictWith`). Copies it is a later state of are replaced, as for `updated`.
 *
 * The copies of one assessment (its group) are then put in one canonical form, so that receiving the same files in
 * any order ends in the same group: copies sorted by export time (then digest); the first is keyed by the
 * assessment's id, every other by `<id>~<12 hex of its digest>`; with more than one copy the first points to the
 * second (`conflictWith`) and every other to the first; every copy holds the whole history (one receipt per digest,
 * newest export first). Of two receipts of the same digest the earlier export is kept (then the earlier reception,
 * then the file name): a file received a second time changes nothing.
 *
 * Entries are compared in canonical form (`exchange/serialize.ts#serializeEntry`, as stored): records with the same
 * `updatedAt` must be equal, or the two copies diverge.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { FileEntry } from '../exchange/file-format';
import { receivedKey, type ReceivedAssessment, type Receipt } from './received-schema';

export type ReceiveAction = 'added' | 'unchanged' | 'updated' | 'diverging';

/** One assessment as read from a file: its entry (on the current content, canonical) and where it came from. */
export interface IncomingCopy {
  entry: FileEntry;
  receipt: Receipt;
}

/** How two copies of one assessment stand: `later` when the first is a later state of the second. */
export type CopyOrder = 'same' | 'later' | 'earlier' | 'diverging';

export interface ReceiveDecision {
  action: ReceiveAction;
  /** Every copy of the assessment afterwards, in canonical form (keys, `conflictWith`, history). */
  copies: ReceivedAssessment[];
  /** Keys held before that are not in `copies` any more (replaced, or moved to another key). */
  removedKeys: string[];
  /** Keys (before) of the copies the incoming one replaced, as a later state of them. */
  replaced: string[];
  /** Whether the group differs from the one given (false: nothing to write). */
  changed: boolean;
}

type TimedRecord = { updatedAt: string };

const time = (iso: string) => Date.parse(iso);

/** Whether `later` is `earlier` or a later state of it: a later `updatedAt`, or the same one and the same record. */
function isSameOrLater(later: TimedRecord, earlier: TimedRecord): boolean {
  const difference = time(later.updatedAt) - time(earlier.updatedAt);
  if (difference !== 0) return difference > 0;
  return JSON.stringify(later) === JSON.stringify(earlier);
}

function holdsRecords(later: readonly (TimedRecord & { questionId: string })[], earlier: typeof later): boolean {
  if (earlier.length === 0) return true;
  const byQuestion = new Map(later.map((record) => [record.questionId, record]));
  return earlier.every((record) => {
    const found = byQuestion.get(record.questionId);
    return found !== undefined && isSameOrLater(found, record);
  });
}

/**
 * Whether `later` holds every record of `earlier` (the assessment, each answer, each plan item) in the same or a later
 * state. Both ways means the same entry.
 */
export function holdsEntry(later: FileEntry, earlier: FileEntry): boolean {
  return (
    isSameOrLater(later.assessment, earlier.assessment) &&
    holdsRecords(later.answers, earlier.answers) &&
    holdsRecords(later.planItems, earlier.planItems)
  );
}

/**
 * How copy `a` stands to copy `b` (both of one assessment), by their records: `later` when `a` holds every record of
 * `b` in the same or a later state. Two different entries cannot hold each other (records of equal time must be
 * equal), so this is a strict order, and receiving copies in any order keeps the same latest ones.
 */
export function compareCopies(a: IncomingCopy, b: IncomingCopy): CopyOrder {
  if (a.receipt.digest === b.receipt.digest) return 'same';
  if (holdsEntry(a.entry, b.entry)) return 'later';
  if (holdsEntry(b.entry, a.entry)) return 'earlier';
  return 'diverging';
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Of two receipts of one digest, the one kept comes first: the earlier export, reception, then file name. */
function compareReceipts(a: Receipt, b: Receipt): number {
  return (
    time(a.exportedAt) - time(b.exportedAt) ||
    time(a.receivedAt) - time(b.receivedAt) ||
    compareText(a.fileName, b.fileName)
  );
}

const firstReceipt = (a: Receipt, b: Receipt) => (compareReceipts(b, a) < 0 ? b : a);

/** The history in canonical form: one receipt per digest (the first, as above), newest export first. */
function canonicalHistory(receipts: Iterable<Receipt>, held: ReadonlySet<string>): Receipt[] {
  const byDigest = new Map<string, Receipt>();
  for (const receipt of receipts) {
    if (held.has(receipt.digest)) continue;
    const found = byDigest.get(receipt.digest);
    byDigest.set(receipt.digest, found ? firstReceipt(found, receipt) : receipt);
  }
  return [...byDigest.values()].sort(
    (a, b) => time(b.exportedAt) - time(a.exportedAt) || compareText(a.digest, b.digest),
  );
}

/**
 * The copies of one assessment in canonical form: sorted by export time then digest, keyed, flagged, every copy
 * with the whole history. `history` may hold receipts of copies held (they are left out).
 */
export function normalizeGroup(
  copies: readonly Pick<ReceivedAssessment, 'id' | 'entry' | 'receipt'>[],
  history: Iterable<Receipt>,
): ReceivedAssessment[] {
  const sorted = [...copies].sort(
    (a, b) =>
      time(a.receipt.exportedAt) - time(b.receipt.exportedAt) || compareText(a.receipt.digest, b.receipt.digest),
  );
  const receipts = canonicalHistory(history, new Set(sorted.map((copy) => copy.receipt.digest)));
  const keys = sorted.map((copy, index) => receivedKey(copy.id, copy.receipt.digest, index === 0));
  return sorted.map((copy, index): ReceivedAssessment => {
    const conflictWith = sorted.length > 1 ? (index === 0 ? keys[1] : keys[0]) : undefined;
    return {
      id: copy.id,
      entry: copy.entry,
      receipt: copy.receipt,
      history: receipts.map((receipt) => ({ ...receipt })),
      ...(conflictWith === undefined ? {} : { conflictWith }),
      key: keys[index] ?? copy.id,
    };
  });
}

/** A group as text, to tell whether it changed (copies in key order). */
function groupText(copies: readonly ReceivedAssessment[]): string {
  const sorted = [...copies].sort((a, b) => compareText(a.key, b.key));
  return JSON.stringify(
    sorted.map(({ key, id, entry, receipt, history, conflictWith }) => ({
      key,
      id,
      entry,
      receipt,
      history,
      conflictWith,
    })),
  );
}

/**
 * What receiving `incoming` does to `stored`, the copies of its assessment held now (every copy with its id, as
 * stored). Entries must be canonical (as `serializeEntry` writes them) and the receipt's digest theirs.
 */
export function decideReceive(stored: readonly ReceivedAssessment[], incoming: IncomingCopy): ReceiveDecision {
  const id = incoming.entry.assessment.id;
  const foreign = stored.find((copy) => copy.id !== id);
  if (foreign) throw new Error(`Copy ${foreign.key} is not of assessment ${id}`);
  const history: Receipt[] = stored.flatMap((copy) => copy.history);
  const { digest } = incoming.receipt;

  let action: ReceiveAction;
  let copies: Pick<ReceivedAssessment, 'id' | 'entry' | 'receipt'>[] = [...stored];
  const replaced: string[] = [];
  const same = stored.find((copy) => copy.receipt.digest === digest);
  if (same) {
    action = 'unchanged';
    const receipt = firstReceipt(same.receipt, incoming.receipt);
    copies = stored.map((copy) => (copy === same ? { ...copy, receipt } : copy));
  } else if (
    history.some((receipt) => receipt.digest === digest) ||
    stored.some((copy) => compareCopies(copy, incoming) === 'later')
  ) {
    action = 'unchanged';
    history.push(incoming.receipt);
  } else {
    const kept = stored.filter((copy) => {
      if (compareCopies(incoming, copy) !== 'later') return true;
      replaced.push(copy.key);
      history.push(copy.receipt);
      return false;
    });
    copies = [...kept, { id, entry: incoming.entry, receipt: incoming.receipt }];
    action = kept.length > 0 ? 'diverging' : replaced.length > 0 ? 'updated' : 'added';
  }

  const group = normalizeGroup(copies, history);
  const keys = new Set(group.map((copy) => copy.key));
  return {
    action,
    copies: group,
    removedKeys: stored.map((copy) => copy.key).filter((key) => !keys.has(key)),
    replaced,
    changed: groupText(group) !== groupText(stored),
  };
}
