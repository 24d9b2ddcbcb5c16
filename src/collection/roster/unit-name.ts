/**
 * How two spellings of a unit's name are recognised as the same unit, for the roster (issue 12). People type the
 * same commune as "UBND xã Minh Châu", "Ủy ban nhân dân xã Minh Châu", "UBND Xã Minh Châu, tỉnh Phú Thọ" or, on a Mac,
 * in NFD; a roster written in Excel rarely spells it as the unit did in its own profile.
 *
 * The rule, applied the same way to both sides:
 * 1. `foldText`: NFD, combining marks removed (so NFC/NFD and tone marks do not matter), đ → d, lower case,
 *    punctuation (. , ; : / ( ) - – — quotes) as spaces, whitespace collapsed.
 * 2. `unitNameKey` (the key matching and duplicate checks use): "uy ban nhan dan" is written "ubnd" and
 *    "thanh pho" "tp" wherever they are; a leading "ubnd" is dropped; a trailing province ("tinh phu tho",
 *    "tp ha noi", "tinh", or the bare province name "phu tho") is dropped, since the province is compared on its own.
 *    The kind words ("xa", "phuong", "dac khu", "thi tran", "so") are kept: "xã An Bình" and "phường An Bình" may
 *    both exist in one province.
 * 3. `bareNameKey`: the key without a leading kind word, so "Minh Châu" finds "UBND xã Minh Châu". Matching uses it
 *    only as a last resort and only when exactly one roster entry has it (match-roster.ts).
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { ProvinceId } from '../../assessment/provinces';

const COMBINING_MARKS = /\p{M}/gu;
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const KIND_WORDS = ['xa', 'phuong', 'dac khu', 'thi tran', 'so'];
const LEADING_KIND = new RegExp(`^(?:${KIND_WORDS.join('|')}) `);

/** Case-, mark- and punctuation-insensitive form of a text (step 1 above). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(PUNCTUATION, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The province's name as `foldText` writes it: the ids are the folded names with '-' ("phu-tho" → "phu tho"). */
const foldedProvince = (provinceId: ProvinceId) => provinceId.replaceAll('-', ' ');

function dropTrailingProvince(key: string, provinceId: ProvinceId): string {
  const province = foldedProvince(provinceId);
  const withLevel = new RegExp(`(?:^| )(?:tinh|tp)(?: ${province})?$`);
  if (withLevel.test(key)) return key.replace(withLevel, '');
  // The bare province name, unless it is the name of a commune or ward ("xã Lạng Sơn" stays whole).
  const bare = new RegExp(`(?:^| )${province}$`);
  const before = key.replace(bare, '');
  return bare.test(key) && !KIND_WORDS.some((word) => before === word || before.endsWith(` ${word}`)) ? before : key;
}

/** The key two names of one unit in one province share (step 2 above). */
export function unitNameKey(name: string, provinceId: ProvinceId): string {
  const folded = ` ${foldText(name)} `
    .replaceAll(' uy ban nhan dan ', ' ubnd ')
    .replaceAll(' thanh pho ', ' tp ')
    .trim();
  return dropTrailingProvince(folded.replace(/^ubnd(?: |$)/, ''), provinceId).trim();
}

/** The key without its kind word (step 3 above). */
export function bareNameKey(name: string, provinceId: ProvinceId): string {
  return unitNameKey(name, provinceId).replace(LEADING_KIND, '');
}

/** A unit code as compared: NFC, trimmed, upper case, inner whitespace collapsed ("sxd 01" = "SXD  01"). */
export function normalizeCode(code: string): string {
  return code.normalize('NFC').trim().replace(/\s+/g, ' ').toUpperCase();
}
