/** A section's score in words, as the chart, the explanation and the PDF write it: its grade, or why it has none. */
import type { TFunction } from 'i18next';
import type { SectionScore } from '../../scoring/score-assessment';

type Format = { number: (value: number) => string };

export function describeSectionScore(t: TFunction, format: Format, section: SectionScore): string {
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
export function describeUngraded(t: TFunction, section: SectionScore): string {
  return t('results.sectionUngraded', {
    needed: section.answersNeededForGrade,
    total: section.scoredApplicable,
    answered: section.scoredAnswered,
  });
}
