/**
 * For the results and plan tests: questions picked from the content by what they are (scored, of a type, with a
 * critical gap or a deadline of a kind), never by id, so the tests hold while the content's ids change; and answers
 * that earn full marks or nothing, built through `answerSchema` like every fixture.
 */
import { answerSchema, type Answer } from '../../questionnaire/answer-schema';
import type { CriticalGap, Question, Section, UnitType } from '../../questionnaire/content-schema';
import { listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import { scoreAssessment, type AssessmentScore } from '../../scoring/score-assessment';
import { todayIso } from '../today';

const ANSWERED_AT = '2026-11-22T08:30:00.000Z';

export interface Picked {
  section: Section;
  question: Question;
}

function build(questionId: string, response: Answer['response']): Answer {
  return answerSchema.parse({ questionId, response, updatedAt: ANSWERED_AT });
}

export const valueAnswer = (question: Question, value: unknown) =>
  build(question.id, { kind: 'value', value } as Answer['response']);
export const notApplicableAnswer = (question: Question) => build(question.id, { kind: 'not-applicable' });

/** Every scored question that applies to the unit type, in the questionnaire's order. */
export function scoredQuestions(unitType: UnitType): Picked[] {
  return questionnaire.sections.flatMap((section) =>
    listApplicableQuestions(section, unitType)
      .filter((question) => question.weight > 0)
      .map((question) => ({ section, question })),
  );
}

/** An answer that earns full marks. */
export function fullAnswer(question: Question): Answer {
  switch (question.type) {
    case 'yes-partly-no':
      return valueAnswer(question, { type: question.type, choice: 'yes' });
    case 'coverage':
      return valueAnswer(question, { type: question.type, choice: 'most' });
    case 'maturity':
      return valueAnswer(question, { type: question.type, choice: '4' });
    case 'percentage':
      return valueAnswer(question, { type: question.type, percent: 100 });
    case 'count-pair':
      return valueAnswer(question, { type: question.type, part: 10, whole: 10 });
    case 'date':
      return valueAnswer(question, { type: question.type, date: todayIso() });
    case 'multi-choice':
      return valueAnswer(question, {
        type: question.type,
        optionIds: question.options.filter((option) => option.points > 0 && !option.isExclusive).map((o) => o.id),
      });
    case 'text':
      return valueAnswer(question, { type: question.type, text: 'Ghi chú' });
    case 'system-inventory':
      return valueAnswer(question, {
        type: question.type,
        systems: [
          {
            id: 's1',
            name: 'Cổng thông tin điện tử',
            role: 'owner',
            systemType: 'citizen-services',
            handlesProcedures: false,
            proposedLevel: '2',
            approvedLevel: '2',
            approvedOn: '2026-01-15',
            hasSecurityPlan: 'yes',
            lastInspectedOn: todayIso(),
          },
        ],
      });
  }
}

/** An answer that earns less than full marks: "partly" or "some", a low share, level 1. Undefined for other types. */
export function gapAnswer(question: Question): Answer | undefined {
  switch (question.type) {
    case 'yes-partly-no':
      return valueAnswer(question, { type: question.type, choice: 'partly' });
    case 'coverage':
      return valueAnswer(question, { type: question.type, choice: 'some' });
    case 'maturity':
      return valueAnswer(question, { type: question.type, choice: '1' });
    case 'percentage':
      return valueAnswer(question, { type: question.type, percent: 40 });
    case 'count-pair':
      return valueAnswer(question, { type: question.type, part: 2, whole: 10 });
    default:
      return undefined;
  }
}

/** The answer that makes a critical gap present: a share of 0 or the first option of its rule. */
function gapPresentAnswer(gap: CriticalGap, question: Question): Answer | undefined {
  if (gap.rule.kind === 'share-below' && question.type === 'count-pair') {
    return valueAnswer(question, { type: 'count-pair', part: 0, whole: 4 });
  }
  if (gap.rule.kind === 'choice-in') {
    const option = gap.rule.choices.find((choice) => choice !== 'dont-know');
    if (option && (question.type === 'yes-partly-no' || question.type === 'coverage' || question.type === 'maturity')) {
      return valueAnswer(question, { type: question.type, choice: option });
    }
  }
  return undefined;
}

export function scoreOf(unitType: UnitType, answers: readonly Answer[]): AssessmentScore {
  return scoreAssessment(questionnaire, unitType, new Map(answers.map((a) => [a.questionId, a])), todayIso());
}

/**
 * A unit that answers every scored question in full but one, which has a critical gap: a high score capped by the
 * gap. Returns the gap, its question and the answers.
 */
export function cappedCase(unitType: UnitType) {
  const questions = scoredQuestions(unitType);
  const gaps: readonly CriticalGap[] = questionnaire.criticalGaps;
  for (const gap of gaps) {
    if (gap.appliesTo && !gap.appliesTo.includes(unitType)) continue;
    const picked = questions.find((candidate) => candidate.question.id === gap.questionId);
    const gapAnswerOf = picked && gapPresentAnswer(gap, picked.question);
    if (!picked || !gapAnswerOf) continue;
    const answers = [
      ...questions.filter((other) => other.question.id !== gap.questionId).map((other) => fullAnswer(other.question)),
      gapAnswerOf,
    ];
    const score = scoreOf(unitType, answers);
    if (score.grade !== score.uncappedGrade) return { gap, picked, answers, score };
  }
  throw new Error(`no critical gap of the content caps a ${unitType}`);
}

/** The first scored question of a type that applies to the unit type. */
export function firstOfType(unitType: UnitType, type: Question['type']): Picked {
  const picked = scoredQuestions(unitType).find((candidate) => candidate.question.type === type);
  if (!picked) throw new Error(`no scored ${type} question for ${unitType}`);
  return picked;
}
