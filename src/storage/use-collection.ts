/**
 * Live views of the collection (issue 12) for screens: they re-render when any tab writes to it. `undefined` means
 * still loading; `null`, that there is none.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { ReceivedAssessment } from '../collection/received-schema';
import type { Roster } from '../collection/roster/roster-schema';
import { listReceived, readReceived, toRoster } from './collection';
import { db } from './db';
import { StorageError } from './storage-error';

/** As in use-assessments.ts: without IndexedDB a live query would stay "loading" for ever. */
function assertIndexedDbAvailable() {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError('unavailable');
}

/**
 * Every received assessment, in key order (`listReceived`). `paused`: once loaded, the last list is kept and the
 * tables are not read again (nor watched) until it is false again; then the list is read once more.
 */
export function useCollection({ paused = false }: { paused?: boolean } = {}): ReceivedAssessment[] | undefined {
  assertIndexedDbAvailable();
  const last = useRef<ReceivedAssessment[] | undefined>(undefined);
  const received = useLiveQuery(() => (paused && last.current ? last.current : listReceived()), [paused]);
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
