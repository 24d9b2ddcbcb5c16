import { useEffect, useMemo, useState } from 'react';
import { computeCollection, type CollectionFigures } from '../../collection/compare/compute-collection';
import type { ReceivedAssessment } from '../../collection/received-schema';
import type { FiguresFor } from '../../storage/collection-figures';
import { useHeldCollectionFigures } from '../../storage/use-collection';
import { todayIso } from '../today';
import { computeAndKeepFigures } from './figures-job';
import type { RowsMessage, RowsRequest } from './rows-worker';
// The worker's URL changes with every build of the code it bundles (scoring, content, rows): it is the signature
// that tells figures kept by this build from those of an older one.
import rowsWorkerUrl from './rows-worker.ts?worker&url';

export type FiguresState =
  | { status: 'loading' }
  | { status: 'computing'; done: number; total: number }
  | ({
      status: 'ready';
      /**
       * Set while these are the figures kept on an earlier day (`asOf`) and today's are computed: shown meanwhile,
       * since a day changes few scores, but not exported.
       */
      earlier?: { asOf: string; done: number; total: number };
    } & CollectionFigures);

const hasWorker = typeof Worker !== 'undefined';

interface Computed {
  /** The generation of the collection it is for. */
  generation: number;
  state: FiguresState;
}

/**
 * The figures of the collection in storage: those kept from an earlier visit when the collection has not changed
 * since (today, by this build), read in a few milliseconds; otherwise computed once, in the rows worker (so the page
 * stays responsive and shows a progress line) or, without Worker (jsdom), here, and kept for the next visit. Any
 * write to the collection, from any tab, makes them stale and computed again (storage/collection-figures.ts).
 * Figures kept on an earlier day are shown, marked `earlier`, while today's are computed. `paused`: while an
 * import runs, the figures as they were, until it ends.
 */
export function useStoredCollectionFigures({ paused = false }: { paused?: boolean } = {}): FiguresState {
  const today = todayIso();
  const held = useHeldCollectionFigures(rowsWorkerUrl, { paused });
  const [computed, setComputed] = useState<Computed>();
  const kept = held?.kept;
  const missing = held && kept?.today !== today ? held.generation : undefined;

  useEffect(() => {
    if (missing === undefined) return;
    const figuresFor: FiguresFor = { today, signature: rowsWorkerUrl };
    let stopped = false;
    const show = (state: FiguresState) => {
      if (!stopped) setComputed({ generation: missing, state });
    };
    // Without a worker, or should it fail (no IndexedDB in workers, a read error): here, on the main thread.
    const computeHere = () =>
      void computeAndKeepFigures(figuresFor).then(
        ({ figures }) => show({ status: 'ready', ...figures }),
        (error: unknown) => console.error(error),
      );
    if (!hasWorker) {
      computeHere();
      return () => {
        stopped = true;
      };
    }
    const worker = new Worker(rowsWorkerUrl, { type: 'module' });
    const failed = () => {
      worker.terminate();
      computeHere();
    };
    worker.onerror = failed;
    worker.onmessage = (event: MessageEvent<RowsMessage>) => {
      const message = event.data;
      if (message.type === 'failed') {
        console.error(message.message);
        failed();
      } else if (message.type === 'progress') {
        show({ status: 'computing', done: message.done, total: message.total });
      } else {
        performance.measure('collection-rows', { start: performance.now() - message.milliseconds });
        show({ status: 'ready', rows: message.rows, gaps: message.gaps, bytes: message.bytes });
        worker.terminate();
      }
    };
    const request: RowsRequest = figuresFor;
    worker.postMessage(request);
    return () => {
      stopped = true;
      worker.terminate();
    };
  }, [missing, today]);

  const progress = computed?.generation === held?.generation ? computed?.state : undefined;
  return useMemo((): FiguresState => {
    if (held === undefined) return { status: 'loading' };
    // What this page computed wins over the same figures read back from storage (the same rows, not a second copy).
    if (progress?.status === 'ready') return progress;
    const counts = progress?.status === 'computing' ? progress : { done: 0, total: 0 };
    if (!kept) return { status: 'computing', ...counts };
    if (kept.today === today) return { status: 'ready', ...kept.figures };
    return { status: 'ready', ...kept.figures, earlier: { asOf: kept.today, ...counts } };
  }, [held, kept, progress, today]);
}

/** The figures of a collection given in full (a component rendered with its data); null computes nothing. */
export function useFiguresOf(received: readonly ReceivedAssessment[] | null): FiguresState | undefined {
  return useMemo(
    () => (received ? { status: 'ready' as const, ...computeCollection(received, todayIso()) } : undefined),
    [received],
  );
}
