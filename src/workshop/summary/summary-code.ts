/**
 * A summary (summary-schema.ts) as the text of one static QR code, and back (issue 13, "when time is short").
 *
 * The text is `EGS1:` + base45(CRC-32 of the JSON, 4 bytes big-endian, + deflate of the JSON) + `.`:
 *
 * - the JSON is an array in a fixed order (`toWire` below), not an object: the names would cost a third of the
 *   code, and the version in the prefix already says what each place holds. The time it was made is a number
 *   (milliseconds since 1970, UTC), 13 characters instead of 26. `JSON.stringify` of the same summary is always
 *   the same text, so the same summary always gives the same code.
 * - `EGS` tells a summary from the transfer frames (`EGR:`) and from any other QR code in the room; the digit is the
 *   format's version, so a later format is refused as such (`unsupported-version`) rather than as damage;
 * - base45 (RFC 9285) keeps the code in the QR alphanumeric set, which every reader returns unchanged (decision
 *   0016); the final `.` keeps a reader that trims white space from cutting a last space.
 * - the CRC-32 covers the JSON itself, after inflating, so a misread that still inflates is caught too.
 *
 * Decoding never throws: each failure has its own reason, and the schema is the last check.
 *
 * ## Measured (summary-code.test.ts prints these; Node 20.20.2, 2026-12-02)
 *
 * A provincial department with a 36-character id (a UUID), a 37-character Vietnamese name and every section scored:
 * 216 bytes of JSON (438 as an object with names), 194 after deflate and CRC, 297 characters: QR version 10 at
 * level M (57×57 modules, 65 with the quiet zone). The longest summary the schema allows (a 64-character id,
 * 200-character unit and commune names of varied Vietnamese words, a 50-character code): 581 characters, version 15
 * at level M (77×77).
 *
 * Pure module: no React, no storage, no i18next.
 */
import { deflateSync, inflateSync } from 'fflate';
import { decodeBase45, encodeBase45 } from '../transfer/base45';
import { crc32 } from '../transfer/crc32';
import { assessmentSummarySchema, type AssessmentSummary } from './summary-schema';
import { SECTION_IDS } from '../../questionnaire/content-schema';

export const SUMMARY_FORMAT_VERSION = 1;
export const SUMMARY_PREFIX = `EGS${SUMMARY_FORMAT_VERSION}:`;
export const SUMMARY_SUFFIX = '.';
const CRC_BYTES = 4;

export type SummaryDecodeError =
  /** Not this app's summary code (another QR code, or a transfer frame). */
  | 'not-a-summary'
  /** A summary code of another format version: made by a newer (or older) app. */
  | 'unsupported-version'
  /** Characters that base45 cannot hold, or a wrong length: a misread. */
  | 'not-base45'
  /** Too short to hold a checksum and a compressed summary. */
  | 'too-short'
  /** The compressed part does not inflate. */
  | 'inflate-failed'
  /** It inflates, but not to what the checksum was made of. */
  | 'checksum'
  /** Intact, but not a summary this app can keep (wrong shape or values). */
  | 'invalid-summary';

export type SummaryDecoded = { ok: true; summary: AssessmentSummary } | { ok: false; error: SummaryDecodeError };

/** Whether a QR code's text is meant as a summary of some version (so that it is not taken for a foreign code). */
export function looksLikeSummaryCode(text: string): boolean {
  return /^EGS\d+:/.test(text);
}

/** The summary as its positional array (the order is the format: change it only with a new version). */
function toWire(summary: AssessmentSummary): unknown[] {
  return [
    summary.assessmentId,
    summary.unitName,
    summary.unitType,
    summary.provinceId,
    summary.communeName ?? null,
    summary.unitCode ?? null,
    summary.periodYear,
    summary.periodPart,
    summary.contentVersion,
    summary.overall,
    summary.grade,
    SECTION_IDS.map((id) => summary.sections[id]),
    summary.answered,
    summary.applicable,
    summary.sample ? 1 : 0,
    Date.parse(summary.madeAt),
  ];
}

const WIRE_LENGTH = 16;

function fromWire(wire: unknown): unknown {
  if (!Array.isArray(wire) || wire.length !== WIRE_LENGTH) return undefined;
  const [id, unitName, unitType, provinceId, commune, code, year, part, version, overall, grade, sections, ...rest] =
    wire as unknown[];
  const [answered, applicable, sample, madeAt] = rest;
  if (!Array.isArray(sections) || sections.length !== SECTION_IDS.length) return undefined;
  if (sample !== 0 && sample !== 1) return undefined;
  if (typeof madeAt !== 'number' || !Number.isSafeInteger(madeAt)) return undefined;
  const madeDate = new Date(madeAt);
  if (Number.isNaN(madeDate.getTime())) return undefined;
  return {
    assessmentId: id,
    unitName,
    unitType,
    provinceId,
    ...(commune === null ? {} : { communeName: commune }),
    ...(code === null ? {} : { unitCode: code }),
    periodYear: year,
    periodPart: part,
    contentVersion: version,
    overall,
    grade,
    sections: Object.fromEntries(SECTION_IDS.map((sectionId, index) => [sectionId, sections[index]])),
    answered,
    applicable,
    ...(sample === 1 ? { sample: true } : {}),
    madeAt: madeDate.toISOString(),
  };
}

/** The QR text of a summary (valid by its type; pass it through the schema first when it comes from elsewhere). */
export function encodeSummary(summary: AssessmentSummary): string {
  const json = new TextEncoder().encode(JSON.stringify(toWire(summary)));
  const compressed = deflateSync(json, { level: 9 });
  const bytes = new Uint8Array(CRC_BYTES + compressed.length);
  new DataView(bytes.buffer).setUint32(0, crc32(json));
  bytes.set(compressed, CRC_BYTES);
  return `${SUMMARY_PREFIX}${encodeBase45(bytes)}${SUMMARY_SUFFIX}`;
}

function inflated(compressed: Uint8Array): Uint8Array | undefined {
  try {
    return inflateSync(compressed);
  } catch {
    return undefined;
  }
}

export function decodeSummary(text: string): SummaryDecoded {
  const fail = (error: SummaryDecodeError): SummaryDecoded => ({ ok: false, error });
  if (!looksLikeSummaryCode(text)) return fail('not-a-summary');
  if (!text.startsWith(SUMMARY_PREFIX)) return fail('unsupported-version');
  if (!text.endsWith(SUMMARY_SUFFIX)) return fail('not-base45');
  const decoded = decodeBase45(text.slice(SUMMARY_PREFIX.length, -SUMMARY_SUFFIX.length));
  if (!decoded.ok) return fail('not-base45');
  const { bytes } = decoded;
  // The shortest deflate stream is 2 bytes.
  if (bytes.length < CRC_BYTES + 2) return fail('too-short');
  const json = inflated(bytes.subarray(CRC_BYTES));
  if (!json) return fail('inflate-failed');
  const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  if (crc32(json) !== expected) return fail('checksum');
  let wire: unknown;
  try {
    wire = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return fail('invalid-summary');
  }
  const parsed = assessmentSummarySchema.safeParse(fromWire(wire));
  return parsed.success ? { ok: true, summary: parsed.data } : fail('invalid-summary');
}
