/**
 * Numbers and dates in the current language (Vietnamese "87,5", English "87.5"; "01/12/2026" and "14:05" in both),
 * by the same formatter as the PDF (`createFormat`).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormat, type Format } from '../wording/format';
import { DEFAULT_LANGUAGE, isLanguage } from './i18n';

export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  return useMemo(() => createFormat(language), [language]);
}
