import { questionnaire } from '../questionnaire/questionnaire';
import { scoreAssessment } from '../scoring/score-assessment';
import { describeDeadline as deadlineWords } from '../wording/deadline';
import { describeReference } from '../wording/legal-citation';
import { describeGradeBands as gradeBandWords, describeSectionScore as sectionScoreWords } from '../wording/scores';
import { fakeLocale } from './fake-locale.test-support';
import { describeDeadline, describeGradeBands, describeLegalReference, describeSectionScore } from './report-text';

// report-text.ts keeps, for the builders written against it, the report locale's form of the wording layer.
test.each(['vi', 'en'] as const)('the report locale’s words are the wording layer’s, in %s', (language) => {
  const locale = fakeLocale(language);
  const { t, format } = locale;
  expect(describeDeadline(locale, '2025-04-05', 'legal', '2026-12-02')).toBe(
    deadlineWords(t, format, '2025-04-05', 'legal', '2026-12-02'),
  );
  const score = scoreAssessment(questionnaire, 'provincial-department', new Map(), '2026-11-22');
  for (const section of score.sections) {
    expect(describeSectionScore(locale, section)).toBe(sectionScoreWords(t, format, section));
  }
  expect(describeGradeBands(locale)).toEqual(gradeBandWords(t));
  const reference = { documentId: 'decree-42-2022', article: '11' };
  expect(describeLegalReference(locale, reference, questionnaire.legalDocuments)).toBe(
    describeReference(locale, reference, questionnaire.legalDocuments),
  );
});
