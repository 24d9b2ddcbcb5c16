/**
 * Every open form that may hold unsaved input registers how to write it now. Before the app switches to a new
 * version (or anything else that reloads the page), `flushPendingWrites` writes them all and waits.
 */
type Flush = () => Promise<unknown>;

const flushes = new Set<Flush>();

export function registerPendingWrites(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

export async function flushPendingWrites(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
