/**
 * Why a write failed, in terms a screen can explain to the user: the disk (quota) is full, IndexedDB is not
 * available (some private modes), the data did not pass validation, or something else.
 */
export type StorageFailure = 'quota' | 'unavailable' | 'invalid' | 'unknown';

export class StorageError extends Error {
  readonly failure: StorageFailure;

  constructor(failure: StorageFailure, cause?: unknown) {
    super(`Storage ${failure}`, { cause });
    this.name = 'StorageError';
    this.failure = failure;
  }
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
  if (
    names.some((name) =>
      ['MissingAPIError', 'InvalidStateError', 'DatabaseClosedError', 'OpenFailedError'].includes(name),
    )
  ) {
    return new StorageError('unavailable', error);
  }
  return new StorageError('unknown', error);
}
