/**
 * The collection import's worker (a module Web Worker, started by `run-import.ts`): unpacks ZIP files and parses
 * received files off the main thread, so that the page stays responsive through a national collection.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { digestEntry } from '../digest';
import { handleRequest } from './handle-request';
import type { WorkerRequest } from './worker-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

// One request at a time, in the order they came: the import keeps a few in flight so that this never waits.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => {
    const { response, transfer } = await handleRequest(request, digestEntry);
    scope.postMessage(response, transfer);
  });
};
