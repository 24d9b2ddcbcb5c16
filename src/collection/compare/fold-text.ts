/**
 * Text folded for matching, so that what people type finds what units wrote: case, Vietnamese diacritics and the
 * NFC / NFD difference are ignored ("thai nguyen" finds "Thái Nguyên", typed in either normal form), and runs of
 * white space count as one space.
 *
 * Pure module: no React, no storage, no i18next.
 */

/** Combining marks left after canonical decomposition: the tone and vowel marks of Vietnamese. */
const COMBINING_MARKS = /\p{M}/gu;
/**
 * đ / Đ are letters of their own, not d plus a mark, so NFD leaves them whole. Ð (U+00D0, the Icelandic eth) looks
 * the same and is what some keyboards and OCR give for Đ, so it folds to d as well.
 */
const D_LETTERS = /[đĐÐ]/g;
const WHITE_SPACE = /\s+/g;

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_LETTERS, 'd')
    .toLowerCase()
    .replace(WHITE_SPACE, ' ')
    .trim();
}
