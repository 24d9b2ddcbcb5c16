/** Workshop mode, live (re-read whenever any tab writes), for the app's shell: kept apart from the sessions' code. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkshopMode } from '../workshop/session-schema';
import { StorageError } from './storage-error';
import { readWorkshopMode } from './workshop-mode';

/**
 * `undefined` while reading. Without IndexedDB (some private modes) workshop mode counts as off: no screen can show
 * anyone's work then either, and each explains the failure as before. Any other failure (a setting that does not
 * parse, a database this copy cannot read) is thrown, for the error boundary to explain, rather than taken for "off".
 */
export function useWorkshopMode(): WorkshopMode | null | undefined {
  const unavailable = typeof indexedDB === 'undefined' || indexedDB === null;
  const mode = useLiveQuery(
    () =>
      unavailable
        ? null
        : readWorkshopMode().catch((error: unknown) => {
            if (error instanceof StorageError && error.failure === 'unavailable') return null;
            throw error;
          }),
    [unavailable],
  );
  return unavailable ? null : mode;
}
