/**
 * Whether a collection import is running on this page. While it writes its batches, the dashboard keeps showing
 * the collection as it was (`useSettledCollection`) instead of reading and scoring every unit again after each
 * batch, which would make a national import quadratic; it catches up once, when the import ends.
 */
import { useSyncExternalStore } from 'react';

let running = 0;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Marks an import as started; the returned function marks it as ended (call it once, in a `finally`). */
export function markImportRunning(): () => void {
  running += 1;
  notify();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    running -= 1;
    notify();
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useImportRunning(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => running > 0,
    () => false,
  );
}
