/** Small pieces more than one part of the unit report uses. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Questionnaire } from '../../questionnaire/content-schema';
import type { AssessmentScore } from '../../scoring/score-assessment';
import { PLAIN_LAYOUT } from '../pdf-layout';

export function findQuestion(questionnaire: Questionnaire, questionId: string) {
  for (const section of questionnaire.sections) {
    const question = section.questions.find((candidate) => candidate.id === questionId);
    if (question) return question;
  }
  return undefined;
}

/** "4.2": the section's place and the question's place among those that apply, as in the answers section. */
export function questionNumbers(score: AssessmentScore): Map<string, string> {
  return new Map(
    score.sections.flatMap((section, sectionIndex) =>
      section.questions.map((question, index) => [question.questionId, `${sectionIndex + 1}.${index + 1}`] as const),
    ),
  );
}

/** Label and value rows without rules (the cover). */
export function labelValueTable(rows: readonly [string, Content][]): Content {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'label' }, value as TableCell]),
    },
    layout: PLAIN_LAYOUT,
  };
}
