/**
 * Base45 (RFC 9285): 2 bytes as 3 characters, all from the QR alphanumeric set, so a binary frame can travel as a
 * QR code in alphanumeric mode and come back as the same plain ASCII text from any reader (decision 0016).
 *
 * Bytes [a, b] become n = 256·a + b = c + 45·d + 45²·e, written c d e; a last odd byte a is a = c + 45·d, written
 * c d. Decoding never throws: camera text can be anything (another app's QR code, a misread), so a bad string is a
 * value, `{ ok: false, reason, position }`, and the caller rejects the frame before its CRC is ever looked at.
 */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** Character code (0..127) → value 0..44, or −1 outside the alphabet (lower case included: RFC 9285 has none). */
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export type Base45Failure =
  /** A character outside the 45 of the alphabet. */
  | 'invalid-character'
  /** The length is 1 more than a multiple of 3: a single character cannot carry a byte. */
  | 'dangling-character'
  /** A triplet above 65,535 or a final pair above 255: no bytes encode to it. */
  | 'value-out-of-range';

export type Base45Decoded =
  | { ok: true; bytes: Uint8Array }
  /** `position`: index in the string of the bad character, or of the first character of the bad group. */
  | { ok: false; reason: Base45Failure; position: number };

export function encodeBase45(bytes: Uint8Array): string {
  let text = '';
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    const n = bytes[i]! * 256 + bytes[i + 1]!;
    text += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45) % 45]! + ALPHABET[Math.floor(n / 2025)]!;
  }
  if (i < bytes.length) {
    const n = bytes[i]!;
    text += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45)]!;
  }
  return text;
}

export function decodeBase45(text: string): Base45Decoded {
  // Characters first, so a foreign QR code ("https://…") is reported as such rather than by its length.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || VALUES[code]! < 0) return { ok: false, reason: 'invalid-character', position: i };
  }
  if (text.length % 3 === 1) return { ok: false, reason: 'dangling-character', position: text.length - 1 };

  const bytes = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  const value = (i: number) => VALUES[text.charCodeAt(i)]!;
  let out = 0;
  let i = 0;
  for (; i + 2 < text.length; i += 3) {
    const n = value(i) + value(i + 1) * 45 + value(i + 2) * 2025;
    if (n > 0xffff) return { ok: false, reason: 'value-out-of-range', position: i };
    bytes[out++] = n >> 8;
    bytes[out++] = n & 0xff;
  }
  if (i < text.length) {
    const n = value(i) + value(i + 1) * 45;
    if (n > 0xff) return { ok: false, reason: 'value-out-of-range', position: i };
    bytes[out] = n;
  }
  return { ok: true, bytes };
}
