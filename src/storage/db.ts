/**
 * The one IndexedDB database of the app and its schema history. Only `src/storage/` knows Dexie.
 *
 * Never edit a published version: add a new `this.version(n + 1)` with an upgrade function, keep the older ones,
 * and add a fixture test that opens a database written by the previous version.
 *
 * Answers live in their own table, one record per assessment and question, so autosave writes only what changed
 * and two tabs editing different questions never overwrite each other's work.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Answer } from '../questionnaire/answer-schema';
import type { Assessment } from '../assessment/assessment-schema';
import type { PlanItem } from '../assessment/plan-item-schema';
import { markDatabaseReplaced } from './storage-error';

export const DATABASE_NAME = 'egov-readiness';

export type StoredAnswer = Answer & { assessmentId: string };
export type StoredAssessment = Assessment;
export type StoredPlanItem = PlanItem & { assessmentId: string };

export class ReadinessDatabase extends Dexie {
  assessments!: EntityTable<StoredAssessment, 'id'>;
  answers!: Dexie.Table<StoredAnswer, [string, string]>;
  planItems!: Dexie.Table<StoredPlanItem, [string, string]>;

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
  }
}

export const db = new ReadinessDatabase();

// A newer copy of the app (another tab, after an update) wants to upgrade the schema: Dexie closes this
// connection so the upgrade can run, and every later write here fails as 'replaced', which screens explain.
db.on('versionchange', () => {
  markDatabaseReplaced();
});
