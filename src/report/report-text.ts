/**
 * What the PDF builders need from the screen that asks for a PDF: the translation functions of the language the
 * PDF is written in, number and date formatting in that language, and a few texts composed from content data.
 *
 * Pure module: no PDF library, no React; i18next only as a type.
 */
import type { TFunction } from 'i18next';
import { legalDocumentKeys } from '../questionnaire/content-keys';
import type { LegalDocument, LegalReference } from '../questionnaire/content-schema';

export type ReportLanguage = 'vi' | 'en';

export interface ReportFormat {
  number: (value: number) => string;
  /** `YYYY-MM-DD` as a calendar date in the report's language. */
  date: (isoDate: string) => string;
}

/** The language of one PDF: `t` for the `common` namespace, `tc` for `questionnaire`. */
export interface ReportLocale {
  language: ReportLanguage;
  t: TFunction;
  tc: TFunction;
  format: ReportFormat;
}

const PROVISION_ORDER = {
  // Vietnamese cites from the smallest unit up ("điểm a khoản 2 Điều 11"); English from the article down.
  vi: ['point', 'clause', 'article', 'item', 'annex'],
  en: ['article', 'clause', 'point', 'item', 'annex'],
} as const;

/** One legal reference in words, as the screens write it (see screens/legal-basis.tsx). */
export function describeLegalReference(
  locale: ReportLocale,
  reference: LegalReference,
  documents: readonly LegalDocument[],
): string {
  const { t, tc, language } = locale;
  const provision = PROVISION_ORDER[language]
    .map((part) => (reference[part] ? t(`legal.provision.${part}`, { ref: reference[part] }) : undefined))
    .filter(Boolean)
    .join(' ');
  const name = tc(legalDocumentKeys(reference.documentId).name);
  const cited = provision ? (language === 'en' ? `${name}, ${provision}` : `${provision} ${name}`) : name;
  const document = documents.find((candidate) => candidate.id === reference.documentId);
  return document && document.status !== 'in-force' ? `${cited} (${t(`legal.status.${document.status}`)})` : cited;
}

export function describeLegalBasis(
  locale: ReportLocale,
  references: readonly LegalReference[],
  documents: readonly LegalDocument[],
): string {
  return references.map((reference) => describeLegalReference(locale, reference, documents)).join('; ');
}

/** The marker a short citation carries when its document is not simply in force; explained under the table. */
export const LEGAL_STATUS_MARKERS = { 'in-transition': '*', unconfirmed: '**' } as const;

/**
 * One legal reference in a table cell: the provision, the kind of document and its number ("Điều 21 Luật
 * 86/2015/QH13"), and a marker for a document in transition or to be checked (see `LEGAL_STATUS_MARKERS`).
 */
export function describeLegalReferenceShort(
  locale: ReportLocale,
  reference: LegalReference,
  documents: readonly LegalDocument[],
): string {
  const { t, tc, language } = locale;
  const document = documents.find((candidate) => candidate.id === reference.documentId);
  const name = !document
    ? tc(legalDocumentKeys(reference.documentId).name)
    : document.kind === 'standard'
      ? document.number
      : `${t(`report.pdf.legalKinds.${document.kind}`)} ${document.number}`;
  const provision = PROVISION_ORDER[language]
    .map((part) => (reference[part] ? t(`legal.provision.${part}`, { ref: reference[part] }) : undefined))
    .filter(Boolean)
    .join(' ');
  const cited = provision ? (language === 'en' ? `${name}, ${provision}` : `${provision} ${name}`) : name;
  return document && document.status !== 'in-force' ? `${cited} (${LEGAL_STATUS_MARKERS[document.status]})` : cited;
}

/** What the markers of short citations mean, one line. */
export function describeLegalStatusMarkers(locale: ReportLocale): string {
  return (Object.entries(LEGAL_STATUS_MARKERS) as [keyof typeof LEGAL_STATUS_MARKERS, string][])
    .map(([status, marker]) => `(${marker}) ${locale.t(`legal.status.${status}`)}`)
    .join('; ');
}
