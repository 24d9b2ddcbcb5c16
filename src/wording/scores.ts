/**
 * Scores and grades in words: a section's score and grade, or why it has none, and the grade bands. The results
 * screen's chart, explanation and legend, and both PDFs, write them here.
 */
import type { Grade } from '../questionnaire/content-schema';
import { listGradeBands } from '../scoring/grade';
import type { SectionScore } from '../scoring/score-assessment';
import type { NumberDateFormat, Translate } from './types';

/** «72,5 điểm, xếp loại C»; without a grade, the score and how many answers one needs; or that it is not scored. */
export function describeSectionScore(
  t: Translate,
  format: Pick<NumberDateFormat, 'number'>,
  section: SectionScore,
): string {
  if (section.score === undefined) {
    return section.scoredAnswered < section.answersNeededForGrade
      ? `${t('results.sectionNotScored')} · ${describeUngraded(t, section)}`
      : t('results.sectionNotScored');
  }
  const score = format.number(section.score);
  return section.grade
    ? t('results.sectionScore', { score, grade: section.grade })
    : `${t('results.sectionScoreOnly', { score })} · ${describeUngraded(t, section)}`;
}

/** «Chưa xếp loại: cần trả lời ít nhất 9 trong 15 câu có tính điểm (đã trả lời 3)». */
export function describeUngraded(t: Translate, section: SectionScore): string {
  return t('results.sectionUngraded', {
    needed: section.answersNeededForGrade,
    total: section.scoredApplicable,
    answered: section.scoredAnswered,
  });
}

/** «90–100 điểm», …, «dưới 50 điểm»: each grade's band, read from the floors the engine grades by. */
export function describeGradeBands(t: Translate): { grade: Grade; band: string }[] {
  return listGradeBands().map((band) => ({
    grade: band.grade,
    band:
      'below' in band
        ? t('results.gradeLegend.below', { below: band.below })
        : t('results.gradeLegend.range', { from: band.from, to: band.to }),
  }));
}
