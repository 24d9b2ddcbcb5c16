/**
 * The scoring methodology for the report's appendix, read from docs/methodology.md itself so that the PDF can
 * never drift from the published method (a test checks its worked example against the code). The file holds both
 * languages, each under its own "## Tiếng Việt" / "## English" heading; this module keeps the one asked for and
 * parses the little Markdown it uses: headings, paragraphs, bullet lists, tables, **bold** and `code`.
 *
 * Pure module: no PDF library, no React.
 */
import methodologyMarkdown from '../../docs/methodology.md?raw';

export interface Inline {
  text: string;
  bold?: boolean;
  code?: boolean;
}

export type MethodologyBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] };

const LANGUAGE_HEADINGS = { vi: 'Tiếng Việt', en: 'English' } as const;

/** `**bold**` and `code` spans of one line of Markdown. */
export function parseInlines(text: string): Inline[] {
  const inlines: Inline[] = [];
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) inlines.push({ text: text.slice(last, match.index) });
    if (match[1] !== undefined) inlines.push({ text: match[1], bold: true });
    else inlines.push({ text: match[2] ?? '', code: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) inlines.push({ text: text.slice(last) });
  return inlines;
}

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => parseInlines(cell.trim()));

const isTableRule = (line: string) => /^\|?\s*:?-{3,}/.test(line.trim());

/** The part of the document under `## <heading>`, up to the next level-2 heading or horizontal rule. */
function extractPart(markdown: string, heading: string): string[] {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^## /.test(line) || line.trim() === '---');
  return end < 0 ? rest : rest.slice(0, end);
}

export function parseMethodology(markdown: string, language: keyof typeof LANGUAGE_HEADINGS): MethodologyBlock[] {
  const lines = extractPart(markdown, LANGUAGE_HEADINGS[language]);
  const blocks: MethodologyBlock[] = [];
  let paragraph: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
    paragraph = [];
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const trimmed = line.trim();
    if (trimmed === '') {
      flushParagraph();
    } else if (/^#{3,6} /.test(trimmed)) {
      flushParagraph();
      blocks.push({ kind: 'heading', text: trimmed.replace(/^#+ /, '') });
    } else if (trimmed.startsWith('|')) {
      flushParagraph();
      const tableLines: string[] = [];
      while (index < lines.length && (lines[index] ?? '').trim().startsWith('|')) {
        tableLines.push(lines[index] ?? '');
        index += 1;
      }
      index -= 1;
      const [header = '', ...body] = tableLines;
      blocks.push({
        kind: 'table',
        header: cellsOf(header),
        rows: body.filter((row) => !isTableRule(row)).map(cellsOf),
      });
    } else if (/^[-*] /.test(trimmed)) {
      flushParagraph();
      const items: string[] = [];
      // A bullet, and the indented lines that continue it, until a blank line or something else.
      while (index < lines.length) {
        const current = lines[index] ?? '';
        if (/^\s*[-*] /.test(current)) items.push(current.trim().replace(/^[-*] /, ''));
        else if (/^\s+\S/.test(current) && items.length) items[items.length - 1] += ` ${current.trim()}`;
        else break;
        index += 1;
      }
      index -= 1;
      blocks.push({ kind: 'list', items: items.map(parseInlines) });
    } else {
      paragraph.push(trimmed);
    }
  }
  flushParagraph();
  return blocks;
}

export function methodologyFor(language: keyof typeof LANGUAGE_HEADINGS): MethodologyBlock[] {
  return parseMethodology(methodologyMarkdown, language);
}
