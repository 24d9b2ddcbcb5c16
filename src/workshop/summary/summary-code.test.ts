import fc from 'fast-check';
import { correction, generate, mode } from 'lean-qr';
import { encodeBase45 } from '../transfer/base45';
import { FRAME_PREFIX } from '../transfer/transfer-text';
import { decodeSummary, encodeSummary, SUMMARY_PREFIX } from './summary-code';
import { anySummary, LONGEST_SUMMARY, REALISTIC_SUMMARY } from './summary-fixtures.test-support';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** The QR version lean-qr picks at level M, as the sending screen draws it. */
const versionAtM = (text: string) => {
  const code = generate(mode.alphaNumeric(text), { minCorrectionLevel: correction.M });
  return { version: (code.size - 17) / 4, modules: code.size };
};

test('a realistic summary fits one QR code of version 10 at level M, and reads back equal', () => {
  const text = encodeSummary(REALISTIC_SUMMARY);
  expect(text.startsWith(SUMMARY_PREFIX)).toBe(true);
  expect(text.endsWith('.')).toBe(true);
  expect([...text].every((char) => ALPHABET.includes(char))).toBe(true);
  const { version, modules } = versionAtM(text);
  console.log(
    `summary code: ${new TextEncoder().encode(JSON.stringify(REALISTIC_SUMMARY)).length} bytes as an object, ` +
      `${text.length} characters, version ${version} (${modules}×${modules}) at M`,
  );
  expect(version).toBeLessThanOrEqual(10);
  expect(decodeSummary(text)).toEqual({ ok: true, summary: REALISTIC_SUMMARY });
});

test('the longest summary the schema allows still fits version 15 at level M', () => {
  const text = encodeSummary(LONGEST_SUMMARY);
  const { version, modules } = versionAtM(text);
  console.log(`longest summary code: ${text.length} characters, version ${version} (${modules}×${modules}) at M`);
  expect(version).toBeLessThanOrEqual(15);
  expect(decodeSummary(text)).toEqual({ ok: true, summary: LONGEST_SUMMARY });
});

test('every summary the schema accepts reads back equal, and the same summary gives the same code', () => {
  fc.assert(
    fc.property(anySummary, (summary) => {
      const text = encodeSummary(summary);
      expect(encodeSummary(structuredClone(summary))).toBe(text);
      expect(decodeSummary(text)).toEqual({ ok: true, summary });
    }),
    { numRuns: 300 },
  );
});

test('any one character changed is refused, or reads back as the very same summary: never as another', () => {
  fc.assert(
    fc.property(anySummary, fc.nat(), fc.constantFrom(...ALPHABET), (summary, at, replacement) => {
      const text = encodeSummary(summary);
      const position = at % text.length;
      const changed = text.slice(0, position) + replacement + text.slice(position + 1);
      const decoded = decodeSummary(changed);
      if (decoded.ok) expect(decoded.summary).toEqual(summary);
    }),
    { numRuns: 2000 },
  );
});

test('each kind of bad text has its own reason', () => {
  const text = encodeSummary(REALISTIC_SUMMARY);
  const body = text.slice(SUMMARY_PREFIX.length, -1);
  expect(decodeSummary('https://example.org/')).toEqual({ ok: false, error: 'not-a-summary' });
  expect(decodeSummary(`${FRAME_PREFIX}${body}.`)).toEqual({ ok: false, error: 'not-a-summary' });
  expect(decodeSummary(`EGS2:${body}.`)).toEqual({ ok: false, error: 'unsupported-version' });
  expect(decodeSummary(`${SUMMARY_PREFIX}${body}`)).toEqual({ ok: false, error: 'not-base45' });
  expect(decodeSummary(`${SUMMARY_PREFIX}${body.toLowerCase()}.`)).toEqual({ ok: false, error: 'not-base45' });
  expect(decodeSummary(`${SUMMARY_PREFIX}${encodeBase45(new Uint8Array(5))}.`)).toEqual({
    ok: false,
    error: 'too-short',
  });
  expect(decodeSummary(`${SUMMARY_PREFIX}${encodeBase45(new Uint8Array([0, 0, 0, 0, 0xff, 0xff]))}.`)).toEqual({
    ok: false,
    error: 'inflate-failed',
  });
});

test('a checksum that does not match, and intact codes that are not summaries, are told apart', async () => {
  const { deflateSync } = await import('fflate');
  const { crc32 } = await import('../transfer/crc32');
  const code = (json: string, crc?: number) => {
    const bytes = new TextEncoder().encode(json);
    const compressed = deflateSync(bytes);
    const all = new Uint8Array(4 + compressed.length);
    new DataView(all.buffer).setUint32(0, crc ?? crc32(bytes));
    all.set(compressed, 4);
    return `${SUMMARY_PREFIX}${encodeBase45(all)}.`;
  };
  expect(decodeSummary(code('[1,2,3]', 12345))).toEqual({ ok: false, error: 'checksum' });
  expect(decodeSummary(code('[1,2,3]'))).toEqual({ ok: false, error: 'invalid-summary' });
  expect(decodeSummary(code('not json'))).toEqual({ ok: false, error: 'invalid-summary' });
  const valid = decodeSummary(encodeSummary(REALISTIC_SUMMARY));
  expect(valid.ok).toBe(true);
  // The right shape with a score out of range.
  const wire = JSON.stringify([
    REALISTIC_SUMMARY.assessmentId,
    REALISTIC_SUMMARY.unitName,
    'provincial-department',
    'phu-tho',
    null,
    null,
    2026,
    'year',
    '2.0.0',
    140,
    'C',
    [1, 2, 3, 4, 5, 6],
    1,
    2,
    0,
    Date.parse(REALISTIC_SUMMARY.madeAt),
  ]);
  expect(decodeSummary(code(wire))).toEqual({ ok: false, error: 'invalid-summary' });
  expect(decodeSummary(code(wire.replace('140', '14')))).toMatchObject({ ok: true });
});
