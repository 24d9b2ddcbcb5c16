/**
 * CRC-32 as zlib, PNG and gzip compute it (IEEE 802.3 polynomial, reflected: 0xEDB88320, initial value and final
 * XOR 0xFFFFFFFF), one table look-up per byte. The fountain code uses it twice: on every frame, so a frame the camera
 * misread is dropped, and on the whole message, whose CRC is the message id carried by every frame.
 *
 * Pure module: no DOM, no React, no storage.
 */

const TABLE = buildTable();

function buildTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let value = byte;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    table[byte] = value;
  }
  return table;
}

/** CRC-32 of `bytes` (an unsigned 32-bit number). `crc32(new TextEncoder().encode('123456789')) === 0xcbf43926`. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    // `bytes[i]` is always defined inside the bounds; `?? 0` only satisfies noUncheckedIndexedAccess.
    crc = (TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
