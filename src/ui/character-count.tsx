import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';

/** How long typing must pause before the count is read out. */
export const ANNOUNCE_AFTER_MS = 1000;

/** The id of the sentence the field is described by ("You can enter up to 2,000 characters."). */
export const characterLimitId = (fieldId: string) => `${fieldId}-limit`;

/**
 * The length of what the field `fieldId` holds, kept up to date as the user types. It reads the field's value on
 * each `input` event (and on each render, for values the form sets itself, such as defaults or a reset) and never
 * writes it: the field stays uncontrolled, and neither it nor the form re-renders while the user types, so typing
 * and IME composition are left alone. JS string length: the rule zod's `.max()` applies.
 */
function useFieldLength(fieldId: string): number {
  const subscribe = useCallback((onChange: () => void) => {
    // On the document, captured: the field may be rendered after this subscribes, or replaced.
    document.addEventListener('input', onChange, true);
    return () => document.removeEventListener('input', onChange, true);
  }, []);
  const read = useCallback(() => {
    const field = document.getElementById(fieldId);
    return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field.value.length : 0;
  }, [fieldId]);
  return useSyncExternalStore(subscribe, read);
}

/**
 * GOV.UK character count, under a field: "1,950 characters left", or "12 characters too many" in the error colour,
 * numbers in the current language.
 *
 * Screen readers: the field is described by the limit (a hidden sentence, `characterLimitId`, which the field must
 * name in its aria-describedby); the visible count is hidden from them, and a separate hidden polite live region
 * repeats it only once typing has paused for `ANNOUNCE_AFTER_MS`, so that it is read once, not after every key.
 */
export function CharacterCount({ fieldId, limit }: { fieldId: string; limit: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const length = useFieldLength(fieldId);
  const left = limit - length;
  const message =
    left >= 0
      ? t('characterCount.left', { count: left, number: format.number(left) })
      : t('characterCount.tooMany', { count: -left, number: format.number(-left) });
  const [announced, setAnnounced] = useState({ length, message: '' });
  useEffect(() => {
    // Nothing to say until the text changes: not on opening the page, nor on a language switch alone.
    if (length === announced.length) return;
    const timer = setTimeout(() => setAnnounced({ length, message }), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [length, message, announced.length]);
  return (
    <>
      <div id={characterLimitId(fieldId)} className="visually-hidden">
        {t('characterCount.limit', { number: format.number(limit) })}
      </div>
      <div
        className={`character-count__message${left < 0 ? ' character-count__message--error' : ''}`}
        aria-hidden="true"
        data-characters-left={left}
      >
        {message}
      </div>
      <div className="visually-hidden" aria-live="polite" data-character-count-announcement="">
        {announced.message}
      </div>
    </>
  );
}
