/**
 * Why a write failed, in terms a screen can explain to the user: the disk (quota) is full, IndexedDB is not
 * available (some private modes), the database on the device is newer than this copy of the app (`outdated`), a
 * newer copy of the app open in another tab has upgraded it (`replaced`), the data did not pass validation, or
 * something else; or the device already holds as many assessments as one backup file can (`limit`).
 */
export type StorageFailure =
  'quota' | 'unavailable' | 'outdated' | 'replaced' | 'deleted' | 'invalid' | 'limit' | 'unknown';

export class StorageError extends Error {
  readonly failure: StorageFailure;

  constructor(failure: StorageFailure, cause?: unknown) {
    super(`Storage ${failure}`, { cause });
    this.name = 'StorageError';
    this.failure = failure;
  }
}

let replacedBy: 'upgrade' | 'deletion' | undefined;

/**
 * Set when another tab closed this tab's connection: a newer version of the app upgraded the database, or someone
 * deleted all data on the device (storage/device-data.ts).
 */
export function markDatabaseReplaced(by: 'upgrade' | 'deletion' = 'upgrade') {
  replacedBy = by;
  if (by === 'deletion') for (const listener of deletionListeners) listener();
}

const deletionListeners = new Set<() => void>();

/**
 * Calls `listener` when all data on the device is deleted from another tab (storage/device-data.ts); the app shell
 * reloads then, so that what the last person had on screen goes too. Returns the unsubscribe function.
 */
export function onDeviceDataDeletedElsewhere(listener: () => void): () => void {
  deletionListeners.add(listener);
  return () => deletionListeners.delete(listener);
}

export function isReplaced(): boolean {
  return replacedBy !== undefined;
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return '';
}

/** Dexie wraps the DOMException; both names are checked because the wrapping differs between browsers. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const inner = error && typeof error === 'object' && 'inner' in error ? error.inner : undefined;
  // A failed bulk write (Dexie's BulkError) lists the per-record errors instead of an `inner` one.
  const failures =
    error && typeof error === 'object' && 'failures' in error && Array.isArray(error.failures) ? error.failures : [];
  const names = [errorName(error), errorName(inner), ...failures.map(errorName)];
  if (names.includes('QuotaExceededError')) return new StorageError('quota', error);
  // Opening a database whose version is higher than this code knows: never write old-format data into it.
  if (names.includes('VersionError')) return new StorageError('outdated', error);
  if (names.includes('DatabaseClosedError') && replacedBy !== undefined) {
    return new StorageError(replacedBy === 'deletion' ? 'deleted' : 'replaced', error);
  }
  if (
    names.some((name) =>
      ['MissingAPIError', 'InvalidStateError', 'DatabaseClosedError', 'OpenFailedError'].includes(name),
    )
  ) {
    return new StorageError('unavailable', error);
  }
  return new StorageError('unknown', error);
}

/** Runs `work`, turning whatever it throws into a `StorageError` the screens can explain. */
export async function withStorageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}
