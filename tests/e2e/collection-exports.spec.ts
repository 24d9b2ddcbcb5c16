/**
 * The collection's data exports in the browser (issue 12), offline: generated files imported into /collection, then
 * the tidy CSV and the workbook downloaded and read back as another program would (the workbook unzipped with
 * fflate and its sheets' XML read): the sheets the department expects, one tidy row per unit × question in both, the
 * units' names with their diacritics, numbers as numbers, and with one tick no assessor's name anywhere.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { runnerImport } from 'vite';
import type { CollectionOptions, GeneratedFile } from '../fixtures/collection/generate-collection';
import { text } from './locales';
import { waitForServiceWorkerControl } from './support/journey';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const COUNT = 8;

async function loadGenerator(): Promise<(options: CollectionOptions) => GeneratedFile[]> {
  const root = path.resolve(import.meta.dirname, '../..');
  const { module } = await runnerImport<{ generateCollection: (options: CollectionOptions) => GeneratedFile[] }>(
    path.join(root, 'tests/fixtures/collection/generate-collection.ts'),
    { root, configFile: false, logLevel: 'error' },
  );
  return module.generateCollection;
}

let folder: string;
let paths: string[];
let generated: GeneratedFile[];

test.beforeAll(async () => {
  generated = (await loadGenerator())({ count: COUNT, seed: 52, oldShare: 0.25 });
  folder = mkdtempSync(path.join(tmpdir(), 'collection-exports-'));
  paths = generated.map((file) => {
    const full = path.join(folder, file.name);
    writeFileSync(full, file.text);
    return full;
  });
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function importOffline(page: Page) {
  await page.goto('/collection');
  await waitForServiceWorkerControl(page);
  await page.context().setOffline(true);
  await page.reload();
  await page.getByLabel(vi('collectionImport.chooseFiles')).setInputFiles(paths);
  const summary = page.getByRole('region', { name: vi('collectionImport.summaryTitle') });
  await expect(summary).toContainText(vi('collectionImport.added_other', { count: COUNT }), { timeout: 60_000 });
  await expect(page.getByRole('table', { name: vi('collection.table.caption', { count: COUNT }) })).toBeVisible({
    timeout: 60_000,
  });
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  await expect(page.getByText(/^Đã lưu tệp /)).toBeVisible({ timeout: 60_000 });
  return readFileSync(await file.path());
}

/** A worksheet's rows as the cells' texts: shared strings looked up, numbers as they are written. */
function readSheet(files: Record<string, Uint8Array>, sheet: number): string[][] {
  const shared = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map(
    (match) => unescapeXml(match[1]!),
  );
  const xml = strFromU8(files[`xl/worksheets/sheet${sheet}.xml`]!);
  return [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1]!.matchAll(/<c([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((cell) => {
      const value = /<v>([\s\S]*?)<\/v>/.exec(cell[2] ?? '')?.[1] ?? '';
      return cell[1]!.includes('t="s"') ? shared[Number(value)]! : value;
    }),
  );
}

const unescapeXml = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The assessor's name as the file writes it (any format version), in NFC. */
const assessorOf = (file: GeneratedFile): string =>
  JSON.parse(`"${/"assessorName":\s*"((?:[^"\\]|\\.)*)"/.exec(file.text)![1]!}"`) as string;

test('offline, the tidy CSV and the workbook read back: the sheets, one row per unit × question, names intact', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await importOffline(page);

  const csv = (await download(page, vi('collectionExports.tidyCsv'))).toString('utf8');
  expect(csv.startsWith('\uFEFFunit_name,unit_type,province_id,')).toBe(true);
  const csvLines = csv.slice(1).trimEnd().split('\r\n');
  // Every unit's rows, each unit's name written as it is (NFC), with its assessor.
  for (const file of generated) {
    expect(csv).toContain(file.meta.unitName.normalize('NFC'));
    expect(csv).toContain(assessorOf(file).normalize('NFC'));
  }

  const workbook = unzipSync(new Uint8Array(await download(page, vi('collectionExports.workbook'))));
  const sheetNames = [...strFromU8(workbook['xl/workbook.xml']!).matchAll(/<sheet name="([^"]+)"/g)].map(
    (match) => match[1],
  );
  expect(sheetNames.slice(0, 3)).toEqual([
    vi('collectionExports.sheets.comparison'),
    vi('collectionExports.sheets.answers'),
    vi('collectionExports.sheets.gaps'),
  ]);
  const comparison = readSheet(workbook, 1);
  expect(comparison).toHaveLength(1 + COUNT);
  expect(
    comparison
      .slice(1)
      .map((row) => row[0])
      .sort(),
  ).toEqual(generated.map((file) => file.meta.unitName.normalize('NFC')).sort());
  const answers = readSheet(workbook, 2);
  // The same rows as the CSV: one per unit × question, after one header.
  expect(answers).toHaveLength(csvLines.length);
  expect(answers[0]).toEqual(csvLines[0]!.split(','));
  const pointsColumn = answers[0]!.indexOf('points');
  const points = answers
    .slice(1)
    .map((row) => row[pointsColumn])
    .filter((value) => value !== '');
  expect(points.length).toBeGreaterThan(COUNT);
  expect(points.every((value) => Number.isFinite(Number(value)))).toBe(true);

  // One tick: no assessor's name in either file.
  await page.getByLabel(vi('collectionExports.withoutAssessorNames')).check();
  const withoutNames = (await download(page, vi('collectionExports.tidyCsv'))).toString('utf8');
  expect(withoutNames.split('\r\n')[0]).not.toContain('assessor_name');
  const withoutNamesWorkbook = unzipSync(new Uint8Array(await download(page, vi('collectionExports.workbook'))));
  const sharedStrings = strFromU8(withoutNamesWorkbook['xl/sharedStrings.xml']!);
  for (const file of generated) {
    expect(withoutNames).not.toContain(assessorOf(file).normalize('NFC'));
    expect(sharedStrings).not.toContain(assessorOf(file).normalize('NFC'));
  }
});
