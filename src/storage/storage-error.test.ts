import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { StorageError, toStorageError } from './storage-error';

test('a full disk reported by the browser is a quota failure', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  const error = toStorageError(quota);

  expect(error).toBeInstanceOf(StorageError);
  expect(error.failure).toBe('quota');
  expect(error.cause).toBe(quota);
});

test('a full disk wrapped by Dexie is a quota failure', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  expect(toStorageError({ name: 'AbortError', message: 'Transaction aborted', inner: quota }).failure).toBe('quota');
  // The wrapper Dexie really builds when a transaction is aborted by the browser.
  expect(toStorageError(new Dexie.AbortError('Transaction aborted', quota)).failure).toBe('quota');
});

test('IndexedDB missing or failing to open is reported as unavailable', () => {
  expect(toStorageError(new Dexie.MissingAPIError('IndexedDB API missing')).failure).toBe('unavailable');
  expect(toStorageError(new Dexie.OpenFailedError('Could not open database')).failure).toBe('unavailable');
  expect(toStorageError({ name: 'MissingAPIError' }).failure).toBe('unavailable');
  expect(toStorageError({ name: 'OpenFailedError' }).failure).toBe('unavailable');
  expect(toStorageError(new Dexie.DatabaseClosedError()).failure).toBe('unavailable');
  expect(toStorageError(new DOMException('The database connection is closing.', 'InvalidStateError')).failure).toBe(
    'unavailable',
  );
});

test('IndexedDB failing to open because of an inner cause is still unavailable', () => {
  const blocked = new DOMException(
    'A mutation operation was attempted on a database that did not allow it',
    'InvalidStateError',
  );

  expect(toStorageError(new Dexie.OpenFailedError(blocked)).failure).toBe('unavailable');
});

test('anything else is an unknown failure that keeps the original error', () => {
  const constraint = new DOMException('Key already exists', 'ConstraintError');
  const plain = new Error('boom');

  expect(toStorageError(constraint).failure).toBe('unknown');
  expect(toStorageError(constraint).cause).toBe(constraint);
  expect(toStorageError(plain).failure).toBe('unknown');
  expect(toStorageError(plain).cause).toBe(plain);
  expect(toStorageError('just a string').failure).toBe('unknown');
  expect(toStorageError(undefined).failure).toBe('unknown');
  expect(toStorageError(null).failure).toBe('unknown');
});

test('an existing StorageError is passed through unchanged', () => {
  const invalid = new StorageError('invalid', new Error('Assessment not found'));

  expect(toStorageError(invalid)).toBe(invalid);
  expect(toStorageError(new StorageError('quota')).failure).toBe('quota');
});

test('a StorageError says what failed in its name and message', () => {
  const error = new StorageError('unavailable');

  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('StorageError');
  expect(error.message).toContain('unavailable');
});
