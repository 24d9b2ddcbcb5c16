/**
 * The rows worker: scores a collection off the main thread (3,321 assessments take about a second), reporting its
 * progress, and sends back the comparison rows and the most common gaps (`compute-collection.ts`).
 */
import type { ReceivedAssessment } from '../../collection/received-schema';
import { computeCollection, type CollectionFigures } from './compute-collection';

export interface RowsRequest {
  received: readonly ReceivedAssessment[];
  today: string;
}

export type RowsMessage =
  { type: 'progress'; done: number; total: number } | ({ type: 'done'; milliseconds: number } & CollectionFigures);

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RowsRequest>) => void) | null;
  postMessage: (message: RowsMessage) => void;
};

scope.onmessage = (event) => {
  const started = performance.now();
  const { received, today } = event.data;
  const figures = computeCollection(received, today, (done, total) =>
    scope.postMessage({ type: 'progress', done, total }),
  );
  scope.postMessage({ type: 'done', milliseconds: performance.now() - started, ...figures });
};
