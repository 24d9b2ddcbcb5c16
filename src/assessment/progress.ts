/**
 * How far an assessment has got: per section and overall, counting only the questions that apply to the unit type.
 * A question counts as done when it has a response (a value, "not applicable" or "don't know"); a note alone does not.
 */
import type { Answer } from '../questionnaire/answer-schema';
import type { Section, UnitType } from '../questionnaire/content-schema';
import { listApplicableQuestions } from '../questionnaire/questionnaire';

export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

export interface Progress {
  answered: number;
  total: number;
}

export type AnswersByQuestion = ReadonlyMap<string, Answer>;

export function measureSectionProgress(section: Section, unitType: UnitType, answers: AnswersByQuestion): Progress {
  const questions = listApplicableQuestions(section, unitType);
  const answered = questions.filter((question) => answers.get(question.id)?.response !== undefined).length;
  return { answered, total: questions.length };
}

export function statusOf(progress: Progress): SectionStatus {
  if (progress.answered === 0) return 'not-started';
  return progress.answered >= progress.total ? 'completed' : 'in-progress';
}

export function measureProgress(
  sections: readonly Section[],
  unitType: UnitType,
  answers: AnswersByQuestion,
): Progress {
  return sections
    .map((section) => measureSectionProgress(section, unitType, answers))
    .reduce((sum, part) => ({ answered: sum.answered + part.answered, total: sum.total + part.total }), {
      answered: 0,
      total: 0,
    });
}

export function percentDone(progress: Progress): number {
  return progress.total === 0 ? 0 : Math.round((progress.answered / progress.total) * 100);
}
