/** The remediation plan's recorded owners, due dates, statuses and notes, one record per assessment and question. */
import { planItemSchema, type PlanItem } from '../assessment/plan-item-schema';
import { db, type StoredPlanItem } from './db';
import { StorageError, toStorageError } from './storage-error';

export async function savePlanItem(assessmentId: string, item: PlanItem): Promise<void> {
  const result = planItemSchema.safeParse(item);
  if (!result.success) throw new StorageError('invalid', result.error);
  try {
    await db.transaction('rw', db.assessments, db.planItems, async () => {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment || assessment.deletedAt) throw new StorageError('invalid', new Error('Assessment not found'));
      await db.planItems.put({ ...result.data, assessmentId });
      await db.assessments.update(assessmentId, { updatedAt: new Date().toISOString() });
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Plan items keyed by question id; records that fail validation are left out, not thrown. */
export function toPlanItemMap(records: readonly StoredPlanItem[]): Map<string, PlanItem> {
  const items = new Map<string, PlanItem>();
  for (const { assessmentId: _assessmentId, ...record } of records) {
    const result = planItemSchema.safeParse(record);
    if (result.success) items.set(result.data.questionId, result.data);
  }
  return items;
}

/** Writes several plan items of one assessment in one transaction (the plan form's writer). */
export async function savePlanItems(assessmentId: string, items: readonly PlanItem[]): Promise<void> {
  const records = items.map((item): StoredPlanItem => {
    const result = planItemSchema.safeParse(item);
    if (!result.success) throw new StorageError('invalid', result.error);
    return { ...result.data, assessmentId };
  });
  try {
    await db.transaction('rw', db.assessments, db.planItems, async () => {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment || assessment.deletedAt) throw new StorageError('invalid', new Error('Assessment not found'));
      await db.planItems.bulkPut(records);
      await db.assessments.update(assessmentId, { updatedAt: new Date().toISOString() });
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
