/**
 * The rows worker: reads the collection from IndexedDB itself and scores it off the main thread (3,321 assessments
 * take about a second), reporting its progress, keeps the figures for the next visit (`figures-job.ts`) and sends
 * back the comparison rows, the most common gaps and the bytes the collection takes. Reading here rather than being
 * sent the copies spares the main thread a structured clone of the whole collection (~85 MB, ~0.4 s in one task for
 * a national one).
 */
import type { CollectionFigures } from '../../collection/compare/compute-collection';
import type { FiguresFor } from '../../storage/collection-figures';
import { computeAndKeepFigures } from './figures-job';

export type RowsRequest = FiguresFor;

export type RowsMessage =
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'done'; generation: number; milliseconds: number } & CollectionFigures)
  | { type: 'failed'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RowsRequest>) => void) | null;
  postMessage: (message: RowsMessage) => void;
};

async function answer(request: RowsRequest) {
  const started = performance.now();
  try {
    const { generation, figures } = await computeAndKeepFigures(request, (done, total) =>
      scope.postMessage({ type: 'progress', done, total }),
    );
    scope.postMessage({ type: 'done', generation, milliseconds: performance.now() - started, ...figures });
  } catch (error) {
    // The page then computes the figures itself.
    scope.postMessage({ type: 'failed', message: String(error) });
  }
}

scope.onmessage = (event) => void answer(event.data);
