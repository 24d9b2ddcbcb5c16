/**
 * What the PDF builders need from the screen that asks for a PDF: the translation functions of the language the
 * PDF is written in, and number and date formatting in that language. The words themselves are written by the
 * wording layer (src/wording), which takes this locale, or its `t`, `tc` and `format`.
 *
 * Pure module: no PDF library, no React; i18next only as a type.
 */
import type { TFunction } from 'i18next';
import type { NumberDateFormat, WordingLanguage } from '../wording/types';

export type ReportLanguage = WordingLanguage;

/** `number`, and `date` (`YYYY-MM-DD` as a calendar date), in the report's language. */
export type ReportFormat = NumberDateFormat;

/** The language of one PDF: `t` for the `common` namespace, `tc` for `questionnaire`. */
export interface ReportLocale {
  language: ReportLanguage;
  t: TFunction;
  tc: TFunction;
  format: ReportFormat;
}
