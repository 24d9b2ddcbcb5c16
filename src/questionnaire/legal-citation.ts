/** Legal citations moved to the wording layer (src/wording/legal-citation.ts, decision 0014); kept for existing imports. */
export {
  citeDocument,
  citeReference,
  describeDocumentStatus,
  describeProvision,
  describeReference,
  formatCitationDate,
  withProvision,
  type CitationLocale,
  type Translate,
} from '../wording/legal-citation';
