/**
 * Names suggested for exported files: ASCII only (some e-mail and file-sharing systems still mangle "Sở" in a file
 * name), lower-case, with the date of the export, e.g. `egov-readiness-so-tu-phap-2026-h1-2026-11-22.json` or
 * `egov-readiness-backup-2026-11-22.json`.
 *
 * Pure module: no React, no storage, no i18next.
 */

const MAX_SLUG_LENGTH = 60;

/** "Sở Tư pháp tỉnh Phú Thọ" → "so-tu-phap-tinh-phu-tho". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
}

export type ExportFileKind = 'assessment' | 'backup' | 'answers' | 'plan';

/**
 * @param subject for one assessment: the unit name and period (e.g. "Sở Tư pháp 2026 h1"); ignored for a backup
 * @param date the local date of the export, YYYY-MM-DD (as the user's calendar says, not UTC)
 * @param isSample the sample assessment (issue 13): `sample` right after the prefix, so that a file of the fictional
 * commune is told apart from a real unit's in a folder or a chat before anyone opens it
 */
export function suggestFileName(
  kind: ExportFileKind,
  date: string,
  subject = '',
  { isSample = false }: { isSample?: boolean } = {},
): string {
  const extension = kind === 'answers' || kind === 'plan' ? 'csv' : 'json';
  const parts = ['egov-readiness'];
  if (kind === 'backup') parts.push('backup');
  else {
    if (isSample) parts.push('sample');
    const slug = slugify(subject);
    if (slug) parts.push(slug);
    if (kind !== 'assessment') parts.push(kind);
  }
  parts.push(date);
  return `${parts.join('-')}.${extension}`;
}
