import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { todayIso } from '../today';
import { computeCollection, type CollectionFigures } from './compute-collection';
import type { RowsMessage, RowsRequest } from './rows-worker';

export type FiguresState =
  { status: 'computing'; done: number; total: number } | ({ status: 'ready' } & CollectionFigures);

const hasWorker = typeof Worker !== 'undefined';

interface WorkerResult {
  /** The generation of the collection it is for. */
  for: number;
  state: FiguresState;
}

/**
 * The collection's rows, common gaps and size, computed once per collection (the live query gives a new array only
 * when the collection changed). In the browser the scoring runs in a worker that reads the collection itself, so the
 * page stays responsive and shows a progress line; without Worker (jsdom) it runs here.
 *
 * `received` undefined means the page is still reading the collection: the worker starts at once all the same, so
 * that its reading and scoring overlap the page's own reading (the first copies read do not start it again). `null`:
 * nothing to compute (the caller was given figures).
 */
export function useCollectionFigures(received: readonly ReceivedAssessment[] | undefined | null): FiguresState {
  const [result, setResult] = useState<WorkerResult>();
  // A new generation each time the collection changes, except when it is first read.
  const [tracked, setTracked] = useState({ received, generation: 0 });
  if (received !== tracked.received) {
    setTracked({ received, generation: tracked.received === undefined ? tracked.generation : tracked.generation + 1 });
  }
  const { generation } = tracked;
  const inline = useMemo(
    () =>
      hasWorker || !received ? undefined : { status: 'ready' as const, ...computeCollection(received, todayIso()) },
    [received],
  );
  // The copies the page has read, for the fallback below, without restarting the worker when they arrive.
  const latest = useRef(received);
  useEffect(() => {
    latest.current = received;
  }, [received]);
  const active = hasWorker && received !== null;

  useEffect(() => {
    if (!active) return;
    const worker = new Worker(new URL('./rows-worker.ts', import.meta.url), { type: 'module' });
    // Should the worker fail (no IndexedDB in workers, a read error), the page scores the copies it has read.
    const computeHere = () => {
      worker.terminate();
      const copies = latest.current ?? [];
      setResult({ for: generation, state: { status: 'ready', ...computeCollection(copies, todayIso()) } });
    };
    worker.onerror = computeHere;
    worker.onmessage = (event: MessageEvent<RowsMessage>) => {
      const message = event.data;
      if (message.type === 'failed') {
        console.error(message.message);
        computeHere();
        return;
      }
      if (message.type === 'progress') {
        setResult({ for: generation, state: { status: 'computing', done: message.done, total: message.total } });
        return;
      }
      performance.measure('collection-rows', { start: performance.now() - message.milliseconds });
      setResult({
        for: generation,
        state: { status: 'ready', rows: message.rows, gaps: message.gaps, bytes: message.bytes },
      });
      worker.terminate();
    };
    const request: RowsRequest = { today: todayIso() };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [active, generation]);
  if (inline) return inline;
  if (result && result.for === generation) return result.state;
  return { status: 'computing', done: 0, total: received?.length ?? 0 };
}
