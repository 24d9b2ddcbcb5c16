/**
 * For the report's unit tests: a `ReportLocale` read straight from locales/{vi,en}/*.json, with i18next's
 * `{{name}}` interpolation (wording/test-locale.test-support.ts), so the builders can be tested without i18next
 * (which src/report may not import).
 */
import type { TFunction } from 'i18next';
import { createFormat } from '../wording/format';
import { testTranslations } from '../wording/test-locale.test-support';
import type { ReportLanguage, ReportLocale } from './report-locale';

export function fakeLocale(language: ReportLanguage): ReportLocale {
  const { t, tc } = testTranslations(language);
  return {
    language,
    t: t as unknown as TFunction,
    tc: tc as unknown as TFunction,
    // The formatter the screens pass to the PDF builders.
    format: createFormat(language),
  };
}

/** Every string of a document definition (texts, in order), to search what the PDF will say. */
export function collectText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectText);
  if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    const own = 'text' in node ? collectText(node.text) : [];
    return [
      ...own,
      ...Object.entries(node)
        .filter(([key]) => key !== 'text' && key !== 'style')
        .flatMap(([, child]) => collectText(child)),
    ];
  }
  return [];
}
