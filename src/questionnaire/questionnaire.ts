/**
 * The questionnaire content pack, versioned (its id and version are in `content-version.ts`).
 */
import type { Question, Questionnaire, Section, SectionId, UnitType } from './content-schema';
import { CONTENT_ID, CONTENT_VERSION, LEGAL_AS_OF } from './content-version';
import { capacitySection } from './content/capacity-section';
import { criticalGaps, nationalTargets } from './content/critical-gaps';
import { dataSection } from './content/data-section';
import { legalDocuments } from './content/legal-documents';
import { retiredQuestions } from './content/retired-questions';
import { monitoringSection } from './content/monitoring-section';
import { securitySection } from './content/security-section';
import { servicesSection } from './content/services-section';
import { signaturesSection } from './content/signatures-section';

export const questionnaire = {
  id: CONTENT_ID,
  version: CONTENT_VERSION,
  legalAsOf: LEGAL_AS_OF,
  legalDocuments: [...legalDocuments],
  sections: [servicesSection, signaturesSection, monitoringSection, securitySection, dataSection, capacitySection],
  criticalGaps,
  nationalTargets,
  retiredQuestions,
} satisfies Questionnaire;

const sections: readonly Section[] = questionnaire.sections;

export function findSection(sectionId: string): Section | undefined {
  return sections.find((section) => section.id === sectionId);
}

/** The section holding a question, and the question itself. */
export function findQuestion(questionId: string): { section: Section; question: Question } | undefined {
  for (const section of sections) {
    const question = section.questions.find((candidate) => candidate.id === questionId);
    if (question) return { section, question };
  }
  return undefined;
}

export function listApplicableQuestions(section: Section, unitType: UnitType) {
  return section.questions.filter((question) => question.appliesTo.includes(unitType));
}

export function nextSectionId(sectionId: SectionId): SectionId | undefined {
  const index = questionnaire.sections.findIndex((section) => section.id === sectionId);
  return questionnaire.sections[index + 1]?.id;
}

export function previousSectionId(sectionId: SectionId): SectionId | undefined {
  const index = questionnaire.sections.findIndex((section) => section.id === sectionId);
  return index > 0 ? questionnaire.sections[index - 1]?.id : undefined;
}
