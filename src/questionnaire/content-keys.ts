/**
 * Where each piece of content text lives in the `questionnaire` locale namespace. Screens, the PDF and the
 * content-integrity test all derive keys here, so a renamed key cannot drift between them.
 */
import type { LegalDocument, LegalIssuer, Question, SectionId } from './content-schema';

export const QUESTIONNAIRE_NAMESPACE = 'questionnaire';

export const sectionKeys = (sectionId: SectionId) => ({
  title: `sections.${sectionId}.title`,
  description: `sections.${sectionId}.description`,
});

export const questionKeys = (questionId: string) => ({
  /** The question as asked, a full sentence. */
  text: `questions.${questionId}.text`,
  /** A short noun phrase naming what is asked, used in error messages and summaries. */
  label: `questions.${questionId}.label`,
  /** Explains the terms used; says when the rule behind it is in transition. */
  help: `questions.${questionId}.help`,
  /** Where the unit finds evidence for its answer. */
  evidence: `questions.${questionId}.evidence`,
  /** The remediation action, an imperative sentence: what to do to close the gap. */
  action: `questions.${questionId}.action`,
  /**
   * The state to reach, as a noun phrase ("100% hồ sơ được số hóa"): what the results and the plan name as the way to
   * raise a yes/partly/no or coverage answer, instead of the option to pick.
   */
  goal: `questions.${questionId}.goal`,
  part: `questions.${questionId}.part`,
  whole: `questions.${questionId}.whole`,
  level: (level: string) => `questions.${questionId}.levels.${level}`,
  option: (optionId: string) => `questions.${questionId}.options.${optionId}`,
});

export const legalDocumentKeys = (documentId: LegalDocument['id']) => ({
  /** Kind, name and number as officials write it, e.g. "Nghị định số 42/2022/NĐ-CP" / "Decree No. 42/2022/NĐ-CP". */
  name: `legal.${documentId}.name`,
  /** What the document is about. */
  title: `legal.${documentId}.title`,
  /** For a document in transition only: the one dated note on the transition. */
  transitionNote: `legal.${documentId}.transitionNote`,
});

/** The issuing body as a citation names it after "của" / "of": "Thủ tướng Chính phủ" / "the Prime Minister". */
export const legalIssuerKey = (issuer: LegalIssuer) => `legalIssuers.${issuer}`;

/** What a critical gap means, one sentence. */
export const criticalGapKey = (gapId: string) => `criticalGaps.${gapId}`;

/** A national target as the results table names it. */
export const nationalTargetKey = (targetId: string) => `targets.${targetId}`;

/** Every key a question needs, by its type: the integrity test checks each exists in both languages. */
export function listQuestionTextKeys(question: Question): string[] {
  const keys = questionKeys(question.id);
  const common = [keys.text, keys.label, keys.help, keys.evidence, ...(question.weight > 0 ? [keys.action] : [])];
  switch (question.type) {
    case 'count-pair':
      return [...common, keys.part, keys.whole];
    case 'maturity':
      return [...common, ...['0', '1', '2', '3', '4'].map(keys.level)];
    case 'multi-choice':
      return [...common, ...question.options.map((option) => keys.option(option.id))];
    case 'yes-partly-no':
    case 'coverage':
      // The state to reach, which the results name as what raises the score (never "answer Yes").
      return question.weight > 0 ? [...common, keys.goal] : common;
    default:
      return common;
  }
}
