/**
 * An assessment's summary (summary-schema.ts) from the same `scoreAssessment` call the results screen makes, so the
 * trainer reads the scores the participant sees.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Assessment } from '../../assessment/assessment-schema';
import type { Answer } from '../../questionnaire/answer-schema';
import { SECTION_IDS, type Questionnaire, type SectionId } from '../../questionnaire/content-schema';
import { scoreAssessment } from '../../scoring/score-assessment';
import type { AssessmentSummary } from './summary-schema';

export function makeSummary(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'id' | 'profile' | 'questionnaireVersion' | 'sample'>,
  answers: ReadonlyMap<string, Answer>,
  today: string,
  madeAt: string,
): AssessmentSummary {
  const { profile } = assessment;
  const score = scoreAssessment(questionnaire, profile.unitType, answers, today);
  const bySection = new Map(score.sections.map((section) => [section.sectionId, section.score]));
  const sections = Object.fromEntries(SECTION_IDS.map((id) => [id, bySection.get(id) ?? null])) as Record<
    SectionId,
    number | null
  >;
  return {
    assessmentId: assessment.id,
    unitName: profile.unitName,
    unitType: profile.unitType,
    provinceId: profile.provinceId,
    ...(profile.communeName ? { communeName: profile.communeName } : {}),
    ...(profile.unitCode ? { unitCode: profile.unitCode } : {}),
    periodYear: profile.periodYear,
    periodPart: profile.periodPart,
    contentVersion: assessment.questionnaireVersion,
    overall: score.score ?? null,
    grade: score.grade ?? null,
    sections,
    answered: score.answered,
    applicable: score.applicable,
    ...(assessment.sample ? { sample: true as const } : {}),
    madeAt,
  };
}
