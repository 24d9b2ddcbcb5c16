/**
 * A stand-in for the parse worker that runs the same handler in this thread: for tests (jsdom has no Worker) and
 * for a browser that cannot start a module worker (the import is then slower and less smooth, but it works).
 *
 * Pure module: no React, no storage, no i18next.
 */
import { handleRequest } from './handle-request';
import type { DigestFn } from './parse-received';
import type { ParseWorker, WorkerRequest, WorkerResponse } from './worker-protocol';

export function createInThreadWorker(digest: DigestFn): ParseWorker {
  let terminated = false;
  let queue: Promise<void> = Promise.resolve();
  const worker: ParseWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message: WorkerRequest) {
      queue = queue.then(async () => {
        // A task of its own per request, as a worker's messages arrive.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (terminated) return;
        const { response } = await handleRequest(message, digest);
        if (!terminated) worker.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
      });
    },
    terminate() {
      terminated = true;
    },
  };
  return worker;
}
