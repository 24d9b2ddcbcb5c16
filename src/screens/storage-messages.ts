import { toStorageError } from '../storage/storage-error';

/** The locale key that explains a failed write; the screen keeps what the user typed either way. */
export function describeStorageError(error: unknown): string {
  return `storage.errors.${toStorageError(error).failure}`;
}
