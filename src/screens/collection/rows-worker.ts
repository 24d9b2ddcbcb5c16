/**
 * The rows worker: reads the collection from IndexedDB itself and scores it off the main thread (3,321 assessments
 * take about a second), reporting its progress, and sends back the comparison rows, the most common gaps and the
 * bytes the collection takes (`compute-collection.ts`). Reading here rather than being sent the copies spares the
 * main thread a structured clone of the whole collection (~85 MB, ~0.4 s in one task for a national one).
 */
import { listReceived } from '../../storage/collection';
import { computeCollection, type CollectionFigures } from './compute-collection';

export interface RowsRequest {
  today: string;
}

export type RowsMessage =
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'done'; milliseconds: number } & CollectionFigures)
  | { type: 'failed'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RowsRequest>) => void) | null;
  postMessage: (message: RowsMessage) => void;
};

async function answer({ today }: RowsRequest) {
  const started = performance.now();
  try {
    const received = await listReceived();
    const figures = computeCollection(received, today, (done, total) =>
      scope.postMessage({ type: 'progress', done, total }),
    );
    scope.postMessage({ type: 'done', milliseconds: performance.now() - started, ...figures });
  } catch (error) {
    // The page then computes the figures itself, from the copies it has read.
    scope.postMessage({ type: 'failed', message: String(error) });
  }
}

scope.onmessage = (event) => void answer(event.data);
