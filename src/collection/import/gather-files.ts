/**
 * What a department hands the collection import (issue 12): several files, a folder (`<input webkitdirectory>`), a
 * drop of files and folders, or ZIP files. Gathering turns them into the list of candidate JSON files, each with the
 * name it is shown under ("folder/sub/file.json", "archive.zip/inner/file.json"), and says what it left out:
 *
 * - `skipped`: not an assessment file by its name (not `.json`, or a system file such as `__MACOSX/` and `._name`
 *   that macOS adds to archives). Not an error: a folder often holds other documents.
 * - `rejected`: a JSON file over MAX_FILE_BYTES (`too-large`, as the one-file import says it), or a ZIP that cannot
 *   be read (`zip-unreadable`) or would unpack to more than the limits (`zip-too-large`, `zip-too-many-files`: a
 *   "zip bomb"). A ZIP is unpacked as a stream and the bytes it actually produces are counted, whatever its headers
 *   claim, so a bomb is stopped after at most one slice's worth of output.
 *
 * Pure module: no React, no storage, no i18next (fflate only). Reading a `File` is the caller's browser API.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { MAX_FILE_BYTES } from '../../exchange/file-format';
import type { MessageParams } from '../../exchange/parse-file';
import { yieldToEventLoop } from '../export/chunks';

/** Unpacked bytes one import takes from ZIP files, in all (about 18,000 generated assessment files). */
export const MAX_ZIP_TOTAL_BYTES = 512 * 1024 * 1024;
/** Entries (files and folders) one import takes from ZIP files, in all. */
export const MAX_ZIP_ENTRIES = 20_000;
/** A ZIP file itself larger than this is refused before it is read. */
export const MAX_ZIP_FILE_BYTES = 512 * 1024 * 1024;
/** The longest name kept (a receipt's `fileName`): longer names keep their end, where the file's own name is. */
export const MAX_NAME_LENGTH = 500;
/** Sources gathered between two yields to the event loop. */
const GATHER_SLICE = 200;
/** How much of a ZIP is handed to the inflater at a time: deflate expands at most ~1,032×, so ≤ 16 MiB a step. */
const ZIP_SLICE_BYTES = 16 * 1024;

export type GatherErrorCode = 'too-large' | 'zip-unreadable' | 'zip-too-large' | 'zip-too-many-files';
export interface GatherError {
  code: GatherErrorCode;
  params: MessageParams;
}
export type SkipReason = 'not-json' | 'system-file';

/** A JSON file to parse: its display name, its size, and how to get its bytes. */
export interface Candidate {
  name: string;
  size: number;
  read: () => Promise<ArrayBuffer>;
}
export interface SkippedFile {
  name: string;
  reason: SkipReason;
}
export interface GatherRejection {
  name: string;
  error: GatherError;
}
export interface Gathered {
  candidates: Candidate[];
  skipped: SkippedFile[];
  rejected: GatherRejection[];
}

/** One file chosen or dropped, with the path it is shown under. */
export interface GatherSource {
  name: string;
  file: Blob;
}

/** What unpacking one ZIP gave: its JSON files' bytes (names inside the ZIP), what it skipped and refused. */
export interface UnzipResult {
  files: { name: string; bytes: Uint8Array }[];
  skipped: SkippedFile[];
  rejected: GatherRejection[];
  /** Set when the whole ZIP was refused (then `files` is empty). */
  error?: GatherError;
}

export interface UnzipLimits {
  maxTotalBytes: number;
  maxEntries: number;
}
/** Unpacks one ZIP (in this thread, or in the parse worker): `limits` are what is left of the import's allowance. */
export type UnzipFn = (bytes: Uint8Array, limits: UnzipLimits) => Promise<UnzipResult>;

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = { maxTotalBytes: MAX_ZIP_TOTAL_BYTES, maxEntries: MAX_ZIP_ENTRIES };

const tooLarge = (): GatherError => ({ code: 'too-large', params: { maxMegabytes: MAX_FILE_BYTES / (1024 * 1024) } });
const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** "a/b/c.json" from "/a\\b/./c.json": forward slashes, no empty or "." segments. Text only: nothing is opened by it. */
export function cleanPath(path: string): string {
  return path
    .split(/[\\/]+/)
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

/** At most MAX_NAME_LENGTH characters, keeping the end ("…/sub/file.json"). */
export function limitName(name: string): string {
  return name.length <= MAX_NAME_LENGTH ? name : `…${name.slice(name.length - MAX_NAME_LENGTH + 1)}`;
}

/** Whether a path is one of the files operating systems add beside the user's own. */
function isSystemFile(path: string): boolean {
  const parts = path.split('/');
  const base = parts[parts.length - 1] ?? '';
  return parts.includes('__MACOSX') || base.startsWith('._') || base === '.DS_Store' || base === 'Thumbs.db';
}

export const isJsonName = (name: string) => /\.json$/i.test(name);
export const isZipName = (name: string) => /\.zip$/i.test(name);

/**
 * Unpacks a ZIP as a stream, counting the bytes it really produces: over `maxTotalBytes` or `maxEntries` the whole
 * ZIP is refused (nothing from it is imported: a bomb's first files are not worth trusting); an entry over
 * MAX_FILE_BYTES is refused alone; entries that are not JSON are skipped without being inflated.
 */
export function unzipInThread(bytes: Uint8Array, limits: UnzipLimits = DEFAULT_UNZIP_LIMITS): UnzipResult {
  const result: UnzipResult = { files: [], skipped: [], rejected: [] };
  const refuse = (error: GatherError): UnzipResult => ({ files: [], skipped: [], rejected: [], error });
  let entries = 0;
  let total = 0;
  let error: GatherError | undefined;
  const open: UnzipFile[] = [];
  const unzip = new Unzip((file) => {
    if (error) return;
    entries += 1;
    if (entries > limits.maxEntries) {
      error = { code: 'zip-too-many-files', params: { max: limits.maxEntries } };
      return;
    }
    const name = cleanPath(file.name);
    if (file.name.endsWith('/') || name === '') return; // a folder
    if (isSystemFile(name)) {
      result.skipped.push({ name, reason: 'system-file' });
      return;
    }
    if (!isJsonName(name)) {
      result.skipped.push({ name, reason: 'not-json' });
      return;
    }
    if (file.originalSize !== undefined && file.originalSize > MAX_FILE_BYTES) {
      result.rejected.push({ name, error: tooLarge() });
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    file.ondata = (failure, chunk, final) => {
      if (done || error) return;
      if (failure) {
        done = true;
        result.rejected.push({ name, error: { code: 'zip-unreadable', params: {} } });
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (total > limits.maxTotalBytes) {
        error = { code: 'zip-too-large', params: { maxMegabytes: megabytes(limits.maxTotalBytes) } };
        file.terminate();
        return;
      }
      if (size > MAX_FILE_BYTES) {
        done = true;
        result.rejected.push({ name, error: tooLarge() });
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        done = true;
        result.files.push({ name, bytes: concat(chunks, size) });
      }
    };
    open.push(file);
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error('not a ZIP');
    for (let offset = 0; offset < bytes.length && !error; offset += ZIP_SLICE_BYTES) {
      const end = Math.min(offset + ZIP_SLICE_BYTES, bytes.length);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
    }
  } catch {
    if (!error) return refuse({ code: 'zip-unreadable', params: {} });
  }
  if (error) return refuse(error);
  // Entries the stream announced but never finished (a cut-off ZIP).
  const finished = new Set([...result.files, ...result.rejected].map((file) => file.name));
  for (const file of open) {
    const name = cleanPath(file.name);
    if (!finished.has(name)) result.rejected.push({ name, error: { code: 'zip-unreadable', params: {} } });
  }
  return result;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const unzipHere: UnzipFn = (bytes, limits) => Promise.resolve(unzipInThread(bytes, limits));

/** A Uint8Array's bytes as an ArrayBuffer of their own (a view's buffer may hold more, or be shared). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    return bytes.buffer;
  }
  return bytes.slice().buffer;
}

/** Reads a Blob's bytes (`Blob.arrayBuffer`, or FileReader where a test's Blob lacks it). */
export function readBlob(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * The candidates among `sources`, in the order given (a ZIP's files in their order inside it, where it stood).
 * `unzip` unpacks a ZIP: by default in this thread; the import passes one that runs in its worker.
 */
export async function gatherFiles(
  sources: readonly GatherSource[],
  options: { unzip?: UnzipFn; signal?: AbortSignal; limits?: UnzipLimits } = {},
): Promise<Gathered> {
  const unzip = options.unzip ?? unzipHere;
  const gathered: Gathered = { candidates: [], skipped: [], rejected: [] };
  let allowance: UnzipLimits = { ...(options.limits ?? DEFAULT_UNZIP_LIMITS) };
  for (const [index, source] of sources.entries()) {
    if (options.signal?.aborted) break;
    // A file's name, size and type are each a call into the browser: 3,321 files took over a second in one task.
    if (index > 0 && index % GATHER_SLICE === 0) await yieldToEventLoop();
    const name = limitName(cleanPath(source.name) || 'file');
    const file = source.file;
    if (isSystemFile(name)) {
      gathered.skipped.push({ name, reason: 'system-file' });
    } else if (isZipName(name) || file.type === 'application/zip' || file.type === 'application/x-zip-compressed') {
      if (file.size > MAX_ZIP_FILE_BYTES) {
        gathered.rejected.push({
          name,
          error: { code: 'zip-too-large', params: { maxMegabytes: megabytes(MAX_ZIP_TOTAL_BYTES) } },
        });
        continue;
      }
      let result: UnzipResult;
      try {
        result = await unzip(new Uint8Array(await readBlob(file)), allowance);
      } catch {
        result = { files: [], skipped: [], rejected: [], error: { code: 'zip-unreadable', params: {} } };
      }
      if (result.error) {
        gathered.rejected.push({ name, error: result.error });
        continue;
      }
      const inside = (inner: string) => limitName(`${name}/${inner}`);
      let used = 0;
      for (const entry of result.files) {
        used += entry.bytes.length;
        const buffer = ownBuffer(entry.bytes);
        gathered.candidates.push({
          name: inside(entry.name),
          size: entry.bytes.length,
          read: () => Promise.resolve(buffer),
        });
      }
      gathered.skipped.push(...result.skipped.map((skipped) => ({ ...skipped, name: inside(skipped.name) })));
      gathered.rejected.push(...result.rejected.map((rejected) => ({ ...rejected, name: inside(rejected.name) })));
      const entries = result.files.length + result.skipped.length + result.rejected.length;
      allowance = {
        maxTotalBytes: Math.max(0, allowance.maxTotalBytes - used),
        maxEntries: Math.max(0, allowance.maxEntries - entries),
      };
    } else if (!isJsonName(name)) {
      gathered.skipped.push({ name, reason: 'not-json' });
    } else if (file.size > MAX_FILE_BYTES) {
      gathered.rejected.push({ name, error: tooLarge() });
    } else {
      gathered.candidates.push({ name, size: file.size, read: () => readBlob(file) });
    }
  }
  return gathered;
}

/**
 * A picker's files (`input.files`): in a folder picked with `webkitdirectory`, named by their path in it. The names
 * are read when gathered, a slice at a time (`gatherFiles`), not here in the picker's event.
 */
export function sourcesFromFiles(files: FileList | readonly File[]): GatherSource[] {
  return Array.from(files, (file) => ({
    get name() {
      return file.webkitRelativePath || file.name;
    },
    file,
  }));
}

/** The parts of the File and Directory Entries API a drop gives (`DataTransferItem.webkitGetAsEntry()`). */
interface DropEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath?: string;
}
interface DropFileEntry extends DropEntry {
  file(success: (file: File) => void, failure?: (error: unknown) => void): void;
}
interface DropDirectoryEntry extends DropEntry {
  createReader(): { readEntries(success: (entries: DropEntry[]) => void, failure?: (error: unknown) => void): void };
}
interface DropItem {
  kind: string;
  getAsFile(): File | null;
  webkitGetAsEntry?: () => DropEntry | null;
}
export interface DropItems {
  readonly length: number;
  [index: number]: DropItem;
}

/**
 * A drop's files and folders (recursively). The entries must be taken while the drop event is being handled (the
 * browser empties the list afterwards), so call this inside the handler; it reads the folders afterwards.
 */
export function sourcesFromDrop(items: DropItems): Promise<GatherSource[]> {
  const roots: ({ entry: DropEntry } | { file: File })[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry) roots.push({ entry });
    else {
      const file = item.getAsFile();
      if (file) roots.push({ file });
    }
  }
  return (async () => {
    const sources: GatherSource[] = [];
    for (const root of roots) {
      if ('file' in root) sources.push({ name: root.file.name, file: root.file });
      else await walkEntry(root.entry, root.entry.name, sources);
    }
    return sources;
  })();
}

async function walkEntry(entry: DropEntry, path: string, sources: GatherSource[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as DropFileEntry).file(resolve, reject));
    sources.push({ name: path, file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as DropDirectoryEntry).createReader();
  // readEntries gives at most about 100 entries per call: call it until it gives none.
  const children: DropEntry[] = [];
  for (;;) {
    const batch = await new Promise<DropEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const child of children) await walkEntry(child, `${path}/${child.name}`, sources);
}
