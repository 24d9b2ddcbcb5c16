/**
 * The word a person types to confirm deleting everything on a device (issue 13): "XÓA" in Vietnamese, "DELETE" in
 * English. Either is accepted whatever the screen's language (a trainer may say the other one), in any case, with
 * or without its diacritics, in either Unicode normal form, and with spaces around it: what matters is that the
 * person meant it, not how their keyboard or input method wrote it.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { foldText } from '../collection/compare/fold-text';

/** The words as the screens show them; the check compares them folded. */
export const DELETE_WORDS = { vi: 'XÓA', en: 'DELETE' } as const;

const FOLDED_WORDS = new Set(Object.values(DELETE_WORDS).map(foldText));

export function isDeleteConfirmation(typed: string): boolean {
  return FOLDED_WORDS.has(foldText(typed));
}
