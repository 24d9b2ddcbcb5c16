/**
 * Properties of the scoring engine over the real questionnaire: random answers (values of every type, "not
 * applicable" and "don't know" where the question allows them, and unanswered questions) for a random unit type.
 */
import fc from 'fast-check';
import { answersOf, dontKnow, notApplicable, valueAnswer } from '../../tests/fixtures/answers';
import { SECURITY_LEVELS, type Answer, type AnswerValue, type InformationSystem } from '../questionnaire/answer-schema';
import {
  COVERAGE_LEVELS,
  MATURITY_LEVELS,
  UNIT_TYPES,
  YES_PARTLY_NO,
  type Question,
  type UnitType,
} from '../questionnaire/content-schema';
import { listApplicableQuestions, questionnaire } from '../questionnaire/questionnaire';
import { listRemediation } from './remediation';
import { scoreAssessment, type ScoreRange } from './score-assessment';

const TODAY = '2026-11-22';
const RUNS = { numRuns: 100 };

const ALL_QUESTIONS: readonly Question[] = questionnaire.sections.flatMap((section): Question[] => section.questions);
const SECTION_OF = new Map(
  questionnaire.sections.flatMap((section) => section.questions.map((question) => [question.id, section.id])),
);

/** Each fixed scale from worst to best. */
const SCALES = {
  'yes-partly-no': ['no', 'partly', 'yes'],
  coverage: [...COVERAGE_LEVELS],
  maturity: [...MATURITY_LEVELS],
} as const;

function daysBefore(days: number): string {
  return new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** A date from two months ahead to about eight years back. */
const dateArb = fc.integer({ min: -60, max: 3000 }).map(daysBefore);

const systemRowArb = fc.record({
  systemType: fc.constantFrom('citizen-services' as const, 'internal' as const),
  approvedLevel: fc.option(fc.constantFrom(...SECURITY_LEVELS), { nil: undefined }),
  hasSecurityPlan: fc.option(fc.constantFrom(...YES_PARTLY_NO), { nil: undefined }),
  lastInspectedOn: fc.option(dateArb, { nil: undefined }),
});

const numbered = (rows: Omit<InformationSystem, 'id' | 'name'>[]): InformationSystem[] =>
  rows.map((row, index) => ({ ...row, id: `system-${index}`, name: `Hệ thống ${index}` }));

/** Any value a user can give to the question. */
function valueArb(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.type) {
    case 'yes-partly-no':
      return fc.constantFrom(...YES_PARTLY_NO).map((choice) => ({ type: question.type, choice }));
    case 'coverage':
      return fc.constantFrom(...COVERAGE_LEVELS).map((choice) => ({ type: question.type, choice }));
    case 'maturity':
      return fc.constantFrom(...MATURITY_LEVELS).map((choice) => ({ type: question.type, choice }));
    case 'percentage':
      return fc.integer({ min: 0, max: 1000 }).map((tenths) => ({ type: question.type, percent: tenths / 10 }));
    case 'count-pair':
      return fc
        .tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }))
        .map(([a, b]) => ({ type: question.type, part: Math.min(a, b), whole: Math.max(a, b) }));
    case 'date':
      return dateArb.map((date) => ({ type: question.type, date }));
    case 'multi-choice': {
      const exclusive = question.options.filter((option) => option.isExclusive).map((option) => option.id);
      const others = question.options.filter((option) => !option.isExclusive).map((option) => option.id);
      const some = fc.subarray(others, { minLength: 1 });
      return (exclusive.length ? fc.oneof(fc.subarray(exclusive, { minLength: 1, maxLength: 1 }), some) : some).map(
        (optionIds) => ({ type: question.type, optionIds }),
      );
    }
    case 'text':
      return fc.constantFrom('Thiếu máy tính', 'Không có').map((text) => ({ type: question.type, text }));
    case 'system-inventory':
      return fc.array(systemRowArb, { maxLength: 4 }).map((rows) => ({ type: question.type, systems: numbered(rows) }));
  }
}

/** A value, or "not applicable" / "don't know" where the question allows them. */
function answerArb(question: Question): fc.Arbitrary<Answer> {
  const choices: fc.WeightedArbitrary<Answer>[] = [
    { arbitrary: valueArb(question).map((value) => valueAnswer(question.id, value)), weight: 6 },
  ];
  if (question.allowsNotApplicable) choices.push({ arbitrary: fc.constant(notApplicable(question.id)), weight: 1 });
  if (question.allowsDontKnow) choices.push({ arbitrary: fc.constant(dontKnow(question.id)), weight: 1 });
  return fc.oneof(...choices);
}

/** Answers to a random subset of all questions (including some that do not apply to the unit type). */
const answerListArb: fc.Arbitrary<Answer[]> = fc
  .tuple(...ALL_QUESTIONS.map((question) => fc.option(answerArb(question), { nil: undefined, freq: 4 })))
  .map((answers) => answers.filter((answer): answer is Answer => answer !== undefined));

const scenarioArb = fc.record({
  unitType: fc.constantFrom(...UNIT_TYPES),
  answers: answerListArb.map((list) => answersOf(...list)),
});

const applicableTo = (unitType: UnitType) =>
  questionnaire.sections.flatMap((section) => listApplicableQuestions(section, unitType));

const score = (unitType: UnitType, answers: ReadonlyMap<string, Answer>) =>
  scoreAssessment(questionnaire, unitType, answers, TODAY);

function expectWithinRange(range: ScoreRange) {
  for (const value of [range.score, range.lowest, range.highest]) {
    if (value === undefined) continue;
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(100);
  }
  if (range.score !== undefined) {
    expect(range.lowest).toBeLessThanOrEqual(range.score);
    expect(range.highest).toBeGreaterThanOrEqual(range.score);
  }
  if (range.lowest !== undefined) expect(range.highest).toBeGreaterThanOrEqual(range.lowest);
}

test('every section score, its range and the overall score lie within 0-100, lowest <= score <= highest', () => {
  fc.assert(
    fc.property(scenarioArb, ({ unitType, answers }) => {
      const result = score(unitType, answers);
      for (const range of [result, ...result.sections]) expectWithinRange(range);
      expect(result.grade === undefined).toBe(result.score === undefined);
    }),
    RUNS,
  );
});

/** A strictly better answer than `answer`, when it is a scale below its best or a percentage below 100. */
function improve(answer: Answer, pick: number, thousandths: number): Answer | undefined {
  const value = answer.response?.kind === 'value' ? answer.response.value : undefined;
  if (!value) return undefined;
  if (value.type === 'yes-partly-no' || value.type === 'coverage' || value.type === 'maturity') {
    const scale: readonly string[] = SCALES[value.type];
    const index = scale.indexOf(value.choice);
    if (index === scale.length - 1) return undefined;
    const better = scale[index + 1 + (pick % (scale.length - 1 - index))];
    return valueAnswer(answer.questionId, { ...value, choice: better } as AnswerValue);
  }
  if (value.type === 'percentage' && value.percent < 100) {
    const higher = Math.min(100, value.percent + ((100 - value.percent) * thousandths) / 1000);
    return valueAnswer(answer.questionId, { type: 'percentage', percent: higher });
  }
  return undefined;
}

test('a better answer never lowers its section score nor the overall score', () => {
  fc.assert(
    fc.property(
      scenarioArb,
      fc.nat(),
      fc.nat(),
      fc.integer({ min: 1, max: 1000 }),
      ({ unitType, answers }, which, pick, thousandths) => {
        const candidates = applicableTo(unitType).flatMap((question) => {
          const answer = answers.get(question.id);
          const better = answer && question.weight > 0 ? improve(answer, pick, thousandths) : undefined;
          return better ? [better] : [];
        });
        fc.pre(candidates.length > 0);
        const better = candidates[which % candidates.length] as Answer;
        const sectionId = SECTION_OF.get(better.questionId);
        const before = score(unitType, answers);
        const after = score(unitType, new Map(answers).set(better.questionId, better));
        const sectionBefore = before.sections.find((section) => section.sectionId === sectionId);
        const sectionAfter = after.sections.find((section) => section.sectionId === sectionId);
        expect(sectionAfter?.score).toBeGreaterThanOrEqual(sectionBefore?.score as number);
        expect(after.score).toBeGreaterThanOrEqual(before.score as number);
      },
    ),
    RUNS,
  );
});

test('marking a question not applicable never changes the score of another section', () => {
  fc.assert(
    fc.property(scenarioArb, fc.nat(), ({ unitType, answers }, which) => {
      const candidates = applicableTo(unitType).filter((question) => question.allowsNotApplicable);
      fc.pre(candidates.length > 0);
      const question = candidates[which % candidates.length] as Question;
      const before = score(unitType, answers);
      const after = score(unitType, new Map(answers).set(question.id, notApplicable(question.id)));
      const others = (result: typeof before) =>
        result.sections.filter((section) => section.sectionId !== SECTION_OF.get(question.id));
      expect(others(after)).toEqual(others(before));
    }),
    RUNS,
  );
});

/** The best answer a user can give to the question. */
function bestValueArb(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.type) {
    case 'yes-partly-no':
      return fc.constant({ type: question.type, choice: 'yes' });
    case 'coverage':
      return fc.constant({ type: question.type, choice: 'most' });
    case 'maturity':
      return fc.constant({ type: question.type, choice: '4' });
    case 'percentage':
      return fc.integer({ min: question.target ?? 100, max: 100 }).map((percent) => ({ type: question.type, percent }));
    case 'count-pair':
      return fc.integer({ min: 1, max: 400 }).map((whole) => ({ type: question.type, part: whole, whole }));
    case 'date':
      // Less than a month old: within any freshness window.
      return fc.integer({ min: 0, max: 27 }).map((days) => ({ type: question.type, date: daysBefore(days) }));
    case 'multi-choice':
      return fc.constant({
        type: question.type,
        optionIds: question.options.filter((option) => !option.isExclusive).map((option) => option.id),
      });
    case 'text':
      return fc.constant({ type: question.type, text: 'Không có' });
    case 'system-inventory':
      return fc
        .array(
          fc.record({
            systemType: fc.constantFrom('citizen-services' as const, 'internal' as const),
            approvedLevel: fc.constantFrom(...SECURITY_LEVELS),
            hasSecurityPlan: fc.constant('yes' as const),
            // Within 6 months: current for every level, level 5 included (its period is 6 months).
            lastInspectedOn: fc.integer({ min: 0, max: 180 }).map(daysBefore),
          }),
          { minLength: 1, maxLength: 3 },
        )
        .map((rows) => ({ type: question.type, systems: numbered(rows) }));
  }
}

const bestSectionArb = fc
  .record({
    unitType: fc.constantFrom(...UNIT_TYPES),
    sectionIndex: fc.nat({ max: questionnaire.sections.length - 1 }),
    others: answerListArb,
  })
  .chain(({ unitType, sectionIndex, others }) => {
    const section = questionnaire.sections[sectionIndex] as (typeof questionnaire.sections)[number];
    const questions = listApplicableQuestions(section, unitType);
    return fc
      .tuple(
        ...questions.map((question) =>
          fc.record({
            value: bestValueArb(question),
            markNotApplicable: question.allowsNotApplicable ? fc.boolean() : fc.constant(false),
          }),
        ),
      )
      .map((choices) => {
        // At least one scored question keeps its best answer.
        const firstScored = questions.findIndex((question) => question.weight > 0);
        const own = questions.map((question, index) => {
          const choice = choices[index] as { value: AnswerValue; markNotApplicable: boolean };
          return choice.markNotApplicable && index !== firstScored
            ? notApplicable(question.id)
            : valueAnswer(question.id, choice.value);
        });
        return { unitType, sectionId: section.id, firstScored, answers: answersOf(...others, ...own) };
      });
  });

test('a section answered with the best possible answers (others "not applicable") scores 100', () => {
  fc.assert(
    fc.property(bestSectionArb, ({ unitType, sectionId, firstScored, answers }) => {
      fc.pre(firstScored >= 0);
      const section = score(unitType, answers).sections.find((candidate) => candidate.sectionId === sectionId);
      expect(section).toMatchObject({ score: 100, lowest: 100, highest: 100, unanswered: 0 });
    }),
    RUNS,
  );
});

test('the same input always gives deeply equal results, and the answers are left untouched', () => {
  fc.assert(
    fc.property(scenarioArb, ({ unitType, answers }) => {
      const copy = structuredClone(answers);
      const first = score(unitType, answers);
      const second = score(unitType, copy);
      expect(second).toEqual(first);
      expect(listRemediation(questionnaire, second, TODAY)).toEqual(listRemediation(questionnaire, first, TODAY));
      expect(answers).toEqual(copy);
    }),
    RUNS,
  );
});

test('the remediation plan keeps its order when called twice and whatever order the answers were stored in', () => {
  fc.assert(
    fc.property(
      scenarioArb,
      fc.array(fc.nat(), { minLength: ALL_QUESTIONS.length, maxLength: ALL_QUESTIONS.length }),
      ({ unitType, answers }, sortKeys) => {
        const key = new Map(ALL_QUESTIONS.map((question, index) => [question.id, sortKeys[index] ?? 0]));
        const shuffled = new Map(
          [...answers].sort(([a], [b]) => (key.get(a) ?? 0) - (key.get(b) ?? 0) || a.localeCompare(b)),
        );
        const plan = listRemediation(questionnaire, score(unitType, answers), TODAY);
        const again = listRemediation(questionnaire, score(unitType, answers), TODAY);
        const fromShuffled = listRemediation(questionnaire, score(unitType, shuffled), TODAY);
        expect(again).toEqual(plan);
        expect(fromShuffled).toEqual(plan);
        const ranks = plan.map((item) => ['high', 'medium', 'low'].indexOf(item.priority));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      },
    ),
    RUNS,
  );
});
