/**
 * The questions of the paper questionnaire, in the order and with the numbers it prints them
 * (`src/report/build-blank-questionnaire.ts`): the section's place among all sections, then the question's place
 * among the section's questions that apply to the unit type, e.g. "4.3.". A helper typing up a form follows the
 * paper by these numbers, so they must never differ (the test compares them with the printed form).
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Question, Questionnaire, SectionId, UnitType } from '../content-schema';
import { listApplicableQuestions } from '../questionnaire';

export interface PaperQuestion {
  sectionId: SectionId;
  /** 1 for the first section of the questionnaire, whether or not earlier sections have questions for the type. */
  sectionNumber: number;
  /** As printed: "1.2." */
  number: string;
  question: Question;
}

export function listPaperQuestions(
  questionnaire: Pick<Questionnaire, 'sections'>,
  unitType: UnitType,
): PaperQuestion[] {
  return questionnaire.sections.flatMap((section, sectionIndex) =>
    listApplicableQuestions(section, unitType).map((question, index) => ({
      sectionId: section.id,
      sectionNumber: sectionIndex + 1,
      number: `${sectionIndex + 1}.${index + 1}.`,
      question,
    })),
  );
}

/**
 * The next question without a response after `from`, going round to the start; undefined when every question has
 * one. `isAnswered` says which have.
 */
export function findNextUnanswered(
  questions: readonly PaperQuestion[],
  from: number,
  isAnswered: (questionId: string) => boolean,
): number | undefined {
  for (let step = 1; step <= questions.length; step += 1) {
    const index = (from + step) % questions.length;
    const candidate = questions[index];
    if (candidate && !isAnswered(candidate.question.id)) return index;
  }
  return undefined;
}
