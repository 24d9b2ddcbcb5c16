/**
 * What the parse worker does with one request, apart from the worker itself so that tests (and a browser without
 * module workers) run it in the same thread.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { unzipInThread } from './gather-files';
import { parseReceivedFile, type DigestFn, type ParsedFile } from './parse-received';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

export async function handleRequest(
  request: WorkerRequest,
  digest: DigestFn,
): Promise<{ response: WorkerResponse; transfer: Transferable[] }> {
  try {
    if (request.type === 'unzip') {
      const result = unzipInThread(new Uint8Array(request.bytes), request.limits);
      // Each file's bytes get a buffer of their own, to be transferred back (and on to a parse request).
      result.files = result.files.map((file) => ({
        name: file.name,
        bytes:
          file.bytes.byteOffset === 0 && file.bytes.byteLength === file.bytes.buffer.byteLength
            ? file.bytes
            : file.bytes.slice(),
      }));
      return {
        response: { type: 'unzipped', batch: request.batch, result },
        transfer: result.files.map((file) => file.bytes.buffer as ArrayBuffer),
      };
    }
    const receivedAt = new Date().toISOString();
    const results: ParsedFile[] = [];
    for (const file of request.files) {
      results.push(await parseReceivedFile(file.index, file.name, new Uint8Array(file.bytes), receivedAt, digest));
    }
    return { response: { type: 'parsed', batch: request.batch, results }, transfer: [] };
  } catch (error) {
    return {
      response: {
        type: 'failed',
        batch: request.batch,
        message: error instanceof Error ? error.message : String(error),
      },
      transfer: [],
    };
  }
}
