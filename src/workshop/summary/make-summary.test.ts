import { buildProfile } from '../../../tests/fixtures/profile';
import { cappedCase, scoredQuestions, fullAnswer } from '../../../tests/fixtures/content-picks';
import { questionnaire } from '../../questionnaire/questionnaire';
import { scoreAssessment } from '../../scoring/score-assessment';
import { makeSummary } from './make-summary';
import { assessmentSummarySchema } from './summary-schema';

const TODAY = '2026-12-02';
const MADE_AT = '2026-12-02T09:41:07.512Z';

test('the summary carries the scores the results screen shows, capped grade included', () => {
  const { answers } = cappedCase('commune-committee');
  const profile = buildProfile({
    unitType: 'commune-committee',
    communeName: 'Xã Tân Phú',
    unitName: 'UBND xã Tân Phú',
  });
  const map = new Map(answers.map((answer) => [answer.questionId, answer]));
  const score = scoreAssessment(questionnaire, 'commune-committee', map, TODAY);

  const summary = makeSummary(
    questionnaire,
    { id: 'a-1', profile, questionnaireVersion: questionnaire.version },
    map,
    TODAY,
    MADE_AT,
  );

  expect(assessmentSummarySchema.parse(summary)).toEqual(summary);
  expect(summary.overall).toBe(score.score);
  expect(summary.grade).toBe(score.grade);
  expect(summary.grade).not.toBe(score.uncappedGrade);
  for (const section of score.sections) expect(summary.sections[section.sectionId]).toBe(section.score ?? null);
  expect(summary).toMatchObject({
    assessmentId: 'a-1',
    unitName: 'UBND xã Tân Phú',
    communeName: 'Xã Tân Phú',
    contentVersion: questionnaire.version,
    answered: score.answered,
    applicable: score.applicable,
    madeAt: MADE_AT,
  });
  expect(summary).not.toHaveProperty('sample');
  expect(summary).not.toHaveProperty('unitCode');
});

test('with nothing answered: no overall score, no grade, every section null; a sample says so', () => {
  const summary = makeSummary(
    questionnaire,
    { id: 'a-2', profile: buildProfile(), questionnaireVersion: questionnaire.version, sample: true },
    new Map(),
    TODAY,
    MADE_AT,
  );
  expect(summary.overall).toBeNull();
  expect(summary.grade).toBeNull();
  expect(Object.values(summary.sections)).toEqual([null, null, null, null, null, null]);
  expect(summary.answered).toBe(0);
  expect(summary.applicable).toBeGreaterThan(0);
  expect(summary.sample).toBe(true);
});

test('every scored question answered in full gives 100 in every section', () => {
  const answers = scoredQuestions('provincial-department').map(({ question }) => fullAnswer(question));
  const summary = makeSummary(
    questionnaire,
    { id: 'a-3', profile: buildProfile(), questionnaireVersion: questionnaire.version },
    new Map(answers.map((answer) => [answer.questionId, answer])),
    TODAY,
    MADE_AT,
  );
  expect(summary.overall).toBe(100);
  expect(summary.grade).toBe('A');
});
