/**
 * The check behind "saved" for a Word file: the bytes handed to the download are opened again as a zip, and its
 * main part (word/document.xml) must be there and hold the texts expected (the system's name). Also what the unit
 * test reads the document's text with.
 */
import { strFromU8, unzipSync } from 'fflate';

/** The text of word/document.xml, a line per paragraph, with XML entities decoded; undefined when the file is no .docx. */
export function docxText(bytes: Uint8Array): string | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
  } catch {
    return undefined;
  }
  const documentXml = files['word/document.xml'];
  if (!documentXml) return undefined;
  const xml = strFromU8(documentXml);
  // One line per paragraph: the runs of a paragraph joined as Word shows them.
  const paragraphs = xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '').join(''),
    );
  return decodeEntities(paragraphs.filter(Boolean).join('\n'));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** Whether the Word file's bytes open and hold every one of `expected`. */
export function readBackDocx(bytes: Uint8Array, expected: readonly string[]): boolean {
  const text = docxText(bytes);
  return text !== undefined && expected.every((part) => text.includes(part.normalize('NFC')));
}
