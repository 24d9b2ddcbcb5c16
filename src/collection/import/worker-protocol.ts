/**
 * The messages between the collection import (`run-import.ts`) and its parse worker (`parse-worker.ts`). Bytes
 * travel as transferred ArrayBuffers (moved, not copied).
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { UnzipLimits, UnzipResult } from './gather-files';
import type { ParsedFile } from './parse-received';

export interface ParseRequest {
  type: 'parse';
  batch: number;
  files: { index: number; name: string; bytes: ArrayBuffer }[];
}
export interface UnzipRequest {
  type: 'unzip';
  batch: number;
  bytes: ArrayBuffer;
  limits: UnzipLimits;
}
export type WorkerRequest = ParseRequest | UnzipRequest;

export interface ParseResponse {
  type: 'parsed';
  batch: number;
  results: ParsedFile[];
}
export interface UnzipResponse {
  type: 'unzipped';
  batch: number;
  result: UnzipResult;
}
/** Something the worker could not do at all (a bug, or out of memory): the batch's files are rejected. */
export interface FailureResponse {
  type: 'failed';
  batch: number;
  message: string;
}
export type WorkerResponse = ParseResponse | UnzipResponse | FailureResponse;

/** The part of `Worker` the import uses: tests give a stand-in that runs the same handler in the same thread. */
export interface ParseWorker {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}
