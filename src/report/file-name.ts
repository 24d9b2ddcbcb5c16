/**
 * File names for the PDFs: ASCII only, lower case, words joined by "-" ("Sở Tư pháp – Quý I/2026" becomes
 * "so-tu-phap-quy-i-2026"), so they survive e-mail, zip files and every file system.
 *
 * Pure module.
 */
const MAX_LENGTH = 80;

export function toFileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
}

/** `name` (any text) as a PDF file name; "document.pdf" if nothing of it is left. */
export function toPdfFileName(name: string): string {
  return `${toFileSlug(name) || 'document'}.pdf`;
}
