/**
 * Legal citations as official texts write them: «Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ»,
 * "Decision No. 766/QĐ-TTg of 23/6/2022 of the Prime Minister", with the provision cited and, for a document that
 * is not simply in force, its status (repealed since when and by what, in transition and how).
 * The screens (`screens/legal-basis.tsx`, the collection exports) and both PDFs write citations here.
 *
 * Pure module: the translation functions are passed in; no i18next, no React.
 */
import { legalDocumentKeys, legalIssuerKey } from '../questionnaire/content-keys';
import type { LegalDocument, LegalReference } from '../questionnaire/content-schema';
import type { Translate, WordingLanguage } from './types';

export type { Translate };

/** The language and translation functions a citation needs; a report's locale is one. */
export interface CitationLocale {
  language: WordingLanguage;
  /** The `common` namespace. */
  t: Translate;
  /** The `questionnaire` namespace. */
  tc: Translate;
}

/** `YYYY-MM-DD` as official texts print dates in citations: day and month without leading zeros, "23/6/2022". */
export function formatCitationDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Not an ISO date: ${isoDate}`);
  const [, year, month, day] = match;
  return `${Number(day)}/${Number(month)}/${year}`;
}

const PROVISION_ORDER = {
  // Vietnamese cites from the smallest unit up ("điểm a khoản 2 Điều 11"); English from the article down.
  vi: ['point', 'clause', 'article', 'item', 'annex'],
  en: ['article', 'clause', 'point', 'item', 'annex'],
} as const;

/** "khoản 2 Điều 11" / "Article 11, clause 2", or '' when the reference names the whole document. */
export function describeProvision(locale: CitationLocale, reference: LegalReference): string {
  return PROVISION_ORDER[locale.language]
    .map((part) => (reference[part] ? locale.t(`legal.provision.${part}`, { ref: reference[part] }) : undefined))
    .filter(Boolean)
    .join(' ');
}

/** The provision and the document it is in, in the language's order. */
export function withProvision(locale: CitationLocale, reference: LegalReference, documentText: string): string {
  const provision = describeProvision(locale, reference);
  if (!provision) return documentText;
  return locale.language === 'en' ? `${documentText}, ${provision}` : `${provision} ${documentText}`;
}

/** The document's name with its date and issuer: the date of issue, else the date it took effect. */
export function citeDocument(locale: CitationLocale, document: LegalDocument): string {
  const { t, tc } = locale;
  const name = tc(legalDocumentKeys(document.id).name);
  const issuer = document.issuer ? tc(legalIssuerKey(document.issuer)) : undefined;
  if (!issuer) {
    // A national standard is published, not issued by a named body.
    return document.issuedOn
      ? t('legal.citation.published', { name, date: formatCitationDate(document.issuedOn) })
      : name;
  }
  if (document.issuedOn) {
    return t('legal.citation.issued', { name, date: formatCitationDate(document.issuedOn), issuer });
  }
  if (document.effectiveFrom) {
    return t('legal.citation.effective', { name, date: formatCitationDate(document.effectiveFrom), issuer });
  }
  return t('legal.citation.undated', { name, issuer });
}

function citeAll(locale: CitationLocale, ids: readonly string[], documents: readonly LegalDocument[]): string {
  return ids
    .map((id) => documents.find((candidate) => candidate.id === id))
    .filter((document): document is LegalDocument => document !== undefined)
    .map((document) => citeDocument(locale, document))
    .join(', ');
}

/**
 * What a reader must know besides the citation, or undefined for a document in force as issued: «hết hiệu lực từ
 * 1/7/2026; được thay thế bởi …», the transition note, «được sửa đổi, bổ sung bởi …», or that it is unconfirmed.
 */
export function describeDocumentStatus(
  locale: CitationLocale,
  document: LegalDocument,
  documents: readonly LegalDocument[],
): string | undefined {
  const { t, tc } = locale;
  switch (document.status) {
    case 'in-force':
      return document.amendedBy
        ? t('legal.amendedBy', { documents: citeAll(locale, document.amendedBy, documents) })
        : undefined;
    case 'partly-in-force':
      return t('legal.partlyRepealedBy', { documents: citeAll(locale, document.amendedBy ?? [], documents) });
    case 'in-transition':
      return t('legal.inTransition', { note: tc(legalDocumentKeys(document.id).transitionNote) });
    case 'repealed':
      return t('legal.repealed', {
        date: document.effectiveTo ? formatCitationDate(document.effectiveTo) : '',
        documents: citeAll(locale, document.replacedBy ?? [], documents),
      });
    case 'unconfirmed':
      return t('legal.status.unconfirmed');
  }
}

/** One reference in full: the provision, the dated citation and the document's status (if any), apart. */
export function citeReference(
  locale: CitationLocale,
  reference: LegalReference,
  documents: readonly LegalDocument[],
): { citation: string; status?: string } {
  const document = documents.find((candidate) => candidate.id === reference.documentId);
  if (!document)
    return { citation: withProvision(locale, reference, locale.tc(legalDocumentKeys(reference.documentId).name)) };
  const status = describeDocumentStatus(locale, document, documents);
  return { citation: withProvision(locale, reference, citeDocument(locale, document)), ...(status ? { status } : {}) };
}

/** One reference in full as one string: «khoản 2 Điều 11 Nghị định số … ngày … của Chính phủ (hết hiệu lực từ …)». */
export function describeReference(
  locale: CitationLocale,
  reference: LegalReference,
  documents: readonly LegalDocument[],
): string {
  const { citation, status } = citeReference(locale, reference, documents);
  return status ? `${citation} (${status})` : citation;
}

/** A question's legal basis in full, the references one after another: the blank questionnaire's line. */
export function describeLegalBasis(
  locale: CitationLocale,
  references: readonly LegalReference[],
  documents: readonly LegalDocument[],
): string {
  return references.map((reference) => describeReference(locale, reference, documents)).join('; ');
}

/**
 * One legal reference in a table cell: the provision, the kind of document and its number ("Điều 21 Luật
 * 86/2015/QH13"), and the status word of a document not simply in force ("hết hiệu lực"). The full citation, with
 * its date, is in the list under the table (`listCitedDocuments`).
 */
export function describeLegalReferenceShort(
  locale: CitationLocale,
  reference: LegalReference,
  documents: readonly LegalDocument[],
): string {
  const { t, tc } = locale;
  const document = documents.find((candidate) => candidate.id === reference.documentId);
  const name = !document
    ? tc(legalDocumentKeys(reference.documentId).name)
    : document.kind === 'standard'
      ? document.number
      : `${t(`report.pdf.legalKinds.${document.kind}`)} ${document.number}`;
  const cited = withProvision(locale, reference, name);
  return document && document.status !== 'in-force' ? `${cited} (${t(`legal.status.${document.status}`)})` : cited;
}

/**
 * The documents the references cite, each once in order of first citation, in full: «Quyết định số 766/QĐ-TTg
 * ngày 23/6/2022 của Thủ tướng Chính phủ: Bộ chỉ số …», and its status when it is not simply in force.
 */
export function listCitedDocuments(
  locale: CitationLocale,
  references: readonly LegalReference[],
  documents: readonly LegalDocument[],
): string[] {
  const cited = [...new Set(references.map((reference) => reference.documentId))]
    .map((id) => documents.find((document) => document.id === id))
    .filter((document): document is LegalDocument => document !== undefined);
  return cited.map((document) => {
    const status = describeDocumentStatus(locale, document, documents);
    const title = locale.tc(legalDocumentKeys(document.id).title);
    return `${citeDocument(locale, document)}: ${title}${status ? ` (${status})` : ''}.`;
  });
}
