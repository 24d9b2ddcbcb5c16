/**
 * A trainer's workshops (issue 13): create, read, list, change, and attach the assessments handed in to one. Every
 * write is validated with `workshopSchema`; failures come back as a `StorageError` a screen can explain.
 */
import { workshopSchema, type Workshop, type WorkshopInput } from '../workshop/workshop-schema';
import { db } from './db';
import { StorageError, withStorageErrors } from './storage-error';

function validated(input: WorkshopInput): Workshop {
  const result = workshopSchema.safeParse(input);
  if (!result.success) throw new StorageError('invalid', result.error);
  return result.data;
}

export type NewWorkshop = Pick<WorkshopInput, 'title' | 'date' | 'place' | 'expectedUnits'>;

export function createWorkshop(details: NewWorkshop): Promise<Workshop> {
  return withStorageErrors(async () => {
    const timestamp = new Date().toISOString();
    const workshop = validated({ ...details, id: crypto.randomUUID(), createdAt: timestamp, updatedAt: timestamp });
    await db.workshops.add(workshop);
    return workshop;
  });
}

/** One workshop; `undefined` when there is none under that id (or it fails validation). */
export function readWorkshop(id: string): Promise<Workshop | undefined> {
  return withStorageErrors(async () => {
    const parsed = workshopSchema.safeParse(await db.workshops.get(id));
    return parsed.success ? parsed.data : undefined;
  });
}

/** Every workshop, the most recent day first. */
export function listWorkshops(): Promise<Workshop[]> {
  return withStorageErrors(async () => {
    const all = (await db.workshops.toArray()).flatMap((record) => {
      const parsed = workshopSchema.safeParse(record);
      return parsed.success ? [parsed.data] : [];
    });
    return all.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  });
}

/** Changes one workshop in a transaction, so two tabs changing it at once do not lose either change. */
export function updateWorkshop(id: string, change: (current: Workshop) => WorkshopInput): Promise<Workshop> {
  return withStorageErrors(() =>
    db.transaction('rw', db.workshops, async () => {
      const current = workshopSchema.safeParse(await db.workshops.get(id));
      if (!current.success) throw new StorageError('invalid', new Error(`No workshop ${id}`));
      const next = validated({ ...change(current.data), id, updatedAt: new Date().toISOString() });
      await db.workshops.put(next);
      return next;
    }),
  );
}

/** Adds received assessments (by id) to a workshop's class; ids already there are kept once. */
export function addToWorkshop(id: string, assessmentIds: readonly string[]): Promise<Workshop> {
  return updateWorkshop(id, (current) => ({
    ...current,
    assessmentIds: [...new Set([...current.assessmentIds, ...assessmentIds])],
  }));
}

export function deleteWorkshop(id: string): Promise<void> {
  return withStorageErrors(() =>
    db.transaction('rw', db.workshops, db.workshopSummaries, async () => {
      await db.workshopSummaries.where('workshopId').equals(id).delete();
      await db.workshops.delete(id);
    }),
  );
}
