/**
 * What every wording function is given instead of i18next and React: translation functions and a formatter. A
 * screen passes the `t` of `useTranslation()` and `useFormat()`; a PDF builder the `t`, `tc` and `format` of its
 * report locale; a Node script its own translator over the locale files.
 */

/** A translation function: `t(key, values)` with i18next's `{{name}}` interpolation. i18next's `t` is one. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

export type WordingLanguage = 'vi' | 'en';

/** Numbers and dates in one language, as `createFormat(language)` (format.ts) writes them. */
export interface NumberDateFormat {
  number: (value: number) => string;
  /** `YYYY-MM-DD` as a calendar date. */
  date: (isoDate: string) => string;
  /** An ISO instant as date and time on the device's clock (or the time zone the format was made for). */
  dateTime: (isoDateTime: string) => string;
}
