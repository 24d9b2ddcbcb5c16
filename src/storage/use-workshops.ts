/**
 * Live views of the trainer's workshops (issue 13) for screens: they re-render when any tab writes to them (a QR
 * code read in another window hands an assessment in). `undefined` means still loading; `null`, no such workshop.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Workshop } from '../workshop/workshop-schema';
import { StorageError } from './storage-error';
import { listWorkshops, readWorkshop } from './workshops';

/** As in use-collection.ts: without IndexedDB a live query would stay "loading" for ever. */
function assertIndexedDbAvailable() {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError('unavailable');
}

export function useWorkshops(): Workshop[] | undefined {
  assertIndexedDbAvailable();
  return useLiveQuery(() => listWorkshops(), []);
}

export function useWorkshop(id: string): Workshop | null | undefined {
  assertIndexedDbAvailable();
  return useLiveQuery(async () => (await readWorkshop(id)) ?? null, [id]);
}
