/**
 * Numbers and dates in the current language (Vietnamese "12,5" and "22/11/2026"; English "12.5", "22 Nov 2026").
 */
import { useTranslation } from 'react-i18next';
import { INTL_LOCALES, isLanguage, DEFAULT_LANGUAGE } from './i18n';

export function useFormat() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const locale = INTL_LOCALES[language];
  return {
    language,
    number: (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value),
    /** `YYYY-MM-DD` as a calendar date, never shifted by the time zone. */
    date: (isoDate: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${isoDate}T00:00:00Z`),
      ),
    dateTime: (isoDateTime: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoDateTime)),
    time: (isoDateTime: string) =>
      new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(isoDateTime)),
  };
}
