import fc from 'fast-check';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32 } from './crc32';

const ascii = (text: string) => new TextEncoder().encode(text);

test('known vectors (as zlib.crc32)', () => {
  expect(crc32(new Uint8Array(0))).toBe(0);
  expect(crc32(ascii('a'))).toBe(0xe8b7be43);
  expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
  expect(crc32(ascii('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  expect(crc32(new Uint8Array(32))).toBe(0x190a55ad);
  expect(crc32(new Uint8Array(32).fill(0xff))).toBe(0xff6cab0b);
});

test('the result is unsigned and changes with any one flipped bit', () => {
  const bytes = ascii('e-Gov Readiness');
  const reference = crc32(bytes);
  expect(reference).toBeGreaterThanOrEqual(0);
  for (let bit = 0; bit < bytes.length * 8; bit++) {
    const flipped = bytes.slice();
    flipped[bit >> 3]! ^= 1 << (bit & 7);
    expect(crc32(flipped)).not.toBe(reference);
  }
});

test('equals Node’s zlib.crc32 on random bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    }),
  );
});
