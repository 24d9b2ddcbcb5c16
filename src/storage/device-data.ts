/**
 * Everything this app keeps on the device, as a whole: how much there is, and deleting all of it at once (issue 13:
 * a shared laptop handed from one participant to the next, or given back after a workshop).
 *
 * Deleting removes the IndexedDB database itself rather than emptying its tables: the browser then drops its files,
 * not only the records, and every other tab of the app still connected is told (`versionchange`: its connection
 * closes for good and its writes fail as 'deleted', which its screens explain), so none can write the last participant's
 * answers back. The next read or write opens a new, empty database at the current version.
 */
import { db } from './db';
import { withStorageErrors } from './storage-error';

export interface DeviceDataCounts {
  /** The device's own assessments. */
  assessments: number;
  /** Answers, plan items and security-by-level workbench records of those assessments. */
  records: number;
  /** Received copies in the collection. */
  received: number;
  /** A roster is kept. */
  hasRoster: boolean;
  /** A trainer's workshops, and participants' sessions of workshop mode (issue 13). */
  workshops: number;
  sessions: number;
}

export function countDeviceData(): Promise<DeviceDataCounts> {
  return withStorageErrors(() =>
    db.transaction(
      'r',
      [
        db.assessments,
        db.answers,
        db.planItems,
        db.systemSecurity,
        db.unitSecurity,
        db.received,
        db.rosters,
        db.workshops,
        db.sessions,
      ],
      async () => ({
        assessments: await db.assessments.count(),
        records:
          (await db.answers.count()) +
          (await db.planItems.count()) +
          (await db.systemSecurity.count()) +
          (await db.unitSecurity.count()),
        received: await db.received.count(),
        hasRoster: (await db.rosters.count()) > 0,
        workshops: await db.workshops.count(),
        sessions: await db.sessions.count(),
      }),
    ),
  );
}

/** Every table's record count, by table name: what a test inspects after a deletion. */
export function countEveryTable(): Promise<Record<string, number>> {
  return withStorageErrors(async () =>
    Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const))),
  );
}

/** Deletes the database with everything in it (see above). Resolves once the browser has deleted it. */
export function deleteAllDeviceData(): Promise<void> {
  return withStorageErrors(() => db.delete({ disableAutoOpen: false }));
}
