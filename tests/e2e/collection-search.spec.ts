/**
 * The collection's search as a person types into it (issue 12): a unit's name typed key by key with pauses, once
 * with a Telex tool (which backspaces and retypes each syllable with its marks) and once without diacritics. The
 * field keeps every letter, and the table narrows to that unit as the name is completed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { runnerImport } from 'vite';
import type { CollectionOptions, GeneratedFile } from '../fixtures/collection/generate-collection';
import { text } from './locales';
import { describeLog, typeLikeAPerson, typeTelex } from './support/human-input';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const COUNT = 8;

let folder: string;
let paths: string[];
let generated: GeneratedFile[];

test.beforeAll(async () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const { module } = await runnerImport<{ generateCollection: (options: CollectionOptions) => GeneratedFile[] }>(
    path.join(root, 'tests/fixtures/collection/generate-collection.ts'),
    { root, configFile: false, logLevel: 'error' },
  );
  generated = module.generateCollection({ count: COUNT, seed: 63 });
  folder = mkdtempSync(path.join(tmpdir(), 'collection-search-'));
  paths = generated.map((file) => {
    const full = path.join(folder, file.name);
    writeFileSync(full, file.text);
    return full;
  });
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function openImported(page: Page) {
  await page.goto('/collection');
  await page.getByLabel(vi('collectionImport.chooseFiles')).setInputFiles(paths);
  await expect(page.getByRole('table', { name: vi('collection.table.caption', { count: COUNT }) })).toBeVisible({
    timeout: 60_000,
  });
}

const unitNames = (page: Page) => page.locator('.collection-table tbody tr th a').allTextContents();

test('a unit’s name typed with Telex, then without diacritics: every letter kept, the table narrowed to it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openImported(page);
  const name = generated[0]!.meta.unitName.normalize('NFC');
  // The distinctive end of the name ("… xã Hòa Bình"), as a person would search for it.
  const wanted = name.split(' ').slice(-2).join(' ');
  const search = page.getByRole('searchbox', { name: vi('collection.filters.search') });

  await search.click();
  const telex = await typeTelex(page, wanted, { seed: 7 });
  await expect(search, describeLog(telex)).toHaveValue(wanted);
  await expect.poll(() => unitNames(page)).toContain(name);
  for (const shown of await unitNames(page)) expect(shown.toLowerCase()).toContain(wanted.toLowerCase());

  await search.fill('');
  await expect.poll(async () => (await unitNames(page)).length).toBe(COUNT);
  const plain = wanted.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  await search.click();
  const typed = await typeLikeAPerson(page, plain, { seed: 8 });
  await expect(search, describeLog(typed)).toHaveValue(plain);
  await expect.poll(() => unitNames(page)).toContain(name);
});
