/**
 * The roster's error messages are locale keys (`roster.errors.*`) that tests/unit/locale-keys.test.ts does not scan
 * for; this checks them, and that both languages have the same roster texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import en from '../../../locales/en/screen-collection.json';
import vi from '../../../locales/vi/screen-collection.json';
import { ROSTER_COLUMNS } from './roster-labels';

const keysOf = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

const usedKeys = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && !file.includes('.test'))
  .flatMap((file) => [
    ...readFileSync(path.join(import.meta.dirname, file), 'utf8').matchAll(/'roster\.errors\.(\w+)'/g),
  ])
  .map((match) => `errors.${match[1]}`);

test('every roster error key used in the code exists in both languages', () => {
  expect(usedKeys.length).toBeGreaterThan(15);
  for (const keys of [keysOf(vi.roster), keysOf(en.roster)]) {
    expect(usedKeys.filter((key) => !keys.includes(key))).toEqual([]);
  }
});

test('both languages have the same roster keys, a header for every column and no unused error', () => {
  expect(keysOf(en.roster)).toEqual(keysOf(vi.roster));
  expect(Object.keys(vi.roster.columns)).toEqual([...ROSTER_COLUMNS]);
  expect(Object.keys(vi.roster.errors).filter((key) => !usedKeys.includes(`errors.${key}`))).toEqual([]);
});
