/**
 * What every form with a `RecordWriter` needs from React: the writer's status as state, its writes kept across the
 * page's life (pagehide, hidden, beforeunload), its flush registered for an app update, and, when the form goes
 * away, a last flush before the writer is disposed.
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
      // A writer whose last flush failed is not disposed: it keeps retrying, so that what was typed is still written
      // once the disk has room, even if the person left by the browser's back button (which nothing can hold).
      void writer.flush().then((result) => {
        if (result.ok) writer.dispose();
      });
    };
  }, [writer]);
  return status;
}
