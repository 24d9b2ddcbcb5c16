/**
 * The consolidated PDF report of a collection and the memo on units not reporting (issue 12), read back as a reader
 * would: generated assessment files imported into /collection, a roster with two units that sent nothing, both PDFs
 * made in Vietnamese and in English under an official header, then `pdftotext -layout` must give back the headings,
 * the units' names with their diacritics (NFC), the ranking in the order of the screen's table sorted by score, a
 * common gap's legal basis, the missing units and the memo's request. Page 1 of each is rendered to PNG among the
 * test's artefacts (`pdftoppm`), to look at. Also: the form at 360 px with the keyboard alone (axe clean), and both
 * PDFs made offline from the service worker's precache.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { runnerImport } from 'vite';
import type { CollectionOptions, GeneratedFile } from '../fixtures/collection/generate-collection';
import { text } from './locales';
import { waitForServiceWorkerControl } from './support/journey';

type Language = 'vi' | 'en';
const COUNT = 12;
const tr = (language: Language, key: string, values?: Record<string, string | number>) => text(language, key, values);
/**
 * Whitespace as one space, none after "-" or "/": pdftotext breaks lines where the PDF does, and the PDF breaks
 * "SELF-ASSESSMENT" and "224/2026/NĐ-CP" there. Applied to what is expected too.
 */
const flat = (value: string) =>
  value
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/([-/]) /g, '$1')
    .trim();

/** The generator, compiled by Vite (as collection-import.spec.ts loads it). */
async function loadGenerator(): Promise<(options: CollectionOptions) => GeneratedFile[]> {
  const root = path.resolve(import.meta.dirname, '../..');
  const { module } = await runnerImport<{ generateCollection: (options: CollectionOptions) => GeneratedFile[] }>(
    path.join(root, 'tests/fixtures/collection/generate-collection.ts'),
    { root, configFile: false, logLevel: 'error' },
  );
  return module.generateCollection;
}

/** Two units on the roster that sent nothing, with every diacritic kind. */
const MISSING = [
  { name: 'Ủy ban nhân dân xã Đồng Hỷ', type: 'commune-committee', province: 'thai-nguyen', commune: 'Xã Đồng Hỷ' },
  { name: 'Sở Xây dựng tỉnh Quảng Ngãi', type: 'provincial-department', province: 'quang-ngai', commune: '' },
] as const;

let folder: string;
let files: string[];
let rosterFile: string;
let received: GeneratedFile[];

test.beforeAll(async () => {
  received = (await loadGenerator())({ count: COUNT, seed: 41, incompleteShare: 0.25, oldShare: 0.25 });
  folder = mkdtempSync(path.join(tmpdir(), 'collection-report-'));
  files = received.map((file) => {
    const full = path.join(folder, file.name);
    writeFileSync(full, file.text);
    return full;
  });
  const header = ['name', 'unitType', 'province', 'commune', 'code'].map((column) =>
    tr('vi', `roster.columns.${column}`),
  );
  const first = received[0]!.meta;
  const lines = [
    header,
    [
      first.unitName.normalize('NFC'),
      tr('vi', `unitTypes.${first.unitType}.name`),
      tr('vi', `provinces.${first.provinceId}`),
      '',
      '',
    ],
    ...MISSING.map((unit, index) => [
      unit.name,
      tr('vi', `unitTypes.${unit.type}.name`),
      tr('vi', `provinces.${unit.province}`),
      unit.commune,
      `M-${index + 1}`,
    ]),
  ];
  rosterFile = path.join(folder, 'danh-sach-don-vi.csv');
  writeFileSync(rosterFile, `\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`);
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Saves the download among the test's artefacts, renders its first page to PNG there, and returns its text. */
async function readPdf(download: Download, name: string) {
  const file = test.info().outputPath(`${name}.pdf`);
  await download.saveAs(file);
  const png = test.info().outputPath(`${name}-page-1`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, png]);
  await test.info().attach(`${name}-page-1.png`, { path: `${png}.png`, contentType: 'image/png' });
  const raw = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // In the order the PDF draws its text (cell after cell): a name wrapped in its table cell reads whole.
  const drawn = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { raw, text: flat(raw), drawn: flat(drawn) };
}

async function importCollection(page: Page) {
  await page.goto('/collection');
  await page.getByLabel(tr('vi', 'collectionImport.chooseFiles')).setInputFiles(files);
  await expect(page.getByRole('heading', { name: tr('vi', 'collectionImport.summaryTitle') })).toBeVisible({
    timeout: 90_000,
  });
  await page.getByRole('tab', { name: tr('vi', 'collection.tabs.status') }).click();
  await page.getByLabel(tr('vi', 'collection.roster.load')).setInputFiles(rosterFile);
  await expect(
    page.getByRole('status').filter({ hasText: tr('vi', 'collection.roster.loaded', { count: 3 }) }),
  ).toBeVisible({
    timeout: 30_000,
  });
}

/** The screen's comparison table sorted by score, highest first: each unit's name and score. */
async function screenRanking(page: Page, language: Language) {
  await page.getByRole('tab', { name: tr(language, 'collection.tabs.table') }).click();
  const table = page.getByRole('table', {
    name: new RegExp(tr(language, 'collection.table.caption', { count: COUNT })),
  });
  const scoreHeader = table.getByRole('columnheader', { name: new RegExp(tr(language, 'collection.table.score')) });
  await scoreHeader.getByRole('button').click();
  await expect(scoreHeader).toHaveAttribute('aria-sort', 'descending');
  const names = (await table.locator('tbody tr th a').allTextContents()).map((name) => name.normalize('NFC'));
  const scores = (await table.locator('tbody tr td:nth-child(6)').allTextContents()).map((cell) =>
    Number.parseFloat(cell.replace(',', '.')),
  );
  return names.map((name, index) => ({ name, score: scores[index] ?? Number.NaN }));
}

async function makePdf(page: Page, language: Language, key: 'consolidated' | 'memo', name: string) {
  const region = page.getByRole('region', { name: tr(language, 'collectionReport.heading') });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    region.getByRole('button', { name: tr(language, `collectionReport.${key}`) }).click(),
  ]);
  await expect(region.getByRole('status')).toContainText(download.suggestedFilename(), { timeout: 30_000 });
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.pdf$/);
  return readPdf(download, name);
}

for (const language of ['vi', 'en'] as const) {
  test(`the consolidated report and the memo in ${language === 'vi' ? 'Vietnamese' : 'English'}`, async ({ page }) => {
    test.setTimeout(240_000);
    const t = (key: string, values?: Record<string, string | number>) => tr(language, key, values);
    await importCollection(page);
    if (language === 'en') {
      await page.getByRole('button', { name: /English/ }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    const ranking = await screenRanking(page, language);
    expect(ranking).toHaveLength(COUNT);

    const region = page.getByRole('region', { name: t('collectionReport.heading') });
    await region.getByLabel(t('report.officialHeader.include')).check();
    await region.getByLabel(t('report.officialHeader.parentAgency'), { exact: true }).fill('UBND tỉnh Phú Thọ');
    await region.getByLabel(t('report.officialHeader.agency'), { exact: true }).fill('Sở Khoa học và Công nghệ');
    await region.getByLabel(t('report.officialHeader.documentNumber'), { exact: true }).fill('45/BC-SKHCN');
    await region.getByLabel(t('report.officialHeader.place'), { exact: true }).fill('Phú Thọ');

    const report = await makePdf(page, language, 'consolidated', `collection-report-${language}`);
    expect(report.raw, 'text extracted as composed (NFC) letters').toBe(report.raw.normalize('NFC'));
    for (const heading of ['scope', 'summary', 'ranking', 'heatMap', 'gaps', 'missing', 'appendix']) {
      expect(report.text).toContain(flat(t(`collectionReport.pdf.${heading}.heading`)));
    }
    expect(report.text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(report.text).toContain('45/BC-SKHCN');
    expect(report.text).toContain(flat(t('report.pdf.nationalTitle')));
    // Some files were answered on content 1.1.0: the note says so.
    expect(report.text).toContain(flat(t('collectionReport.pdf.scope.versionsDiffer', { current: '2.0.0' })));
    for (const unit of MISSING) expect(report.drawn).toContain(unit.name);

    // The ranking section lists the units in the order of the screen's table sorted by score.
    const start = report.drawn.indexOf(flat(t('collectionReport.pdf.ranking.heading')));
    const end = report.drawn.indexOf(flat(t('collectionReport.pdf.heatMap.heading')));
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const section = report.drawn.slice(start, end);
    const positions = ranking.map(({ name, score }) => ({ name, score, at: section.indexOf(name) }));
    for (const unit of positions) expect(unit.at, `${unit.name} in the ranking`).toBeGreaterThan(-1);
    for (const a of positions) {
      for (const b of positions) {
        if (a.score > b.score) expect(a.at, `${a.name} (${a.score}) before ${b.name} (${b.score})`).toBeLessThan(b.at);
      }
    }
    // The most common gaps name a legal document by its number («Nghị định 42/2022/NĐ-CP» …, «Decree …»).
    const gaps = report.drawn.slice(report.drawn.indexOf(flat(t('collectionReport.pdf.gaps.heading'))));
    expect(gaps).toContain(flat(t('collectionReport.pdf.gaps.citedDocuments')));
    expect(gaps).toMatch(new RegExp(`${t('report.pdf.legalKinds.decree')} \\d+/\\d{4}/NĐ-CP`));

    const memo = await makePdf(page, language, 'memo', `collection-memo-${language}`);
    expect(memo.text).toContain(flat(t('collectionReport.memoPdf.title')));
    expect(memo.text).toContain(flat(t('collectionReport.memoPdf.request', { agency: 'Sở Khoa học và Công nghệ' })));
    for (const unit of MISSING) {
      expect(memo.drawn).toContain(unit.name);
      expect(memo.drawn).toContain(flat(t(`provinces.${unit.province}`)));
      expect(memo.drawn).toContain(flat(t(`unitTypes.${unit.type}.name`)));
    }
    expect(memo.drawn).not.toContain(received[0]!.meta.unitName.normalize('NFC'));
  });
}

test('at 360 px the form fits, works with the keyboard alone and is axe clean', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await importCollection(page);
  const region = page.getByRole('region', { name: tr('vi', 'collectionReport.heading') });
  const tick = region.getByLabel(tr('vi', 'report.officialHeader.include'));
  await tick.focus();
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  // The header's fields follow the tick that shows them (the tick for assessors' names is the exports', above).
  await page.keyboard.press('Tab');
  await expect(region.getByLabel(tr('vi', 'report.officialHeader.parentAgency'), { exact: true })).toBeFocused();
  for (const field of ['agency', 'documentNumber', 'place']) {
    await page.keyboard.press('Tab');
    await expect(region.getByLabel(tr('vi', `report.officialHeader.${field}`), { exact: true })).toBeFocused();
  }
  await page.keyboard.type('Phú Thọ');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const results = await new AxeBuilder({ page })
    .include('.collection-report')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('collection-report-360.png'), fullPage: false });
  // Enter in a field makes the consolidated report.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-tong-hop-tu-danh-gia-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(region.getByRole('status')).toContainText(download.suggestedFilename());
});

test('offline, both PDFs are made from the service worker’s precache', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await importCollection(page);
  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker() && !response.url().startsWith('blob:')) fromNetwork.push(response.url());
  });
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const report = await makePdf(page, 'vi', 'consolidated', 'offline-report');
  expect(report.text).toContain(flat(tr('vi', 'collectionReport.pdf.ranking.heading')));
  const memo = await makePdf(page, 'vi', 'memo', 'offline-memo');
  expect(memo.drawn).toContain(MISSING[0].name);
  expect(fromNetwork).toEqual([]);
  await context.setOffline(false);
});
