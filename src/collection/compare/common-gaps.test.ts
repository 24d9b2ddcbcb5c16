import fc from 'fast-check';
import { choice, countPair, dontKnow, notApplicable } from '../../../tests/fixtures/answers';
import type { Question, Questionnaire } from '../../questionnaire/content-schema';
import { questionnaire } from '../../questionnaire/questionnaire';
import { listRemediation } from '../../scoring/remediation';
import { listCommonGaps } from './common-gaps';
import { receivedAssessment, tinyQuestionnaire, TODAY } from './compare.test-support';
import { generateCollection } from './generated-collection.test-support';
import { scoreReceivedAssessments } from './score-received';

const commune = { unitName: 'UBND xã An Phú', unitType: 'commune-committee', communeName: 'Xã An Phú' } as const;

test('the most common gaps, counted by hand: by share, then count, ties in the questionnaire order', () => {
  const content = tinyQuestionnaire();
  const scored = scoreReceivedAssessments(
    content,
    [
      receivedAssessment({
        id: 'dept',
        answers: [choice('s-portal', 'yes'), choice('s-online', 'partly'), choice('g-signed', 'yes')],
      }),
      receivedAssessment({
        id: 'commune',
        profile: commune,
        answers: [choice('s-portal', 'no'), choice('g-signed', 'no'), dontKnow('g-commune')],
      }),
      receivedAssessment({ id: 'empty' }),
      receivedAssessment({ id: 'not-applicable', answers: [notApplicable('s-portal'), choice('s-online', 'yes')] }),
    ],
    TODAY,
  );
  const gaps = listCommonGaps(content, scored);
  const legalBasis = [{ documentId: 'decree-42-2022', article: '12' }];
  expect(gaps).toEqual([
    // Applies to communes only: the one commune answered "don't know", which earns 0.
    {
      questionId: 'g-commune',
      sectionId: 'signatures',
      applicable: 1,
      failing: 1,
      share: 1,
      critical: 0,
      unanswered: 0,
      notApplicable: 0,
      legalBasis,
      actionKey: 'questions.g-commune.action',
      remediation: { role: 'digital-officer' },
    },
    // 1 of 4 each, equal counts too: the questionnaire's order. N/A and unanswered are counted apart, never failed.
    expect.objectContaining({ questionId: 's-portal', failing: 1, applicable: 4, unanswered: 1, notApplicable: 1 }),
    expect.objectContaining({ questionId: 's-online', failing: 1, applicable: 4, unanswered: 2, notApplicable: 0 }),
    expect.objectContaining({ questionId: 'g-signed', failing: 1, applicable: 4, critical: 1, unanswered: 2 }),
  ]);
  expect(gaps[1]?.share).toBe(0.25);
  // The unscored note is never a gap, nor is a question no unit fails.
  expect(gaps.map((gap) => gap.questionId)).not.toContain('s-notes');
});

test('equal shares: the larger count first', () => {
  const content = tinyQuestionnaire();
  const failing = (id: string, profile = {}) =>
    receivedAssessment({ id, profile, answers: [choice('s-portal', 'partly'), choice('g-commune', 'no')] });
  const scored = scoreReceivedAssessments(
    content,
    [failing('c1', commune), failing('c2', commune), failing('d1'), failing('d2')],
    TODAY,
  );
  // Both fail everywhere they apply: g-commune 2 of 2, s-portal 4 of 4; the count breaks the tie.
  expect(listCommonGaps(content, scored).map((gap) => [gap.questionId, gap.failing, gap.share])).toEqual([
    ['s-portal', 4, 1],
    ['g-commune', 2, 1],
  ]);
});

test('a critical gap is a failure even where the answer earns full points', () => {
  // A share question whose target (80%) is below the critical threshold (100%): 90% earns full points yet is a gap.
  const tiny = tinyQuestionnaire();
  const share: Question = {
    id: 's-share',
    type: 'count-pair',
    target: 80,
    weight: 1,
    appliesTo: ['provincial-department'],
    allowsNotApplicable: true,
    allowsDontKnow: true,
    dti: 'digital-government',
    legalBasis: [{ documentId: 'decree-42-2022' }],
    remediation: { role: 'unit-leader' },
  };
  const content: Questionnaire = {
    ...tiny,
    sections: [{ id: 'services', weight: 1, questions: [share] }],
    criticalGaps: [
      { id: 'below-all', questionId: 's-share', rule: { kind: 'share-below', percent: 100 }, capGrade: 'C' },
    ],
  };
  const scored = scoreReceivedAssessments(
    content,
    [receivedAssessment({ answers: [countPair('s-share', 9, 10)] })],
    TODAY,
  );
  expect(listRemediation(content, scored[0]!.score, TODAY)).toEqual([]);
  expect(listCommonGaps(content, scored)).toMatchObject([{ questionId: 's-share', failing: 1, critical: 1 }]);
});

test("a question's count is the number of units whose own plan lists it (the content's critical gaps are plan items)", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
      const scored = scoreReceivedAssessments(questionnaire, generateCollection(12, seed), TODAY);
      const plans = scored.map(
        ({ score }) => new Set(listRemediation(questionnaire, score, TODAY).map((i) => i.questionId)),
      );
      const criticals = scored.map(({ score }) => new Set(score.criticalGaps.map((gap) => gap.questionId)));
      criticals.forEach((critical, index) => critical.forEach((id) => expect(plans[index]?.has(id)).toBe(true)));
      const gaps = listCommonGaps(questionnaire, scored);
      const listed = new Map(gaps.map((gap) => [gap.questionId, gap]));
      for (const question of questionnaire.sections.flatMap((section): Question[] => section.questions)) {
        const failing = plans.filter((plan) => plan.has(question.id)).length;
        expect(listed.get(question.id)?.failing ?? 0).toBe(failing);
        expect(listed.get(question.id)?.critical ?? 0).toBe(criticals.filter((c) => c.has(question.id)).length);
      }
      gaps.slice(1).forEach((gap, index) => {
        const before = gaps[index]!;
        expect(before.share > gap.share || (before.share === gap.share && before.failing >= gap.failing)).toBe(true);
      });
    }),
    { numRuns: 25 },
  );
});
