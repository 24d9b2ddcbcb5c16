/**
 * Which questionnaire this code holds. Bump `CONTENT_VERSION` whenever a question, option or weight changes (patch:
 * wording in locales only; minor: questions added; major: ids removed or meanings changed), and `LEGAL_AS_OF`
 * whenever the legal references are checked again. Apart from the content itself (`questionnaire.ts`), so that what
 * only stamps or compares versions, such as creating an assessment, does not load every question.
 */
export const CONTENT_ID = 'vn-egov-readiness';
export const CONTENT_VERSION = '2.0.0';
export const LEGAL_AS_OF = '2026-12-01';
