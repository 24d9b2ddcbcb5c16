/**
 * What text in an assessment file may hold, and how text is normalised on the way in and out.
 *
 * - Every string is Unicode NFC: "ệ" typed on a Mac (NFD, e + two combining marks) and on Windows (NFC, one code
 *   point) become the same characters, so files compare byte for byte and searches find both.
 * - Markup is data: `<script>` in a note is kept verbatim and shown as text (React escapes it); nothing is stripped.
 * - Control characters other than tab, line feed and carriage return (U+0000-U+001F, U+007F-U+009F) and unpaired
 *   surrogates are not text a person types. An imported file holding one is refused (`bad-characters`); on export,
 *   one that somehow reached the device is written as U+FFFD so that the export can always be read back.
 *
 * Pure module: no React, no storage, no i18next.
 */

/** Written in place of a character the format does not carry. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

function isRefusedControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The index of the first character the format refuses, or -1. */
export function findBadCharacter(text: string): number {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isRefusedControl(code)) return index;
    if (isHighSurrogate(code)) {
      if (!isLowSurrogate(text.charCodeAt(index + 1))) return index;
      index += 1; // the pair is one character
    } else if (isLowSurrogate(code)) {
      return index;
    }
  }
  return -1;
}

/** NFC, with every refused character replaced by U+FFFD (idempotent). */
export function cleanText(text: string): string {
  if (findBadCharacter(text) === -1) return text.normalize('NFC');
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
      result += text.slice(index, index + 2);
      index += 1;
    } else if (isRefusedControl(code) || isHighSurrogate(code) || isLowSurrogate(code)) {
      result += REPLACEMENT_CHARACTER;
    } else {
      result += text[index];
    }
  }
  return result.normalize('NFC');
}

/** A copy of a JSON-like value (plain objects, arrays, primitives) with `change` applied to every string value. */
export function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, change)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // defineProperty, not assignment: a key "__proto__" must stay an own property, never reach the prototype.
      Object.defineProperty(copy, key, {
        value: mapStrings(item, change),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy as T;
  }
  return value;
}
