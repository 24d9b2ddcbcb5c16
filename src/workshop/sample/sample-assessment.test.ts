import fc from 'fast-check';
import { expect, test } from 'vitest';
import { planItemSchema } from '../../assessment/plan-item-schema';
import { profileSchema } from '../../assessment/profile-schema';
import { answerSchema, type Answer } from '../../questionnaire/answer-schema';
import { findQuestion, listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import { listRemediation } from '../../scoring/remediation';
import { scoreAssessment } from '../../scoring/score-assessment';
import { buildSampleContent } from './sample-assessment';
import { shiftMonths } from './sample-dates';

const TODAY = '2026-12-02';
const sample = buildSampleContent(TODAY, '2026-12-02T08:00:00.000Z');
const applicable = questionnaire.sections.flatMap((section) => listApplicableQuestions(section, 'commune-committee'));
const scoreOn = (today: string) => {
  const content = buildSampleContent(today, `${today}T08:00:00.000Z`);
  const answers = new Map(content.answers.map((answer): [string, Answer] => [answer.questionId, answer]));
  return scoreAssessment(questionnaire, content.profile.unitType, answers, today);
};

test('the profile is a valid commune People’s Committee, for the year it is opened', () => {
  expect(profileSchema.parse(sample.profile)).toEqual(sample.profile);
  expect(sample.profile.unitType).toBe('commune-committee');
  expect(sample.profile.unitName).toContain('Mẫu');
  expect(buildSampleContent('2031-03-01', '2031-03-01T00:00:00.000Z').profile.periodYear).toBe(2031);
});

test('every answer passes the schema and belongs to a question that applies, and allows its kind of response', () => {
  for (const answer of sample.answers) {
    expect(answerSchema.parse(answer)).toEqual(answer);
    const found = findQuestion(answer.questionId);
    expect(found?.question.appliesTo, answer.questionId).toContain('commune-committee');
    if (answer.response?.kind === 'not-applicable') expect(found?.question.allowsNotApplicable).toBe(true);
    if (answer.response?.kind === 'dont-know') expect(found?.question.allowsDontKnow).toBe(true);
    if (answer.response?.kind === 'value') expect(answer.response.value.type).toBe(found?.question.type);
  }
});

test('every applicable question is answered, once', () => {
  const answered = sample.answers.map((answer) => answer.questionId);
  expect(new Set(answered).size).toBe(answered.length);
  expect([...answered].sort()).toEqual(applicable.map((question) => question.id).sort());
  expect(sample.answers.every((answer) => answer.response !== undefined)).toBe(true);
});

test('it teaches the honest answers too: a few "don’t know" and "not applicable", notes and evidence', () => {
  const kinds = sample.answers.map((answer) => answer.response?.kind);
  expect(kinds.filter((kind) => kind === 'dont-know').length).toBeGreaterThanOrEqual(2);
  expect(kinds.filter((kind) => kind === 'not-applicable').length).toBeGreaterThanOrEqual(2);
  expect(sample.answers.filter((answer) => answer.note).length).toBeGreaterThan(20);
  const evidence = sample.answers.flatMap((answer) => (answer.evidence ? [answer.evidence] : []));
  expect(evidence.length).toBeGreaterThanOrEqual(5);
  expect(evidence.every((item) => item.documentNumber && item.issuedOn && item.issuer)).toBe(true);
  const inventory = sample.answers.find((answer) => answer.questionId === 'security-system-inventory');
  const value = inventory?.response?.kind === 'value' ? inventory.response.value : undefined;
  expect(value?.type === 'system-inventory' ? value.systems.length : 0).toBeGreaterThanOrEqual(3);
});

test('the score is mid-range and complete, with a critical gap and a plan that has something in every section', () => {
  const score = scoreOn(TODAY);
  expect(score.isProvisional).toBe(false);
  expect(score.score).toBeGreaterThanOrEqual(50);
  expect(score.score).toBeLessThan(80);
  // The lesson of a critical gap: the score alone earns a better grade than the one given.
  expect(score.criticalGaps.length).toBeGreaterThan(0);
  expect(score.grade).not.toBe(score.uncappedGrade);
  expect(score.targets.some((target) => target.status === 'not-met')).toBe(true);
  const remediation = listRemediation(questionnaire, score, TODAY);
  const sectionsWithGaps = new Set(remediation.map((item) => item.sectionId));
  expect(sectionsWithGaps.size).toBe(questionnaire.sections.length);
  expect(remediation.some((item) => item.priority === 'high')).toBe(true);
  expect(remediation.every((item) => item.legalBasis.length > 0)).toBe(true);
});

test('the plan items pass the schema, name questions with gaps, and mix statuses', () => {
  const gaps = new Set(listRemediation(questionnaire, scoreOn(TODAY), TODAY).map((item) => item.questionId));
  for (const item of sample.planItems) {
    expect(planItemSchema.parse(item)).toEqual(item);
    expect(gaps.has(item.questionId), item.questionId).toBe(true);
    expect(item.owner).toBeTruthy();
  }
  expect(new Set(sample.planItems.map((item) => item.status)).size).toBe(3);
});

test('whenever it is opened, its score is the same: the dates count from that day', () => {
  const reference = scoreOn(TODAY).score;
  fc.assert(
    fc.property(fc.date({ min: new Date('2026-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (day) => {
      expect(scoreOn(day.toISOString().slice(0, 10)).score).toBe(reference);
    }),
    { numRuns: 40 },
  );
});

test('months are shifted by the calendar, to the last day of a shorter month', () => {
  expect(shiftMonths('2026-03-31', -1)).toBe('2026-02-28');
  expect(shiftMonths('2026-01-15', -14)).toBe('2024-11-15');
  expect(shiftMonths('2026-11-30', 3)).toBe('2027-02-28');
});
