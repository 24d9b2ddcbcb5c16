import { useEffect, useMemo, useState } from 'react';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { todayIso } from '../today';
import { computeCollection, type CollectionFigures } from './compute-collection';
import type { RowsMessage, RowsRequest } from './rows-worker';

export type FiguresState =
  { status: 'computing'; done: number; total: number } | ({ status: 'ready' } & CollectionFigures);

const hasWorker = typeof Worker !== 'undefined';

interface WorkerResult {
  for: readonly ReceivedAssessment[];
  state: FiguresState;
}

/**
 * The collection's rows and common gaps, computed once per collection (the live query gives a new array only when
 * the collection changed). In the browser the scoring runs in a worker, so the page stays responsive and shows a
 * progress line; without Worker (jsdom) it runs here.
 */
export function useCollectionFigures(received: readonly ReceivedAssessment[]): FiguresState {
  const [result, setResult] = useState<WorkerResult>();
  const inline = useMemo(
    () => (hasWorker ? undefined : { status: 'ready' as const, ...computeCollection(received, todayIso()) }),
    [received],
  );
  useEffect(() => {
    if (!hasWorker) return;
    const worker = new Worker(new URL('./rows-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<RowsMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        setResult({ for: received, state: { status: 'computing', done: message.done, total: message.total } });
        return;
      }
      performance.measure('collection-rows', { start: performance.now() - message.milliseconds });
      setResult({ for: received, state: { status: 'ready', rows: message.rows, gaps: message.gaps } });
      worker.terminate();
    };
    const request: RowsRequest = { received, today: todayIso() };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [received]);
  if (inline) return inline;
  if (result && result.for === received) return result.state;
  return { status: 'computing', done: 0, total: received.length };
}
