import { expect, test } from 'vitest';
import type { SectionScore } from '../scoring/score-assessment';
import { createFormat } from './format';
import { describeGradeBands, describeSectionScore } from './scores';
import { testTranslations } from './test-locale.test-support';

const vi = testTranslations('vi');
const en = testTranslations('en');

const section = (overrides: Partial<SectionScore>) =>
  ({ scoredAnswered: 10, answersNeededForGrade: 9, scoredApplicable: 15, ...overrides }) as SectionScore;

test('a section with a grade, with a score but too few answers for a grade, and without a score', () => {
  const format = createFormat('vi');
  expect(describeSectionScore(vi.t, format, section({ score: 72.5, grade: 'C' }))).toBe('72,5 điểm, xếp loại C');
  expect(describeSectionScore(vi.t, format, section({ score: 60, scoredAnswered: 3 }))).toBe(
    '60 điểm · Chưa xếp loại: cần trả lời ít nhất 9 trong 15 câu có tính điểm (đã trả lời 3)',
  );
  expect(describeSectionScore(vi.t, format, section({ scoredAnswered: 0 }))).toBe(
    'chưa có điểm · Chưa xếp loại: cần trả lời ít nhất 9 trong 15 câu có tính điểm (đã trả lời 0)',
  );
  // Enough answers, but all of them "don't know" or "not applicable": no score, nothing more to ask.
  expect(describeSectionScore(vi.t, format, section({}))).toBe('chưa có điểm');
  expect(describeSectionScore(en.t, createFormat('en'), section({ score: 72.5, grade: 'C' }))).toMatch(/^72\.5 /);
});

test('the grade bands from the floors the engine grades by', () => {
  expect(
    describeGradeBands(vi.t)
      .map(({ grade, band }) => `${grade} ${band}`)
      .join(' · '),
  ).toBe('A 90–100 điểm · B 80–89 điểm · C 65–79 điểm · D 50–64 điểm · E dưới 50 điểm');
  expect(describeGradeBands(en.t).at(-1)).toEqual({ grade: 'E', band: 'below 50 points' });
});
