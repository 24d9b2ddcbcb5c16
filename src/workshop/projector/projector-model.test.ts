import fc from 'fast-check';
import { choice, dontKnow, notApplicable, percent, countPair } from '../../../tests/fixtures/answers';
import { receivedAssessment, tinyQuestionnaire, TODAY } from '../../collection/compare/compare.test-support';
import { generateCollection } from '../../collection/compare/generated-collection.test-support';
import type { ReceivedAssessment } from '../../collection/received-schema';
import type { Question } from '../../questionnaire/content-schema';
import { questionnaire } from '../../questionnaire/questionnaire';
import type { AnswerDistribution } from './answer-distribution';
import { selectClass } from './class-members';
import { buildProjectorModel } from './projector-model';
import { orderQuestions, QUESTION_ORDERS } from './question-order';

const sample = (copy: ReceivedAssessment): ReceivedAssessment => ({
  ...copy,
  entry: { ...copy.entry, assessment: { ...copy.entry.assessment, sample: true } },
});

/** A second, diverging copy of an assessment: same id, its own key and answers. */
const divergingCopy = (copy: ReceivedAssessment, answers = copy.entry.answers): ReceivedAssessment => ({
  ...copy,
  key: `${copy.id}~0123456789ab`,
  entry: { ...copy.entry, answers },
});

const total = (distribution: AnswerDistribution) =>
  distribution.buckets.reduce((sum, bucket) => sum + bucket.count, 0) +
  distribution.dontKnow.count +
  distribution.notApplicable.count +
  distribution.unanswered.count +
  distribution.notAsked.count;

/** Three departments and a commune on the tiny questionnaire: s-portal splits 2 yes / 1 no / 1 don't know. */
function tinyClass() {
  return [
    receivedAssessment({
      id: 'a',
      answers: [choice('s-portal', 'yes'), choice('s-online', 'yes'), choice('g-signed', 'yes')],
    }),
    receivedAssessment({
      id: 'b',
      answers: [choice('s-portal', 'yes'), choice('s-online', 'yes'), choice('g-signed', 'no')],
    }),
    receivedAssessment({
      id: 'c',
      answers: [choice('s-portal', 'no'), choice('s-online', 'yes'), notApplicable('g-signed')],
    }),
    receivedAssessment({
      id: 'd',
      profile: { unitName: 'UBND xã Đông Hòa', unitType: 'commune-committee', communeName: 'Xã Đông Hòa' },
      answers: [dontKnow('s-portal'), choice('s-online', 'partly'), choice('g-commune', 'no')],
    }),
  ];
}

test('the class is one copy per listed id, the primary one when two diverge, in id order', () => {
  const [a, b, c] = tinyClass();
  if (!a || !b || !c) throw new Error('fixture');
  const other = divergingCopy(b, [choice('s-portal', 'no')]);
  expect(selectClass([c, other, b, a], ['b', 'a', 'missing']).map((copy) => copy.key)).toEqual(['a', 'b']);
  expect(selectClass([other, c]).map((copy) => copy.key)).toEqual([other.key, 'c']);
  expect(selectClass([a, b, c], [])).toEqual([]);
});

test('a question: a count per option, "don\'t know", "not applicable", unanswered and not asked', () => {
  const model = buildProjectorModel(tinyQuestionnaire(), tinyClass(), TODAY);
  const portal = model.questions.find((question) => question.questionId === 's-portal');
  expect(portal?.distribution.buckets.map(({ id, count }) => [id, count])).toEqual([
    ['yes', 2],
    ['partly', 0],
    ['no', 1],
  ]);
  expect(portal?.distribution.dontKnow).toEqual({ id: 'dont-know', count: 1, assessmentIds: ['d'] });
  expect(portal?.distribution.answered).toBe(4);
  // Most common answer: yes, 2 of 4.
  expect(portal?.disagreement).toBe(0.5);
  // Earned: 1, 1, 0, and 0 for "don't know".
  expect(portal?.meanEarned).toBe(0.5);

  const commune = model.questions.find((question) => question.questionId === 'g-commune');
  expect(commune?.distribution.notAsked.count).toBe(3);
  expect(commune?.disagreement).toBe(0);
  const signed = model.questions.find((question) => question.questionId === 'g-signed');
  expect(signed?.distribution.notApplicable.assessmentIds).toEqual(['c']);
  expect(signed?.distribution.unanswered.assessmentIds).toEqual(['d']);
  // The free-text note is never on the projector.
  expect(model.questions.map((question) => question.questionId)).toEqual([
    's-portal',
    's-online',
    'g-signed',
    'g-commune',
  ]);
});

test('disagreement first, or the weakest first; ties keep the questionnaire order', () => {
  const model = buildProjectorModel(tinyQuestionnaire(), tinyClass(), TODAY);
  // s-portal 1 − 2/4, s-online 1 − 3/4, g-signed 1 − 1/3 (yes, no, n/a), g-commune one answer: 0.
  expect(orderQuestions(model.questions, 'disagreement').map((question) => question.questionId)).toEqual([
    'g-signed',
    's-portal',
    's-online',
    'g-commune',
  ]);
  // Means: s-portal 0.5, s-online (1 + 1 + 1 + 0.5) / 4, g-signed 0.5 (yes, no), g-commune 0.
  expect(orderQuestions(model.questions, 'weakness').map((question) => question.questionId)).toEqual([
    'g-commune',
    's-portal',
    'g-signed',
    's-online',
  ]);
});

test('shares fall in bands of 20 points; 0 out of 0 is "nothing to count"', () => {
  const questions: readonly Question[] = questionnaire.sections.flatMap((section): Question[] => section.questions);
  const forDepartments = (type: Question['type']) =>
    questions.find((candidate) => candidate.type === type && candidate.appliesTo.includes('provincial-department'));
  const question = forDepartments('count-pair');
  const share = forDepartments('percentage');
  if (!question || !share) throw new Error('content has a count-pair and a percentage question');
  const units = [
    receivedAssessment({ id: 'p1', answers: [countPair(question.id, 19, 100), percent(share.id, 100)] }),
    receivedAssessment({ id: 'p2', answers: [countPair(question.id, 20, 100), percent(share.id, 99.9)] }),
    receivedAssessment({ id: 'p3', answers: [countPair(question.id, 0, 0), percent(share.id, 0)] }),
  ];
  const model = buildProjectorModel(questionnaire, units, TODAY);
  const counts = (id: string) =>
    Object.fromEntries(
      (model.questions.find((candidate) => candidate.questionId === id)?.distribution.buckets ?? [])
        .filter((bucket) => bucket.count > 0)
        .map((bucket) => [bucket.id, bucket.assessmentIds]),
    );
  expect(counts(question.id)).toEqual({ '0-19': ['p1'], '20-39': ['p2'], 'nothing-to-count': ['p3'] });
  expect(counts(share.id)).toEqual({ '0-19': ['p3'], '80-99': ['p2'], '100': ['p1'] });
});

test('a section: the spread of the class, every score a dot, sorted, the sample marked', () => {
  const units = tinyClass();
  const withSample = [...units.slice(0, 3), sample(units[3] as ReceivedAssessment)];
  const model = buildProjectorModel(tinyQuestionnaire(), withSample, TODAY);
  expect(model.sampleCount).toBe(1);
  expect(model.members.map((member) => member.isSample)).toEqual([false, false, false, true]);
  const services = model.sections.find((section) => section.sectionId === 'services');
  // a, b: 100; c: s-portal no (0 × 2) + s-online yes (1) → 33.3; d: don't know (0 × 2) + partly (0.5) → 16.7.
  expect(services?.dots).toEqual([
    { assessmentId: 'd', score: 16.7, isSample: true },
    { assessmentId: 'c', score: 33.3, isSample: false },
    { assessmentId: 'a', score: 100, isSample: false },
    { assessmentId: 'b', score: 100, isSample: false },
  ]);
  expect(services).toMatchObject({ count: 4, min: 16.7, median: 66.7, max: 100, withoutScore: 0 });
  expect(model.gaps.map((gap) => gap.questionId)).toContain('s-portal');
});

const shuffled = <T>(values: readonly T[], keys: readonly number[]) =>
  values
    .map((value, index) => ({ value, key: keys[index % keys.length] ?? 0, index }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ value }) => value);

const collection = generateCollection(24, 13);

test('property: every question\'s counts add up to the class size, and "answered" to the answers', () => {
  fc.assert(
    fc.property(fc.subarray(collection, { minLength: 0, maxLength: 12 }), (copies) => {
      const model = buildProjectorModel(questionnaire, selectClass(copies), TODAY);
      for (const { distribution } of model.questions) {
        expect(total(distribution)).toBe(copies.length);
        expect(distribution.answered).toBe(copies.length - distribution.unanswered.count - distribution.notAsked.count);
      }
      for (const section of model.sections) expect(section.dots.length + section.withoutScore).toBe(copies.length);
    }),
    { numRuns: 25 },
  );
});

test('property: each ordering is a permutation of the questions', () => {
  fc.assert(
    fc.property(
      fc.subarray(collection, { minLength: 1, maxLength: 10 }),
      fc.constantFrom(...QUESTION_ORDERS),
      (copies, order) => {
        const { questions } = buildProjectorModel(questionnaire, selectClass(copies), TODAY);
        const ordered = orderQuestions(questions, order).map((question) => question.questionId);
        expect([...ordered].sort()).toEqual(questions.map((question) => question.questionId).sort());
        expect(new Set(ordered).size).toBe(questions.length);
      },
    ),
    { numRuns: 25 },
  );
});

test('property: the model and both orderings do not depend on the order the assessments arrived in', () => {
  fc.assert(
    fc.property(
      fc.subarray(collection, { minLength: 1, maxLength: 10 }),
      fc.array(fc.integer(), { minLength: 1, maxLength: 10 }),
      fc.boolean(),
      (copies, keys, withDiverging) => {
        const arrived = withDiverging && copies[0] ? [...copies, divergingCopy(copies[0], [])] : copies;
        const ids = arrived.map((copy) => copy.id);
        const first = buildProjectorModel(questionnaire, selectClass(arrived, ids), TODAY);
        const second = buildProjectorModel(
          questionnaire,
          selectClass(shuffled(arrived, keys), shuffled(ids, keys.slice(1).concat(keys[0] ?? 0))),
          TODAY,
        );
        expect(second).toEqual(first);
        for (const order of QUESTION_ORDERS) {
          expect(orderQuestions(second.questions, order)).toEqual(orderQuestions(first.questions, order));
        }
      },
    ),
    { numRuns: 20 },
  );
});
