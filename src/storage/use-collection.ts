/**
 * Live views of the collection (issue 12) for screens: they re-render when any tab writes to it. `undefined` means
 * still loading; `null`, that there is none.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { ReceivedAssessment } from '../collection/received-schema';
import type { Roster } from '../collection/roster/roster-schema';
import { listReceived, readReceived, toRoster } from './collection';
import { readCollectionFigures, type HeldFigures } from './collection-figures';
import { db } from './db';
import { StorageError } from './storage-error';

/** As in use-assessments.ts: without IndexedDB a live query would stay "loading" for ever. */
function assertIndexedDbAvailable() {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError('unavailable');
}

/**
 * Every received assessment, in key order (`listReceived`). `paused`: once loaded, the last list is kept and the
 * tables are not read again (nor watched) until it is false again; then the list is read once more. `enabled`
 * false: not read yet (undefined), for a screen that has something to show first.
 */
export function useCollection({ paused = false, enabled = true }: { paused?: boolean; enabled?: boolean } = {}):
  ReceivedAssessment[] | undefined {
  assertIndexedDbAvailable();
  const last = useRef<ReceivedAssessment[] | undefined>(undefined);
  const received = useLiveQuery(
    () => (!enabled ? undefined : paused && last.current ? last.current : listReceived()),
    [paused, enabled],
  );
  useEffect(() => {
    last.current = received;
  }, [received]);
  return received;
}

/** One received copy by its key (`readReceived`). */
export function useReceived(key: string): ReceivedAssessment | null | undefined {
  assertIndexedDbAvailable();
  return useLiveQuery(() => readReceived(key), [key]);
}

/** The department's roster. */
export function useRoster(): Roster | null | undefined {
  assertIndexedDbAvailable();
  return useLiveQuery(async () => toRoster(await db.rosters.get('current')), []);
}

/**
 * The collection's generation and the figures kept for it by the build `signature` (`readCollectionFigures`), live:
 * any write to the collection, from any tab, reads them again. `paused`: as for `useCollection`.
 */
export function useHeldCollectionFigures(
  signature: string,
  { paused = false }: { paused?: boolean } = {},
): HeldFigures | undefined {
  assertIndexedDbAvailable();
  const last = useRef<HeldFigures | undefined>(undefined);
  const held = useLiveQuery(
    () => (paused && last.current ? last.current : readCollectionFigures(signature)),
    [paused, signature],
  );
  useEffect(() => {
    last.current = held;
  }, [held]);
  return held;
}
