/**
 * Everything the projector shows of a class, computed once from its assessments: per section the spread of scores,
 * per question the distribution of answers with its disagreement and the class's mean score, and the most common
 * gaps. Scores come from `scoreReceivedAssessments` and gaps from `listCommonGaps`, as the collection computes them,
 * so a trainer's figures match the department's.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { listCommonGaps, type CommonGap } from '../../collection/compare/common-gaps';
import { scoreReceivedAssessments, toAnswerMap } from '../../collection/compare/score-received';
import type { ReceivedAssessment } from '../../collection/received-schema';
import type { Questionnaire } from '../../questionnaire/content-schema';
import { distributeAnswers, isShownQuestion, type AnswerDistribution } from './answer-distribution';
import { disagreementOf, type OrderedQuestion } from './question-order';
import { spreadClassSections, type ClassSectionSpread } from './section-spreads';

export interface ClassMember {
  assessmentId: string;
  unitName: string;
  isSample: boolean;
}

export interface QuestionFigures extends OrderedQuestion {
  distribution: AnswerDistribution;
}

export interface ProjectorModel {
  /** In id order (`selectClass`). */
  members: ClassMember[];
  sampleCount: number;
  sections: ClassSectionSpread[];
  /** In the questionnaire's order; `orderQuestions` puts them in the trainer's. */
  questions: QuestionFigures[];
  gaps: CommonGap[];
}

function meanOf(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** `classCopies`: one copy per unit (`selectClass`). */
export function buildProjectorModel(
  questionnaire: Questionnaire,
  classCopies: readonly ReceivedAssessment[],
  today: string,
): ProjectorModel {
  const scored = scoreReceivedAssessments(questionnaire, classCopies, today);
  const members = classCopies.map(({ id, entry }) => ({
    assessmentId: id,
    unitName: entry.assessment.profile.unitName,
    isSample: entry.assessment.sample === true,
  }));
  const answers = classCopies.map(({ id, entry }) => ({
    assessmentId: id,
    applies: (question: { appliesTo: readonly string[] }) =>
      question.appliesTo.includes(entry.assessment.profile.unitType),
    answers: toAnswerMap(entry.answers),
  }));
  // What each answer earned, by question: the scores' own figures, so "weakest" means what the results mean.
  const earnedByQuestion = new Map<string, number[]>();
  for (const { score } of scored) {
    for (const section of score.sections) {
      for (const question of section.questions) {
        if (question.status !== 'scored' && question.status !== 'dont-know') continue;
        const list = earnedByQuestion.get(question.questionId) ?? [];
        list.push(question.earned);
        earnedByQuestion.set(question.questionId, list);
      }
    }
  }
  const questions = questionnaire.sections.flatMap((section) =>
    section.questions.filter(isShownQuestion).map((question): QuestionFigures => {
      const distribution = distributeAnswers(question, section.id, answers, today);
      return {
        questionId: question.id,
        distribution,
        disagreement: disagreementOf(distribution),
        meanEarned: meanOf(earnedByQuestion.get(question.id) ?? []),
      };
    }),
  );
  return {
    members,
    sampleCount: members.filter((member) => member.isSample).length,
    sections: spreadClassSections(
      scored.map(({ received, score }) => ({
        assessmentId: received.id,
        isSample: received.entry.assessment.sample === true,
        score,
      })),
      questionnaire.sections.map((section) => section.id),
    ),
    questions,
    gaps: listCommonGaps(questionnaire, scored),
  };
}
