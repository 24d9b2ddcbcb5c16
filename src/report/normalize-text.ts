/**
 * Every string that goes into a PDF passes through here: Unicode NFC (a Vietnamese letter typed or pasted as a
 * base letter plus combining marks becomes the one precomposed character the font draws and a PDF reader extracts),
 * and the few characters the embedded font has no glyph for are replaced by ones it has.
 *
 * Pure module: no PDF library, no React.
 */

/** Characters missing from Be Vietnam Pro, with what to print instead. */
const FALLBACKS: Readonly<Record<string, string>> = {
  '\u2192': '->', // →
  '\u2610': '[ ]', // ☐
  '\u2611': '[x]', // ☑
  '\u2116': 'No.', // №
  '\u00a0': ' ', // no-break space: the font has it, but pdfmake would not break lines there either way
};
const FALLBACK_PATTERN = new RegExp(`[${Object.keys(FALLBACKS).join('')}]`, 'g');

export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(FALLBACK_PATTERN, (char) => FALLBACKS[char] ?? char);
}

/**
 * A copy of a pdfmake document definition (or any part of it) with every string normalised. Functions (a footer
 * that depends on the page number, a table layout) are wrapped so that what they return is normalised too.
 */
export function normalizeDeep<T>(value: T): T {
  return normalizeValue(value) as T;
}

function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) return value.map(normalizeValue);
  if (typeof value === 'function') {
    const original = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => normalizeValue(original(...args));
  }
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, normalizeValue(entry)]));
  }
  return value;
}

/** Plain data only: a Date, an ArrayBuffer or a class instance is passed through untouched. */
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
