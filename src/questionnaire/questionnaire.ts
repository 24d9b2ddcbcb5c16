/**
 * The questionnaire content pack, versioned. Bump `version` whenever a question, option or weight changes
 * (patch: wording in locales only; minor: questions added; major: ids removed or meanings changed), and
 * `legalAsOf` whenever the legal references are checked again.
 */
import type { Question, Questionnaire, Section, SectionId, UnitType } from './content-schema';
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
  id: 'vn-egov-readiness',
  version: '2.0.0',
  legalAsOf: '2026-12-01',
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
