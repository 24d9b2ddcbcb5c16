import fc from 'fast-check';
import { UNIT_TYPES } from '../content-schema';
import { listApplicableQuestions, questionnaire } from '../questionnaire';
import { findNextUnanswered, listPaperQuestions } from './paper-order';

test.each(UNIT_TYPES)('for %s: every applicable question once, section by section, numbered from 1 in each', (type) => {
  const paper = listPaperQuestions(questionnaire, type);
  const expected = questionnaire.sections.flatMap((section) => listApplicableQuestions(section, type));
  expect(paper.map((entry) => entry.question)).toEqual(expected);
  for (const entry of paper) {
    const sectionIndex = questionnaire.sections.findIndex((section) => section.id === entry.sectionId);
    const inSection = paper.filter((other) => other.sectionId === entry.sectionId);
    expect(entry.sectionNumber).toBe(sectionIndex + 1);
    expect(entry.number).toBe(`${sectionIndex + 1}.${inSection.indexOf(entry) + 1}.`);
  }
});

test('the next unanswered question is the first one after, going round, and none when all are answered', () => {
  const paper = listPaperQuestions(questionnaire, 'commune-committee');
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: paper.length - 1 }),
      fc.uniqueArray(fc.integer({ min: 0, max: paper.length - 1 })),
      (from, unansweredIndexes) => {
        const unanswered = new Set(unansweredIndexes.map((index) => paper[index]?.question.id));
        const found = findNextUnanswered(paper, from, (id) => !unanswered.has(id));
        if (unanswered.size === 0) return found === undefined;
        if (found === undefined) return false;
        const distance = (index: number) => (index - from + paper.length - 1) % paper.length;
        const nearest = Math.min(...unansweredIndexes.map(distance));
        return distance(found) === nearest;
      },
    ),
  );
});
