import type { Answer } from '../questionnaire/answer-schema';
import { UNIT_TYPES, type Question, type Section, type UnitType } from '../questionnaire/content-schema';
import { findSection, questionnaire } from '../questionnaire/questionnaire';
import { measureProgress, measureSectionProgress, percentDone, statusOf, type Progress } from './progress';

const UPDATED_AT = '2026-05-15T08:30:00.000Z';
const sections: readonly Section[] = questionnaire.sections;

function requireSection(id: string): Section {
  const section = findSection(id);
  if (!section) throw new Error(`no section ${id}`);
  return section;
}

function applicable(section: Section, unitType: UnitType): Question[] {
  return section.questions.filter((question) => question.appliesTo.includes(unitType));
}

/** A section with a question that does not apply to the unit type, and that question. */
function findExcludedQuestion(unitType: UnitType): { section: Section; question: Question } {
  for (const section of sections) {
    const question = section.questions.find((q) => !q.appliesTo.includes(unitType));
    if (question) return { section, question };
  }
  throw new Error(`every question applies to ${unitType}`);
}

function answered(questionId: string, kind: 'not-applicable' | 'dont-know' = 'dont-know'): Answer {
  return { questionId, response: { kind }, updatedAt: UPDATED_AT };
}

function answersOf(list: Answer[]): ReadonlyMap<string, Answer> {
  return new Map(list.map((answer) => [answer.questionId, answer]));
}

test('with no answers a section has not started and counts only the questions that apply to the unit type', () => {
  const { section } = findExcludedQuestion('provincial-service-centre');
  const progress = measureSectionProgress(section, 'provincial-service-centre', new Map());

  expect(progress).toEqual({ answered: 0, total: applicable(section, 'provincial-service-centre').length });
  expect(progress.total).toBeLessThan(section.questions.length);
  expect(statusOf(progress)).toBe('not-started');
});

test('an answer to a question that does not apply to the unit type is not counted', () => {
  const { section, question } = findExcludedQuestion('provincial-service-centre');
  const answers = answersOf([answered(question.id)]);

  expect(measureSectionProgress(section, 'provincial-service-centre', answers).answered).toBe(0);
  expect(measureSectionProgress(section, question.appliesTo[0] ?? 'commune-committee', answers).answered).toBe(1);
});

test('a note alone does not count as answered', () => {
  const section = requireSection('services');
  const [question] = applicable(section, 'commune-committee');
  const noteOnly: Answer = { questionId: question?.id ?? '', note: 'Chờ số liệu', updatedAt: UPDATED_AT };
  const progress = measureSectionProgress(section, 'commune-committee', answersOf([noteOnly]));

  expect(progress.answered).toBe(0);
  expect(statusOf(progress)).toBe('not-started');
});

test('"not applicable" and "don\'t know" count as answered', () => {
  const section = requireSection('security');
  const [first, second] = applicable(section, 'provincial-department');
  const answers = answersOf([answered(first?.id ?? '', 'not-applicable'), answered(second?.id ?? '', 'dont-know')]);
  const progress = measureSectionProgress(section, 'provincial-department', answers);

  expect(progress.answered).toBe(2);
  expect(statusOf(progress)).toBe('in-progress');
});

test('a value counts as answered', () => {
  const section = requireSection('capacity');
  const [question] = applicable(section, 'provincial-committee');
  const answer: Answer = {
    questionId: question?.id ?? '',
    response: { kind: 'value', value: { type: 'text', text: 'Có' } },
    updatedAt: UPDATED_AT,
  };

  expect(measureSectionProgress(section, 'provincial-committee', answersOf([answer])).answered).toBe(1);
});

test('a section is completed when every applicable question is answered, even if others are not', () => {
  const { section, question: excluded } = findExcludedQuestion('provincial-service-centre');
  const all = applicable(section, 'provincial-service-centre').map((question) => answered(question.id));
  const allButOne = all.slice(1);

  const complete = measureSectionProgress(section, 'provincial-service-centre', answersOf(all));
  const almost = measureSectionProgress(section, 'provincial-service-centre', answersOf(allButOne));

  expect(all.map((answer) => answer.questionId)).not.toContain(excluded.id);
  expect(statusOf(complete)).toBe('completed');
  expect(statusOf(almost)).toBe('in-progress');
  expect(almost.answered).toBe(complete.total - 1);
});

test('overall progress adds up the sections, for each unit type', () => {
  for (const unitType of UNIT_TYPES) {
    const perSection = sections.map((section) => measureSectionProgress(section, unitType, new Map()));
    const overall = measureProgress(sections, unitType, new Map());

    expect(overall).toEqual({ answered: 0, total: perSection.reduce((sum, part) => sum + part.total, 0) });
  }
});

test('overall progress is 100% when every applicable question in every section is answered', () => {
  const unitType: UnitType = 'commune-committee';
  const answers = answersOf(sections.flatMap((section) => applicable(section, unitType)).map((q) => answered(q.id)));
  const overall = measureProgress(sections, unitType, answers);
  const allQuestions = sections.reduce((sum, section) => sum + section.questions.length, 0);

  expect(overall.answered).toBe(overall.total);
  expect(overall.total).toBeLessThan(allQuestions);
  expect(percentDone(overall)).toBe(100);
});

test('overall progress counts answers in any section', () => {
  const [services, signatures] = [requireSection('services'), requireSection('signatures')];
  const answers = answersOf([
    answered(applicable(services, 'provincial-committee')[0]?.id ?? ''),
    answered(applicable(signatures, 'provincial-committee')[0]?.id ?? ''),
  ]);

  expect(measureProgress(sections, 'provincial-committee', answers).answered).toBe(2);
});

test.each<[Progress, number]>([
  [{ answered: 0, total: 0 }, 0],
  [{ answered: 0, total: 10 }, 0],
  [{ answered: 1, total: 3 }, 33],
  [{ answered: 2, total: 3 }, 67],
  [{ answered: 7, total: 7 }, 100],
])('percentDone(%j) is %i', (progress, expected) => {
  expect(percentDone(progress)).toBe(expected);
});

test.each<[Progress, string]>([
  [{ answered: 0, total: 9 }, 'not-started'],
  [{ answered: 1, total: 9 }, 'in-progress'],
  [{ answered: 8, total: 9 }, 'in-progress'],
  [{ answered: 9, total: 9 }, 'completed'],
])('statusOf(%j) is %s', (progress, expected) => {
  expect(statusOf(progress)).toBe(expected);
});
