import fc from 'fast-check';
import { decodeBase45, encodeBase45 } from './base45';

// Copied into this realm's Uint8Array: under jsdom, TextEncoder returns another realm's, which toEqual tells apart.
const ascii = (text: string) => Uint8Array.from(new TextEncoder().encode(text));
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

describe('RFC 9285 examples', () => {
  test.each([
    ['AB', 'BB8'],
    ['Hello!!', '%69 VD92EX0'],
    ['base-45', 'UJCLQE7W581'],
    ['ietf!', 'QED8WEX0'],
  ])('%j ↔ %j', (plain, encoded) => {
    expect(encodeBase45(ascii(plain))).toBe(encoded);
    expect(decodeBase45(encoded)).toEqual({ ok: true, bytes: ascii(plain) });
  });

  test('the empty string is no bytes', () => {
    expect(encodeBase45(new Uint8Array(0))).toBe('');
    expect(decodeBase45('')).toEqual({ ok: true, bytes: new Uint8Array(0) });
  });

  test('the largest values: 0xFFFF is "FGW", 0xFF is "U5"', () => {
    expect(encodeBase45(Uint8Array.of(0xff, 0xff))).toBe('FGW');
    expect(encodeBase45(Uint8Array.of(0xff))).toBe('U5');
    expect(decodeBase45('FGW')).toEqual({ ok: true, bytes: Uint8Array.of(0xff, 0xff) });
    expect(decodeBase45('U5')).toEqual({ ok: true, bytes: Uint8Array.of(0xff) });
  });
});

describe('round trip', () => {
  test('any bytes: the text is 3 characters per 2 bytes (2 for an odd last byte), all in the alphabet', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 700 }), (bytes) => {
        const text = encodeBase45(bytes);
        expect(text.length).toBe(Math.floor(bytes.length / 2) * 3 + (bytes.length % 2) * 2);
        expect([...text].every((c) => ALPHABET.includes(c))).toBe(true);
        expect(decodeBase45(text)).toEqual({ ok: true, bytes });
      }),
    );
  });

  test('any string decodes without throwing, and a string that decodes is the encoding of its bytes', () => {
    const alphabetText = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(alphabetText, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary' })), (text) => {
        const decoded = decodeBase45(text);
        if (decoded.ok) expect(encodeBase45(decoded.bytes)).toBe(text);
      }),
    );
  });
});

describe('rejects', () => {
  test.each([
    ['lower case (not in RFC 9285)', 'bb8', 0],
    ['a character outside the alphabet', 'BB8?BB', 3],
    ['a line break', 'BB8\n', 3],
    ['a non-ASCII letter', 'BBĐ', 2],
    ['a URL from another QR code', 'https://example.com', 0],
  ])('%s', (_, text, position) => {
    expect(decodeBase45(text)).toEqual({ ok: false, reason: 'invalid-character', position });
  });

  test.each([
    ['one character', 'A', 0],
    ['a triplet and one character', 'BB8A', 3],
  ])('a dangling single character: %s', (_, text, position) => {
    expect(decodeBase45(text)).toEqual({ ok: false, reason: 'dangling-character', position });
  });

  test.each([
    ['a triplet of 65,536 (one past 0xFFFF)', 'GGW', 0],
    ['the largest triplet, 91,124', ':::', 0],
    ['a bad triplet after a good one', 'BB8GGW', 3],
    ['a pair of 256 (one past 0xFF)', 'V5', 0],
    ['the largest pair, 2,024', 'BB8::', 3],
  ])('a value out of range: %s', (_, text, position) => {
    expect(decodeBase45(text)).toEqual({ ok: false, reason: 'value-out-of-range', position });
  });
});
