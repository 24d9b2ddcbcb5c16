import { questionnaire } from '../../questionnaire/questionnaire';
import { scoreAssessment } from '../../scoring/score-assessment';
import { findQuestion, questionNumbers } from './shared';

test('question numbers are the section’s place and the question’s place among those that apply', () => {
  const score = scoreAssessment(questionnaire, 'provincial-department', new Map(), '2026-11-22');
  const numbers = questionNumbers(score);
  score.sections.forEach((section, sectionIndex) => {
    section.questions.forEach((question, index) => {
      expect(numbers.get(question.questionId)).toBe(`${sectionIndex + 1}.${index + 1}`);
    });
  });
  expect(numbers.size).toBe(score.sections.reduce((sum, section) => sum + section.questions.length, 0));
});

test('a question is found in any section, and an unknown id is not', () => {
  const last = questionnaire.sections.at(-1)!.questions.at(-1)!;
  expect(findQuestion(questionnaire, last.id)).toBe(last);
  expect(findQuestion(questionnaire, 'no-such-question')).toBeUndefined();
});
