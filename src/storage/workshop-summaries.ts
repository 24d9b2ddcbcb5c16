/**
 * The scores-only summaries a trainer's device read for its workshops (issue 13): one per assessment and workshop.
 * Read twice (the participant showed the code again after changing an answer), the newest by `madeAt` is kept, so
 * an old code shown late never replaces a newer one. Every summary is validated before it is written and when read.
 */
import { assessmentSummarySchema, type AssessmentSummary } from '../workshop/summary/summary-schema';
import { workshopSchema } from '../workshop/workshop-schema';
import { db, type StoredWorkshopSummary } from './db';
import { StorageError, withStorageErrors } from './storage-error';

/** What storing did: a new summary, a newer one replacing the older, the same again, or an older one not kept. */
export type SummaryOutcome = 'added' | 'updated' | 'unchanged' | 'older';

/** One key per workshop and assessment; as JSON, so that no two pairs of ids ever give the same key. */
export function summaryKey(workshopId: string, assessmentId: string): string {
  return JSON.stringify([workshopId, assessmentId]);
}

function parsed(record: unknown): StoredWorkshopSummary | undefined {
  if (!record || typeof record !== 'object') return undefined;
  const { key, workshopId, receivedAt } = record as Partial<StoredWorkshopSummary>;
  const summary = assessmentSummarySchema.safeParse(record);
  if (!summary.success || typeof key !== 'string' || typeof workshopId !== 'string' || typeof receivedAt !== 'string')
    return undefined;
  return { ...summary.data, key, workshopId, receivedAt };
}

export function storeWorkshopSummary(
  workshopId: string,
  summary: AssessmentSummary,
  receivedAt = new Date().toISOString(),
): Promise<{ outcome: SummaryOutcome; kept: StoredWorkshopSummary }> {
  return withStorageErrors(() =>
    db.transaction('rw', db.workshops, db.workshopSummaries, async () => {
      const valid = assessmentSummarySchema.safeParse(summary);
      if (!valid.success) throw new StorageError('invalid', valid.error);
      if (!workshopSchema.safeParse(await db.workshops.get(workshopId)).success) {
        throw new StorageError('invalid', new Error(`No workshop ${workshopId}`));
      }
      const key = summaryKey(workshopId, valid.data.assessmentId);
      const current = parsed(await db.workshopSummaries.get(key));
      const next: StoredWorkshopSummary = { ...valid.data, key, workshopId, receivedAt };
      if (current) {
        const made = Date.parse(current.madeAt) - Date.parse(next.madeAt);
        if (made > 0) return { outcome: 'older', kept: current };
        if (made === 0) return { outcome: 'unchanged', kept: current };
      }
      await db.workshopSummaries.put(next);
      return { outcome: current ? 'updated' : 'added', kept: next };
    }),
  );
}

/** A workshop's summaries, by unit name as Vietnamese sorts it, then by period. */
export function listWorkshopSummaries(workshopId: string): Promise<StoredWorkshopSummary[]> {
  return withStorageErrors(async () => {
    const records = await db.workshopSummaries.where('workshopId').equals(workshopId).toArray();
    const collator = new Intl.Collator('vi');
    return records
      .flatMap((record) => {
        const summary = parsed(record);
        return summary ? [summary] : [];
      })
      .sort(
        (a, b) => collator.compare(a.unitName, b.unitName) || b.periodYear - a.periodYear || a.key.localeCompare(b.key),
      );
  });
}
