import { expect, test } from 'vitest';
import { choice } from '../../../tests/fixtures/answers';
import type { ReceivedAssessment } from '../received-schema';
import { receivedAssessment, TODAY } from './compare.test-support';
import { computeCollection } from './compute-collection';

const asSample = (one: ReceivedAssessment): ReceivedAssessment => ({
  ...one,
  entry: { ...one.entry, assessment: { ...one.entry.assessment, sample: true } },
});

test('a received sample has its row, marked, and none of its gaps is among the most common', () => {
  const gapOnlyInSample = 'capacity-it-officer';
  const real = receivedAssessment({ id: 'real', answers: [choice(gapOnlyInSample, 'yes')] });
  const sample = asSample(receivedAssessment({ id: 'sample', answers: [choice(gapOnlyInSample, 'no')] }));
  const figures = computeCollection([real, sample], TODAY);
  expect(figures.rows.map((row) => [row.assessmentId, row.isSample])).toEqual([
    ['real', undefined],
    ['sample', true],
  ]);
  expect(figures.gaps.map((gap) => gap.questionId)).not.toContain(gapOnlyInSample);
  // The same answers from a real unit do count: the test would pass for the wrong reason otherwise.
  const both = computeCollection(
    [real, { ...sample, entry: { ...sample.entry, assessment: real.entry.assessment } }],
    TODAY,
  );
  expect(both.gaps.map((gap) => gap.questionId)).toContain(gapOnlyInSample);
});
