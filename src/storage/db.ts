/**
 * The one IndexedDB database of the app and its schema history. Only `src/storage/` knows Dexie.
 *
 * Never edit a published version: add a new `this.version(n + 1)` with an upgrade function, keep the older ones,
 * and add a fixture test that opens a database written by the previous version.
 *
 * Answers live in their own table, one record per assessment and question, so autosave writes only what changed
 * and two tabs editing different questions never overwrite each other's work.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { AnswerDraft } from '../questionnaire/answer-draft';
import type { Answer } from '../questionnaire/answer-schema';
import type { Assessment } from '../assessment/assessment-schema';
import type { PlanItem } from '../assessment/plan-item-schema';
import type { CollectionFigures } from '../collection/compare/compute-collection';
import type { ReceivedAssessment } from '../collection/received-schema';
import type { Roster } from '../collection/roster/roster-schema';
import type { ParticipantSession, WorkshopMode } from '../workshop/session-schema';
import type { SystemSecurity, UnitSecurity } from '../security-level/system-security-schema';
import type { AssessmentSummary } from '../workshop/summary/summary-schema';
import type { Workshop } from '../workshop/workshop-schema';
import { markDatabaseReplaced } from './storage-error';

export const DATABASE_NAME = 'egov-readiness';
/** The newest schema version this code knows; raise it with every new `this.version(n)` below. */
export const SCHEMA_VERSION = 7;
/** The version whose upgrade carries content 1.x to 2.0: only a database older than this needs its code. */
const CONTENT_UPGRADE_VERSION = 3;

/**
 * One question of one assessment. Besides the answer's fields: `draft`, what was typed when the answer alone cannot
 * show it again; `revision` and `writer`, which tell other tabs what is newer (storage/record-writer.ts). None of
 * the three is indexed, so they need no schema version; records written before they existed simply lack them. A
 * record with no response, note, evidence or draft is a cleared question.
 */
export type StoredAnswer = Partial<Omit<Answer, 'questionId' | 'updatedAt'>> &
  Pick<Answer, 'questionId' | 'updatedAt'> & {
    assessmentId: string;
    revision?: number;
    writer?: string;
    draft?: AnswerDraft;
  };
export type StoredAssessment = Assessment;
export type StoredPlanItem = PlanItem & { assessmentId: string };
/** A received assessment (issue 12), keyed by `key` (docs/decisions/0012-collection-storage.md). */
export type StoredReceived = ReceivedAssessment;
/** The department's roster: one record, key `'current'`. */
export interface StoredRoster {
  key: 'current';
  roster: Roster;
  savedAt: string;
}
/**
 * The collection's figures, derived from `received` and kept so the dashboard opens without scoring every unit
 * again (storage/collection-figures.ts, decision 0015): `generation` counts the writes to `received`, and `figures`
 * holds what was computed at one generation, on one day, by one build of the scoring code.
 */
export type StoredCollectionFigures =
  | { key: 'generation'; generation: number }
  | { key: 'figures'; generation: number; signature: string; today: string; figures: CollectionFigures };

/** A trainer's workshop (issue 13). */
export type StoredWorkshop = Workshop;
/** A scores-only summary read from one static QR code, kept with the workshop it was read for (issue 13). */
export type StoredWorkshopSummary = AssessmentSummary & { key: string; workshopId: string; receivedAt: string };
/** A participant's session on a shared device (issue 13). */
export type StoredSession = ParticipantSession;
/** The device's settings: for now, workshop mode (one record, key 'workshop-mode'). */
export type StoredDeviceSetting = WorkshopMode;
/** The security-by-level workbench's record of one system of an assessment's inventory (issue 14). */
export type StoredSystemSecurity = SystemSecurity & { assessmentId: string; revision?: number; writer?: string };
/** The workbench's record of the unit's own duties, one per assessment (issue 14). */
export type StoredUnitSecurity = UnitSecurity & { assessmentId: string; revision?: number; writer?: string };

export class ReadinessDatabase extends Dexie {
  assessments!: EntityTable<StoredAssessment, 'id'>;
  answers!: Dexie.Table<StoredAnswer, [string, string]>;
  planItems!: Dexie.Table<StoredPlanItem, [string, string]>;
  received!: EntityTable<StoredReceived, 'key'>;
  rosters!: EntityTable<StoredRoster, 'key'>;
  collectionFigures!: Dexie.Table<StoredCollectionFigures, StoredCollectionFigures['key']>;
  workshops!: EntityTable<StoredWorkshop, 'id'>;
  workshopSummaries!: EntityTable<StoredWorkshopSummary, 'key'>;
  sessions!: EntityTable<StoredSession, 'id'>;
  deviceSettings!: EntityTable<StoredDeviceSetting, 'key'>;
  systemSecurity!: Dexie.Table<StoredSystemSecurity, [string, string]>;
  unitSecurity!: EntityTable<StoredUnitSecurity, 'assessmentId'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      assessments: 'id, updatedAt',
      answers: '[assessmentId+questionId], assessmentId',
    });
    // Version 2 (content 1.1): the remediation plan's owners, due dates, statuses and notes.
    this.version(2).stores({
      planItems: '[assessmentId+questionId], assessmentId',
    });
    // Version 3 (content 2.0): no new table or index; the upgrade carries every assessment answered under content
    // 1.x to 2.0 (storage/content-upgrade.ts). It runs inside IndexedDB's upgrade transaction, before any read:
    // all of it is written, or, if the browser stops half-way, none of it, and the next start runs it again.
    this.version(CONTENT_UPGRADE_VERSION)
      .stores({})
      .upgrade((transaction) => {
        // Without its code (the database was opened before `prepareDatabase`), failing aborts IndexedDB's upgrade
        // transaction: nothing changes, the open fails, and the next start, prepared, upgrades.
        if (!contentUpgrade) throw new Error('The content upgrade is not loaded: await prepareDatabase() first');
        return contentUpgrade(transaction);
      });
    // Version 4 (issue 12): a department's collection, apart from the device's own assessments. `received` holds
    // the assessments received from its units (key `key`: the assessment's id, or `<id>~<12 hex of its digest>` for a
    // diverging copy; index `id` finds every copy of one assessment); `rosters` the one roster (key 'current').
    // New tables only: no upgrade function, so a version 3 database opens without the content upgrade's code.
    this.version(4).stores({
      received: 'key, id',
      rosters: 'key',
    });
    // Version 5 (issue 12): the collection's figures, kept between visits (decision 0015). A new table only, empty
    // at first: the first visit computes the figures as before. Every later upgrade that rewrites `received` must
    // clear it.
    this.version(5).stores({
      collectionFigures: 'key',
    });
    // Version 6 (issue 13): workshops. A trainer's workshops and the scores-only summaries read for them; a shared
    // device's workshop mode and its participants' sessions (an assessment names its session in `sessionId`, not
    // indexed: a device holds few). New tables only.
    this.version(6).stores({
      workshops: 'id',
      workshopSummaries: 'key, workshopId',
      sessions: 'id',
      deviceSettings: 'key',
    });
    // Version 7 (issue 14): the security-by-level workbench, one record per assessment and inventory system
    // (classification facts, dossier checklist, baseline self-check, duty dates) and one per assessment for the
    // unit's own duties. New tables only.
    this.version(SCHEMA_VERSION).stores({
      systemSecurity: '[assessmentId+systemId], assessmentId',
      unitSecurity: 'assessmentId',
    });
  }
}

/**
 * The content upgrade (with the whole questionnaire and the mapping from 1.1.0) is code only a database from before
 * version 3 needs: `prepareDatabase` loads it then, and only then, so that a first visit, or any later one, does not
 * download it.
 */
let contentUpgrade: ((transaction: Transaction) => Promise<void>) | undefined;

/** Whether a database older than version 3 (content 1.x) is on the device, without opening (and so creating) one. */
async function hasDatabaseToUpgrade(name: string): Promise<boolean> {
  // `indexedDB.databases()`: Chromium 71, Safari 14, Firefox 126. Without it, load the upgrade to be safe.
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    const found = (await indexedDB.databases()).find((database) => database.name === name);
    // IndexedDB's own version is Dexie's times 10.
    return found?.version !== undefined && found.version < CONTENT_UPGRADE_VERSION * 10;
  } catch {
    return true;
  }
}

/** Call before the first read or write of a start (main.tsx does): loads the content upgrade when it will run. */
export async function prepareDatabase(name = DATABASE_NAME): Promise<void> {
  if (contentUpgrade || !(await hasDatabaseToUpgrade(name))) return;
  contentUpgrade = (await import('./content-upgrade')).upgradeStoredContent;
}

export const db = new ReadinessDatabase();

/**
 * Dexie 4 opens a database whose version is higher than the code declares (and may even add its missing tables). For
 * us that means a newer copy of the app wrote it: this copy must not write old-format data into it. Failing the open
 * makes every read and write fail as 'outdated', which the screens explain ("reload to get the new version").
 */
db.on(
  'ready',
  () => {
    // IndexedDB's own version is Dexie's times 10 (Dexie 4 may add a tenth when it reconciles the schemas).
    const installed = db.backendDB().version / 10;
    if (installed >= SCHEMA_VERSION + 1) {
      const error = new Error(`The database is at version ${installed}; this copy of the app knows ${SCHEMA_VERSION}`);
      error.name = 'VersionError';
      // A rejected promise (not a throw) is what makes Dexie fail the open.
      return Promise.reject(error);
    }
    return undefined;
    // Sticky: checked on every open, not only the first (the connection reopens after a versionchange, for one).
  },
  true,
);

// A newer copy of the app (another tab, after an update) wants to upgrade the schema: Dexie closes this
// connection so the upgrade can run, and every later write here fails as 'replaced', which screens explain.
// All data on the device deleted in another tab (storage/device-data.ts): this tab must not open the database
// again, or its next write would bring back a piece of what was deleted; every write fails as 'deleted' instead.
// Dexie calls the subscribers of this event last-subscribed first, and `false` stops it before its own, which would
// close with auto-open left on.
db.on('versionchange', (event: IDBVersionChangeEvent) => {
  const deleted = event.newVersion === null;
  markDatabaseReplaced(deleted ? 'deletion' : 'upgrade');
  if (!deleted) return undefined;
  db.close({ disableAutoOpen: true });
  return false;
});
