/**
 * What every form with a `RecordWriter` needs from React: the writer's status as state, its writes kept across the
 * page's life (pagehide, hidden, beforeunload), its flush registered for an app update, and, when the form goes
 * away, a last flush. A writer needs no disposal: once nothing is pending it holds no timer, and is collected with
 * its form; one whose last flush failed keeps retrying until the disk has room, so that what was typed is still
 * written even if the person left by the browser's back button (which nothing can hold). (React's StrictMode
 * unmounts and mounts every effect once in development: the same writer must keep working after a cleanup.)
 */
import { useEffect, useSyncExternalStore } from 'react';
import { registerPendingWrites } from '../offline/pending-writes';
import { keepWritesAcrossPageLifecycle } from '../storage/page-lifecycle';
import type { RecordWriter, WriterStatus } from '../storage/record-writer';

export function useWriterLifecycle<V>(writer: RecordWriter<V>): WriterStatus {
  const status = useSyncExternalStore(writer.subscribe, writer.getStatus);
  useEffect(() => {
    const stopLifecycle = keepWritesAcrossPageLifecycle(writer);
    const unregister = registerPendingWrites(() => writer.flush());
    return () => {
      unregister();
      stopLifecycle();
      void writer.flush();
    };
  }, [writer]);
  return status;
}
