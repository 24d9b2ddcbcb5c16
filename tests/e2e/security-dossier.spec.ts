/**
 * The level dossier of a system (issue 14, item 2), in real Chromium: a department lists its procedure system in the
 * inventory (level 3 under the new rules: it handles administrative procedures), opens its dossier, ticks a component
 * done, then, offline, downloads the draft as Word and as PDF in Vietnamese and in English. The Word file is unzipped
 * and its text read; the PDF read with `pdftotext` and its pages rendered with `pdftoppm` (poppler-utils) among the
 * test's artefacts. The Word library's chunk is first requested offline: it must come from the precache. axe on the
 * screen in both languages; no sideways scroll at 360 px.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { text } from './locales';
import { createAssessment, waitForServiceWorkerControl, type Language } from './support/journey';
import { addOwnedCitizenSystem, expectNoAxeViolations } from './support/security-workbench';

const SYSTEM = 'Hệ thống thông tin giải quyết thủ tục hành chính của Sở';
const SLOW = { timeout: 30_000 };
const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const flat = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A new assessment with one system in its inventory; returns to the dossier of that system. */
async function openDossierOfNewSystem(page: Page) {
  await createAssessment(page, 'Sở Nội vụ tỉnh Phú Thọ');
  const assessmentId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await addOwnedCitizenSystem(page, SYSTEM, { handlesProcedures: true });
  await page.goto(`/assessments/${assessmentId}/security-levels`);
  await page
    .getByRole('link', { name: vi('securityWorkbench.overview.links.dossier') })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: vi('securityDossier.title') })).toBeVisible(SLOW);
  return assessmentId;
}

async function download(page: Page, label: string, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download', SLOW),
    page.getByRole('button', { name: label }).click(),
  ]);
  const path = test.info().outputPath(name);
  await file.saveAs(path);
  await expect(page.locator('[data-export-status]')).toHaveAttribute('data-export-status', 'done', SLOW);
  return { path, suggested: file.suggestedFilename() };
}

/** The Word file's text, a line per paragraph, as read from word/document.xml. */
function docxText(path: string): string {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml'] ?? new Uint8Array());
  return xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .join('\n')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The PDF's text, and its pages rendered to PNG among the artefacts. */
function pdfText(path: string, name: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '60', path, test.info().outputPath(`${name}-page`)]);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

async function downloadBoth(page: Page, language: Language) {
  const t = (key: string, values?: Record<string, string | number>) => text(language, key, values);
  const docx = await download(page, t('securityDossier.exports.docx'), `dossier-${language}.docx`);
  expect(docx.suggested).toMatch(/^[a-z0-9-]+\.docx$/);
  await expect(
    page.getByText(t('securityDossier.exports.done', { file: docx.suggested, size: '' }).split('(')[0]!),
  ).toBeVisible();
  const word = docxText(docx.path);
  const pdf = await download(page, t('securityDossier.exports.pdf'), `dossier-${language}.pdf`);
  expect(pdf.suggested).toMatch(/^[a-z0-9-]+\.pdf$/);
  const printed = flat(pdfText(pdf.path, `dossier-${language}`));
  for (const [what, body] of [
    ['docx', flat(word)],
    ['pdf', printed],
  ] as const) {
    expect(body, what).toContain(SYSTEM);
    expect(body, what).toContain(flat(t('report.pdf.nationalTitle')));
    expect(body, what).toContain(flat(t('report.pdf.motto')));
    expect(body, what).toContain(flat(t('securityDossier.draft.justification.proposedLevel', { level: 3 })));
    expect(body, what).toContain(flat(t('securityLaw.criteria.b3-handles-procedures')));
    expect(body, what).toContain(
      flat(t('securityDossier.draft.placeholder', { what: t('securityDossier.draft.what.scope') })),
    );
  }
  return { word, printed };
}

test('a dossier checklist saved, then its Word and PDF drafts made offline in both languages', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await openDossierOfNewSystem(page);

  await expect(page.getByText(vi('securityDossier.level', { level: 3 }))).toBeVisible();
  const progress = page.locator('[data-dossier-progress]');
  const total = Number((await progress.getAttribute('data-dossier-progress'))?.split('/')[1]);
  expect(total).toBeGreaterThan(4);
  const overview = page.getByRole('region', {
    name: new RegExp(`^${text('vi', 'securityLaw.dossierComponents.overview.name')}`),
  });
  await overview
    .getByLabel(vi('securityDossier.checklist.status'))
    .selectOption({ label: vi('securityDossier.checklist.statuses.done') });
  await overview.getByLabel(vi('securityDossier.checklist.documentNumber')).fill('15/TM-SNV');
  await expect(progress).toHaveAttribute('data-dossier-progress', `1/${total}`);
  await expect(page.locator('[data-dossier-save]')).toHaveAttribute('data-dossier-save', 'saved', SLOW);
  await expectNoAxeViolations(page, 'the dossier (vi)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('dossier-vi.png') });
  await page.locator('.dossier-exports').screenshot({ path: test.info().outputPath('dossier-vi-exports.png') });

  // Offline from here: the draft, the Word library and the PDF engine come from the precache.
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  const wordChunk: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/create-dossier-docx-[\w-]+\.js$/.test(request.url())) wordChunk.push(request.url());
  });
  await context.setOffline(true);
  await page.reload();
  await expect(progress).toHaveAttribute('data-dossier-progress', `1/${total}`, SLOW);
  // The Word library is loaded only when a Word draft is asked for.
  expect(wordChunk).toEqual([]);
  const viDrafts = await downloadBoth(page, 'vi');
  expect(wordChunk).toHaveLength(1);
  // Vietnamese with its diacritics, as text.
  expect(viDrafts.printed).toContain('THUYẾT MINH ĐỀ XUẤT CẤP ĐỘ');
  expect(viDrafts.printed).toContain('Phương án bảo đảm an ninh mạng');
  expect(viDrafts.word).toContain('[Cần bổ sung:');

  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'securityDossier.title') })).toBeVisible(SLOW);
  const enDrafts = await downloadBoth(page, 'en');
  expect(enDrafts.printed).toContain('JUSTIFICATION OF THE PROPOSED SECURITY LEVEL');
  await expectNoAxeViolations(page, 'the dossier (en)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('dossier-en.png') });
  await page.locator('.dossier-exports').screenshot({ path: test.info().outputPath('dossier-en-exports.png') });
  expect(failed, 'requests that failed while offline').toEqual([]);
  expect(readdirSync(test.info().outputPath()).filter((file) => file.endsWith('.png')).length).toBeGreaterThan(2);
});

test('@phone the dossier fits a 360 px screen without sideways scrolling', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await openDossierOfNewSystem(page);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('dossier-360.png') });
  await page
    .getByRole('region', { name: new RegExp(`^${text('vi', 'securityLaw.dossierComponents.overview.name')}`) })
    .screenshot({ path: test.info().outputPath('dossier-360-item.png') });
});
