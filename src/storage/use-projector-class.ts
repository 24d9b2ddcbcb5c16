/**
 * The class a projector shows (issue 13), live: a workshop and the received assessments, read in one live query so
 * that the projector updates by itself when an assessment arrives or is handed in to the workshop, from any tab (the
 * trainer often receives in one window while the other is on the projector). `undefined` while loading; `workshop`
 * null when there is no workshop under that id; no `workshopId`: the whole collection, with no workshop.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReceivedAssessment } from '../collection/received-schema';
import type { Workshop } from '../workshop/workshop-schema';
import { listReceived } from './collection';
import { StorageError } from './storage-error';
import { readWorkshop } from './workshops';

export interface ProjectorClass {
  workshop: Workshop | null;
  received: ReceivedAssessment[];
}

export function useProjectorClass(workshopId: string | undefined): ProjectorClass | undefined {
  // As in use-collection.ts: without IndexedDB a live query would stay "loading" for ever.
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError('unavailable');
  return useLiveQuery(async () => {
    const workshop = workshopId === undefined ? null : ((await readWorkshop(workshopId)) ?? null);
    return { workshop, received: await listReceived() };
  }, [workshopId]);
}
