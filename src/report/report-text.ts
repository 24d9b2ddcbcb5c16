/**
 * What the PDF builders need from the screen that asks for a PDF: the translation functions of the language the
 * PDF is written in, number and date formatting in that language, and a few texts composed from content data.
 *
 * Pure module: no PDF library, no React; i18next only as a type.
 */
import type { TFunction } from 'i18next';
import { legalDocumentKeys } from '../questionnaire/content-keys';
import type { DeadlineKind, Grade, LegalDocument, LegalReference } from '../questionnaire/content-schema';
import { listGradeBands } from '../scoring/grade';
import { deadlineStateOf } from '../scoring/remediation';
import type { SectionScore } from '../scoring/score-assessment';
import {
  citeDocument,
  describeDocumentStatus,
  describeReference,
  withProvision,
  type CitationLocale,
} from '../questionnaire/legal-citation';

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

/** The report's translation functions in the shape `questionnaire/legal-citation.ts` takes. */
function citationLocale(locale: ReportLocale): CitationLocale {
  return {
    language: locale.language,
    t: (key, values) => locale.t(key, values),
    tc: (key, values) => locale.tc(key, values),
  };
}

/**
 * One legal reference in full, as the screens write it (see screens/legal-basis.tsx): the provision, the document
 * with its date and issuer, and its status when it is not simply in force.
 */
export function describeLegalReference(
  locale: ReportLocale,
  reference: LegalReference,
  documents: readonly LegalDocument[],
): string {
  return describeReference(citationLocale(locale), reference, documents);
}

export function describeLegalBasis(
  locale: ReportLocale,
  references: readonly LegalReference[],
  documents: readonly LegalDocument[],
): string {
  return references.map((reference) => describeLegalReference(locale, reference, documents)).join('; ');
}

/**
 * One legal reference in a table cell: the provision, the kind of document and its number ("Điều 21 Luật
 * 86/2015/QH13"), and the status word of a document not simply in force ("hết hiệu lực"). The full citation, with
 * its date, is in the list under the table (`listCitedDocuments`).
 */
export function describeLegalReferenceShort(
  locale: ReportLocale,
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
  const cited = withProvision(citationLocale(locale), reference, name);
  return document && document.status !== 'in-force' ? `${cited} (${t(`legal.status.${document.status}`)})` : cited;
}

/**
 * The documents the references cite, each once in order of first citation, in full: «Quyết định số 766/QĐ-TTg
 * ngày 23/6/2022 của Thủ tướng Chính phủ: Bộ chỉ số …», and its status when it is not simply in force.
 */
export function listCitedDocuments(
  locale: ReportLocale,
  references: readonly LegalReference[],
  documents: readonly LegalDocument[],
): string[] {
  const cited = [...new Set(references.map((reference) => reference.documentId))]
    .map((id) => documents.find((document) => document.id === id))
    .filter((document): document is LegalDocument => document !== undefined);
  const forCitation = citationLocale(locale);
  return cited.map((document) => {
    const status = describeDocumentStatus(forCitation, document, documents);
    const title = locale.tc(legalDocumentKeys(document.id).title);
    return `${citeDocument(forCitation, document)}: ${title}${status ? ` (${status})` : ''}.`;
  });
}

/**
 * A date the content names, as the screens write it (screens/results/describe-answer.ts#describeDeadline): an aim
 * «Mục tiêu đến 31/12/2026», a legal deadline «Hạn theo quy định: …», once passed «Đã quá hạn từ …».
 */
export function describeDeadline(
  locale: ReportLocale,
  deadline: string,
  kind: DeadlineKind | undefined,
  today: string,
): string {
  return locale.t(`deadlines.${deadlineStateOf(deadline, kind, today)}`, { date: locale.format.date(deadline) });
}

/**
 * A section's score and grade, as the screens write it (screens/results/section-figures.ts): without a grade, how many
 * answers one needs.
 */
export function describeSectionScore(locale: ReportLocale, section: SectionScore): string {
  const { t, format } = locale;
  const ungraded = t('results.sectionUngraded', {
    needed: section.answersNeededForGrade,
    total: section.scoredApplicable,
    answered: section.scoredAnswered,
  });
  const belowThreshold = section.scoredAnswered < section.answersNeededForGrade;
  if (section.score === undefined) {
    return belowThreshold ? `${t('results.sectionNotScored')} · ${ungraded}` : t('results.sectionNotScored');
  }
  const score = format.number(section.score);
  return section.grade
    ? t('results.sectionScore', { score, grade: section.grade })
    : `${t('results.sectionScoreOnly', { score })} · ${ungraded}`;
}

/** «A 90–100 điểm», …, «E dưới 50 điểm», from the floors the engine grades by. */
export function describeGradeBands(locale: ReportLocale): { grade: Grade; band: string }[] {
  return listGradeBands().map((band) => ({
    grade: band.grade,
    band:
      'below' in band
        ? locale.t('results.gradeLegend.below', { below: band.below })
        : locale.t('results.gradeLegend.range', { from: band.from, to: band.to }),
  }));
}
