/**
 * The digest of a received assessment's entry (issue 12): SHA-256, hex, of the entry's canonical serialisation
 * (`exchange/serialize.ts#serializeEntry`: keys in the schemas' order, answers and plan items sorted by question id,
 * every string NFC and cleaned). Equal digests mean the same assessment, answers and plan items, whatever the key
 * order, the order of the records or the Unicode form (NFC or NFD) of the file they were read from; the file's
 * `exportedAt`, name and the other assessments of a backup are not part of it.
 *
 * Pure module (crypto.subtle: browsers, workers, Node 20): no React, no storage, no i18next.
 */
import type { FileEntry } from '../exchange/file-format';
import { serializeEntry } from '../exchange/serialize';

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let hex = '';
  for (const byte of view) hex += HEX[byte];
  return hex;
}

/** SHA-256 hex of a text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * SHA-256 hex (64 characters) of the entry's canonical form. Throws a ZodError when the entry is not valid (callers
 * pass entries the reader checked).
 */
export function digestEntry(entry: FileEntry): Promise<string> {
  return sha256Hex(serializeEntry(entry));
}
