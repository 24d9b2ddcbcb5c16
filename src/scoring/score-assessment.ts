/**
 * The readiness score of an assessment: per section and overall, 0-100, with its grade, completeness, critical gaps
 * and the comparison with national targets. Content and answers in, result out; see docs/methodology.md.
 *
 * - A section's score is the weighted mean of what its applicable, answered questions earned. "Not applicable" and
 *   questions with nothing to count are left out and their weight re-spread; "don't know" earns 0 and is counted.
 * - Unanswered questions are left out of the score but never hidden: the result is provisional, and `lowest` /
 *   `highest` say where the score would land if every unanswered question earned 0 or 1.
 * - The overall score is the weighted mean of the section scores, with the published section weights.
 */
import type { Answer } from '../questionnaire/answer-schema';
import {
  DTI_INDICATORS,
  INDEX_766_GROUPS,
  type CriticalGap,
  type DtiIndicator,
  type Grade,
  type Index766Group,
  type Question,
  type Questionnaire,
  type Section,
  type UnitType,
} from '../questionnaire/content-schema';
import { listApplicableQuestions } from '../questionnaire/questionnaire';
import { gradeFor, worseGrade } from './grade';
import { countsAsOwned, scoreAnswer, type AnswerScore } from './score-answer';

export interface QuestionScore extends AnswerScore {
  questionId: string;
  weight: number;
  /** The weight it carries in its section's mean: 0 when left out. */
  countedWeight: number;
}

export interface ScoreRange {
  /** 0-100, one decimal; undefined when nothing can be scored yet. */
  score?: number;
  lowest?: number;
  highest?: number;
}

export interface SectionScore extends ScoreRange {
  sectionId: Section['id'];
  /**
   * The section's own grade, given only once at least `SECTION_GRADE_MIN_ANSWERED_SHARE` of its scored questions are
   * answered ("not applicable" and "don't know" count as answered): a grade on two answers out of fifteen says nothing.
   */
  grade?: Grade;
  /** Scored questions answered, and how many a grade needs. */
  scoredAnswered: number;
  scoredApplicable: number;
  answersNeededForGrade: number;
  weight: number;
  questions: QuestionScore[];
  answered: number;
  applicable: number;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
}

/**
 * The unit's standing in a frame officials know (a Decision 766 group, a DTI indicator): the weighted mean of what
 * the questions tagged with it earned, across sections, with how many of them were counted.
 */
export interface FrameScore<Key extends string> {
  key: Key;
  score?: number;
  counted: number;
  tagged: number;
}

export interface CriticalGapFinding {
  gapId: string;
  questionId: string;
  capGrade: Grade;
}

export type TargetStatus = 'met' | 'not-met' | 'no-data';

/** The locale key of each status, shared by the results screen and the PDF so that both say the same. */
export const TARGET_STATUS_KEYS: Readonly<Record<TargetStatus, string>> = {
  met: 'results.met',
  'not-met': 'results.notMet',
  'no-data': 'results.noData',
};

export interface TargetComparison {
  targetId: string;
  questionId: string;
  /** What the unit reached, as a percentage, or the chosen option; undefined when not answered. */
  reached?: { percent: number } | { optionId: string };
  /**
   * `no-data` when the question is unanswered, "don't know" or "not applicable": a unit without a figure has not
   * failed the target, it has not measured it, and the result says so instead of "not met".
   */
  status: TargetStatus;
  deadline?: string;
}

export interface AssessmentScore extends ScoreRange {
  grade?: Grade;
  /** The grade from the score alone, before critical gaps cap it. */
  uncappedGrade?: Grade;
  isProvisional: boolean;
  answered: number;
  applicable: number;
  sections: SectionScore[];
  criticalGaps: CriticalGapFinding[];
  targets: TargetComparison[];
  index766: FrameScore<Index766Group>[];
  dti: FrameScore<DtiIndicator>[];
}

/** Share of a section's scored questions that must be answered before it gets a grade (docs/methodology.md §2). */
export const SECTION_GRADE_MIN_ANSWERED_SHARE = 0.6;

const round1 = (value: number) => Math.round(value * 10) / 10;

function weightedMean(parts: readonly { value: number; weight: number }[]): number | undefined {
  const totalWeight = parts.reduce((sum, part) => sum + part.weight, 0);
  if (totalWeight === 0) return undefined;
  return parts.reduce((sum, part) => sum + part.value * part.weight, 0) / totalWeight;
}

function scoreQuestion(question: Question, answer: Answer | undefined, today: string): QuestionScore {
  const { status, earned, improvement } = scoreAnswer(question, answer, today);
  const counts = status === 'scored' || status === 'dont-know';
  // Fields listed rather than spread: a spread of the answer's score made scoring a collection three times slower
  // (measured on 3,321 assessments, issue 12), and every screen scores on each render.
  const score: QuestionScore = {
    status,
    earned,
    questionId: question.id,
    weight: question.weight,
    countedWeight: counts ? question.weight : 0,
  };
  if (improvement) score.improvement = improvement;
  return score;
}

function scoreSection(
  section: Section,
  unitType: UnitType,
  answers: ReadonlyMap<string, Answer>,
  today: string,
): SectionScore {
  const questions = listApplicableQuestions(section, unitType).map((question) =>
    scoreQuestion(question, answers.get(question.id), today),
  );
  const scored = questions.filter((question) => question.weight > 0);
  const counted = scored.map((question) => ({ value: question.earned, weight: question.countedWeight }));
  const unansweredWeight = scored.filter((q) => q.status === 'unanswered').map((q) => q.weight);
  const pending = (value: number) => unansweredWeight.map((weight) => ({ value, weight }));
  const toScore = (mean: number | undefined) => (mean === undefined ? undefined : round1(mean * 100));
  const score = toScore(weightedMean(counted));
  const scoredAnswered = scored.filter((question) => question.status !== 'unanswered').length;
  const answersNeededForGrade = Math.ceil(scored.length * SECTION_GRADE_MIN_ANSWERED_SHARE);
  return {
    sectionId: section.id,
    weight: section.weight,
    questions,
    score,
    grade: score !== undefined && scoredAnswered >= answersNeededForGrade ? gradeFor(score) : undefined,
    scoredAnswered,
    scoredApplicable: scored.length,
    answersNeededForGrade,
    lowest: toScore(weightedMean([...counted, ...pending(0)])),
    highest: toScore(weightedMean([...counted, ...pending(1)])),
    applicable: questions.length,
    // As on the task list: a question is answered when it has a response, context (text) questions included.
    answered: questions.filter((question) => answers.get(question.questionId)?.response !== undefined).length,
    dontKnow: questions.filter((question) => question.status === 'dont-know').length,
    notApplicable: questions.filter((question) => question.status === 'not-applicable').length,
    unanswered: questions.filter((question) => question.status === 'unanswered').length,
  };
}

function overallOf(sections: readonly SectionScore[], pick: (section: SectionScore) => number | undefined) {
  const parts = sections.flatMap((section) => {
    const value = pick(section);
    return value === undefined ? [] : [{ value, weight: section.weight }];
  });
  const mean = weightedMean(parts);
  return mean === undefined ? undefined : round1(mean);
}

function isGapPresent(gap: CriticalGap, answer: Answer | undefined): boolean {
  const response = answer?.response;
  if (!response || response.kind === 'not-applicable') return false;
  const { rule } = gap;
  if (response.kind === 'dont-know') return rule.kind === 'choice-in' && rule.choices.includes('dont-know');
  const value = response.value;
  switch (rule.kind) {
    case 'choice-in':
      return 'choice' in value && rule.choices.includes(value.choice);
    case 'share-below':
      // Multiply first, as in scoring, so 4 of 5 is exactly 80.
      return value.type === 'count-pair' && value.whole > 0 && (value.part * 100) / value.whole < rule.percent;
    case 'owned-procedure-system-without-approved-level':
      return (
        value.type === 'system-inventory' &&
        value.systems.some(
          (system) => countsAsOwned(system) && system.handlesProcedures === true && !system.approvedLevel,
        )
      );
  }
}

function scoreFrame<Key extends string>(
  keys: readonly Key[],
  sections: readonly SectionScore[],
  keyOf: (question: Question) => Key | undefined,
  questionsById: ReadonlyMap<string, Question>,
): FrameScore<Key>[] {
  const scored = sections.flatMap((section) => section.questions).filter((question) => question.weight > 0);
  return keys.map((key) => {
    const tagged = scored.filter((question) => {
      const definition = questionsById.get(question.questionId);
      return definition !== undefined && keyOf(definition) === key;
    });
    const counted = tagged.filter((question) => question.countedWeight > 0);
    const mean = weightedMean(counted.map((question) => ({ value: question.earned, weight: question.countedWeight })));
    return {
      key,
      score: mean === undefined ? undefined : round1(mean * 100),
      counted: counted.length,
      tagged: tagged.length,
    };
  });
}

function compareTarget(
  target: Questionnaire['nationalTargets'][number],
  question: Question | undefined,
  answer: Answer | undefined,
): TargetComparison {
  const base = { targetId: target.id, questionId: target.questionId, deadline: target.deadline };
  const value = answer?.response?.kind === 'value' ? answer.response.value : undefined;
  if (!question || !value) return { ...base, status: 'no-data' };
  const met = (isMet: boolean): TargetStatus => (isMet ? 'met' : 'not-met');
  if (value.type === 'percentage' || value.type === 'count-pair') {
    const percent = value.type === 'percentage' ? value.percent : value.whole ? (value.part * 100) / value.whole : 0;
    const goal = 'target' in question && question.target ? question.target : 100;
    return { ...base, reached: { percent: round1(percent) }, status: met(percent >= goal) };
  }
  if ('choice' in value)
    return { ...base, reached: { optionId: value.choice }, status: met(value.choice === target.expectedChoice) };
  return { ...base, status: 'no-data' };
}

export function scoreAssessment(
  questionnaire: Questionnaire,
  unitType: UnitType,
  answers: ReadonlyMap<string, Answer>,
  today: string,
): AssessmentScore {
  const sections = questionnaire.sections.map((section) => scoreSection(section, unitType, answers, today));
  const applicableIds = new Set(sections.flatMap((section) => section.questions.map((q) => q.questionId)));
  const questionsById = new Map(questionnaire.sections.flatMap((section) => section.questions.map((q) => [q.id, q])));
  const criticalGaps = questionnaire.criticalGaps
    .filter((gap) => gap.appliesTo?.includes(unitType) ?? true)
    .filter((gap) => applicableIds.has(gap.questionId) && isGapPresent(gap, answers.get(gap.questionId)))
    .map((gap) => ({ gapId: gap.id, questionId: gap.questionId, capGrade: gap.capGrade }))
    // One answer, one finding: of the caps one answer sets off (under 100% and under 80% approved), the strictest.
    .filter((finding, _index, all) =>
      all.every(
        (other) =>
          other.questionId !== finding.questionId ||
          other === finding ||
          worseGrade(other.capGrade, finding.capGrade) === finding.capGrade,
      ),
    );
  const targets = questionnaire.nationalTargets
    .filter((target) => applicableIds.has(target.questionId) && (target.appliesTo?.includes(unitType) ?? true))
    .map((target) => compareTarget(target, questionsById.get(target.questionId), answers.get(target.questionId)));
  const score = overallOf(sections, (section) => section.score);
  const uncappedGrade = score === undefined ? undefined : gradeFor(score);
  const grade = uncappedGrade && criticalGaps.reduce((worst, gap) => worseGrade(worst, gap.capGrade), uncappedGrade);
  const answered = sections.reduce((sum, section) => sum + section.answered, 0);
  const applicable = sections.reduce((sum, section) => sum + section.applicable, 0);
  return {
    score,
    lowest: overallOf(sections, (section) => section.lowest),
    highest: overallOf(sections, (section) => section.highest),
    grade,
    uncappedGrade,
    isProvisional: sections.some((section) => section.unanswered > 0),
    answered,
    applicable,
    sections,
    criticalGaps,
    targets,
    index766: scoreFrame(INDEX_766_GROUPS, sections, (question) => question.index766, questionsById),
    dti: scoreFrame(DTI_INDICATORS, sections, (question) => question.dti, questionsById),
  };
}
