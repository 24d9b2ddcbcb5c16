/** Numbers and dates moved to the wording layer (src/wording/format.ts, decision 0014); kept for existing imports. */
export { createFormat, type Format, type FormatLanguage, type FormatOptions } from '../wording/format';
