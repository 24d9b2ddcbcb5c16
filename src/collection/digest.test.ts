import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { sampleEntry } from '../exchange/sample-file.test-support';
import { serializeEntry } from '../exchange/serialize';
import type { FileEntry } from '../exchange/file-format';
import { digestEntry, sha256Hex, toHex } from './digest';

/** Every object with its keys in reverse order (a file another tool wrote). */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, inner]) => [key, reverseKeys(inner)]),
    ) as T;
  }
  return value;
}

function mapTexts<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((inner: unknown) => mapTexts(inner, change)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mapTexts(inner, change)])) as T;
  }
  return value;
}

test('the digest is the SHA-256 hex of the canonical entry', async () => {
  const entry = sampleEntry();
  const expected = createHash('sha256').update(serializeEntry(entry), 'utf8').digest('hex');
  expect(await digestEntry(entry)).toBe(expected);
  expect(expected).toMatch(/^[0-9a-f]{64}$/);
  expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  expect(toHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
});

test('the same answers give the same digest whatever the key order, record order or Unicode form', async () => {
  const entry = sampleEntry();
  const digest = await digestEntry(entry);
  const shuffled: FileEntry = {
    ...reverseKeys(entry),
    answers: [...entry.answers].reverse(),
    planItems: [...entry.planItems].reverse(),
  };
  expect(await digestEntry(shuffled)).toBe(digest);
  const decomposed = mapTexts(entry, (text) => text.normalize('NFD'));
  expect(JSON.stringify(decomposed)).not.toBe(JSON.stringify(entry));
  expect(await digestEntry(decomposed)).toBe(digest);
});

test('any change to the assessment, an answer or a plan item changes the digest', async () => {
  const entry = sampleEntry();
  const digest = await digestEntry(entry);
  const [first, ...rest] = entry.answers;
  if (!first) throw new Error('The sample has no answer');
  const changes: FileEntry[] = [
    { ...entry, assessment: { ...entry.assessment, title: 'Khác' } },
    { ...entry, answers: [{ ...first, updatedAt: '2026-06-03T09:45:12.346Z' }, ...rest] },
    { ...entry, answers: rest },
    { ...entry, planItems: [] },
  ];
  expect(entry.planItems.length).toBeGreaterThan(0);
  const digests = await Promise.all(changes.map(digestEntry));
  expect(new Set([digest, ...digests]).size).toBe(changes.length + 1);
});
