/**
 * Each section's spread of the class's scores, as the collection computes it (`spreadOf`: min, quartiles as
 * QUARTILE.INC, median, max), with every unit's score as a dot. The dots carry the assessment id (names only when the
 * trainer turns them on) and are sorted by score, then id, so that their order tells nothing about who is who.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { spreadOf, type Spread } from '../../collection/compare/distributions';
import type { SectionId } from '../../questionnaire/content-schema';
import type { AssessmentScore } from '../../scoring/score-assessment';
import { compareText } from './class-members';

export interface ScoreDot {
  assessmentId: string;
  score: number;
  isSample: boolean;
}

export interface ClassSectionSpread extends Spread {
  sectionId: SectionId;
  dots: ScoreDot[];
  /** Units of the class without a score in the section (nothing answered that counts). */
  withoutScore: number;
}

export interface ScoredMember {
  assessmentId: string;
  isSample: boolean;
  score: AssessmentScore;
}

export function spreadClassSections(
  members: readonly ScoredMember[],
  sectionIds: readonly SectionId[],
): ClassSectionSpread[] {
  return sectionIds.map((sectionId) => {
    const dots = members
      .flatMap(({ assessmentId, isSample, score }): ScoreDot[] => {
        const value = score.sections.find((section) => section.sectionId === sectionId)?.score;
        return value === undefined ? [] : [{ assessmentId, score: value, isSample }];
      })
      .sort((a, b) => a.score - b.score || compareText(a.assessmentId, b.assessmentId));
    return {
      sectionId,
      ...spreadOf(dots.map((dot) => dot.score)),
      dots,
      withoutScore: members.length - dots.length,
    };
  });
}
