/**
 * The document model of the dossier draft (`dossier-draft.ts`): headings, paragraphs, bullet lists and tables of text
 * runs and placeholders, which `src/docx` and `src/report/dossier` write as Word and PDF; and the small helpers the
 * draft's parts are built with.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { InformationSystem, SecurityLevel } from '../questionnaire/answer-schema';
import { legalDocuments } from '../questionnaire/content/legal-documents';
import type { LegalReference } from '../questionnaire/content-schema';
import { describeLegalReferenceShort, type CitationLocale } from '../wording/legal-citation';
import type { NumberDateFormat } from '../wording/types';
import type { ClassificationResult } from './classification-result';
import { lawKeys } from './law/law-keys';
import type { Confirmation } from './law/law-schema';
import type { SystemSecurity } from './system-security-schema';

/** A run of text, or a place still to be written (its whole text, brackets included). */
export type DraftRun = { text: string; bold?: boolean; italic?: boolean } | { placeholder: string };

export type DraftBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; runs: DraftRun[]; style?: 'note' }
  | { kind: 'bullets'; items: DraftRun[][] }
  /** `widths`: relative column widths, summing to 100. */
  | { kind: 'table'; columns: string[]; widths: number[]; rows: DraftRun[][][] };

export interface DossierDraft {
  language: CitationLocale['language'];
  header: {
    agency: string;
    nationalTitle: string;
    motto: string;
    documentNumber: string;
    /** «Ninh Bình, ngày …… tháng …… năm 2026»: the day is the signing day, left to write. */
    placeDate: string;
  };
  title: string;
  subtitle: string;
  /** That it is a draft made by the app, to review before it is submitted. */
  draftMark: string;
  /**
   * The end of an administrative document: who receives it on the left («Nơi nhận:» and its lines), the signer's
   * title and what to sign on the right.
   */
  closing: { recipientsLabel: string; recipients: string[]; signer: string; signNote: string };
  blocks: DraftBlock[];
  /** For the file's metadata and the PDF footer. */
  documentTitle: string;
}

export interface DossierDraftInput {
  locale: CitationLocale & { format: NumberDateFormat };
  /** The unit preparing the draft and the place its documents are issued (the province). */
  unit: { name: string; place: string };
  row: InformationSystem;
  record: SystemSecurity;
  result: ClassificationResult;
  level: SecurityLevel;
  today: string;
}

/** The draft's words: `securityDossier.draft.*` of the `common` namespace. */
export const draftKey = (key: string) => `securityDossier.draft.${key}`;

export const text = (value: string, style: { bold?: boolean; italic?: boolean } = {}): DraftRun => ({
  text: value,
  ...style,
});

/** What the given run or fallback is: the value when there is one, else a placeholder saying what to write. */
export function valueOr(input: DossierDraftInput, value: string | undefined, what: string): DraftRun {
  const trimmed = value?.trim();
  return trimmed ? text(trimmed) : placeholder(input, what);
}

export function placeholder(input: DossierDraftInput, what: string): DraftRun {
  return { placeholder: input.locale.t(draftKey('placeholder'), { what }) };
}

export const paragraph = (...runs: DraftRun[]): DraftBlock => ({ kind: 'paragraph', runs });
export const heading = (level: 1 | 2, value: string): DraftBlock => ({ kind: 'heading', level, text: value });

/** A rule's legal basis in a table cell, with "not yet confirmed" where it is not. */
export function basisOf(input: DossierDraftInput, references: readonly LegalReference[], confirmation: Confirmation) {
  const cited = references
    .map((reference) => describeLegalReferenceShort(input.locale, reference, legalDocuments))
    .join('; ');
  return confirmation === 'confirmed' ? cited : `${cited} (${input.locale.t(lawKeys.confirmation(confirmation))})`;
}
