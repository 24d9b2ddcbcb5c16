/**
 * One row per received assessment for the department's comparison table: who the unit is, which period, which
 * content it answered, how complete it is, and its figures (overall and per section), which are those of the unit's
 * own results screen because they come from the same `scoreAssessment` call (`score-received.ts`).
 *
 * Pure module: no React, no storage, no i18next.
 */
import { percentDone } from '../../assessment/progress';
import type { ProvinceId } from '../../assessment/provinces';
import type { Grade, Questionnaire, SectionId, UnitType } from '../../questionnaire/content-schema';
import type { ReceivedAssessment } from '../received-schema';
import { foldText } from './fold-text';
import { periodIdOf, periodKeyOf, type PeriodPart } from './period';
import { scoreReceivedAssessments, type ScoredAssessment } from './score-received';

export interface SectionCell {
  /** 0-100, one decimal; undefined when nothing in the section can be scored yet. */
  score?: number;
  /** Undefined until enough of the section is answered (as on the results screen). */
  grade?: Grade;
}

export interface ComparisonRow {
  assessmentId: string;
  unitName: string;
  unitType: UnitType;
  provinceId: ProvinceId;
  communeName?: string;
  /** The unit's code, when its profile gives one. */
  unitCode?: string;
  periodYear: number;
  periodPart: PeriodPart;
  /** "2026-h1": what the period filter matches. */
  periodId: string;
  /** Orders periods by when they end (`period.ts`). */
  periodKey: number;
  /** The content version the unit answered on (the file's, before the upgrade on import). */
  answeredContentVersion: string;
  /** The content version the entry is on now, after the upgrade on import; the one it was scored with. */
  contentVersion: string;
  /** Answered questions out of those that apply to the unit type, as the results screen counts them. */
  answered: number;
  applicable: number;
  /** Rounded to a whole percent, as the results screen shows it. */
  answeredPercent: number;
  score?: number;
  lowest?: number;
  highest?: number;
  grade?: Grade;
  /** The grade from the score alone, before critical gaps capped it. */
  uncappedGrade?: Grade;
  isProvisional: boolean;
  /** By section id; a section of the questionnaire always has a cell, empty when it has no score. */
  sections: Partial<Record<SectionId, SectionCell>>;
  criticalGapCount: number;
  /** Two diverging copies of this assessment were received (`conflictWith`). */
  hasConflict: boolean;
  /**
   * A sample of a fictional unit (issue 13), received from a workshop: listed apart and marked, and left out of every
   * figure of the collection (the dashboard keeps it out of the rows it counts, `computeCollection` out of the gaps).
   */
  isSample?: true;
  /** Unit and commune names folded for search (`fold-text.ts`), computed once here rather than on every keystroke. */
  searchText: string;
}

export function toComparisonRow({ received, score }: ScoredAssessment): ComparisonRow {
  const { assessment } = received.entry;
  const { profile } = assessment;
  const sections: Partial<Record<SectionId, SectionCell>> = {};
  for (const section of score.sections) sections[section.sectionId] = { score: section.score, grade: section.grade };
  return {
    assessmentId: received.id,
    unitName: profile.unitName,
    unitType: profile.unitType,
    provinceId: profile.provinceId,
    communeName: profile.communeName,
    unitCode: profile.unitCode || undefined,
    periodYear: profile.periodYear,
    periodPart: profile.periodPart,
    periodId: periodIdOf(profile.periodYear, profile.periodPart),
    periodKey: periodKeyOf(profile.periodYear, profile.periodPart),
    answeredContentVersion: received.receipt.contentVersion,
    contentVersion: assessment.questionnaireVersion,
    answered: score.answered,
    applicable: score.applicable,
    answeredPercent: percentDone({ answered: score.answered, total: score.applicable }),
    score: score.score,
    lowest: score.lowest,
    highest: score.highest,
    grade: score.grade,
    uncappedGrade: score.uncappedGrade,
    isProvisional: score.isProvisional,
    sections,
    criticalGapCount: score.criticalGaps.length,
    hasConflict: received.conflictWith !== undefined,
    ...(assessment.sample ? { isSample: true as const } : {}),
    searchText: foldText([profile.unitName, profile.communeName ?? '', profile.unitCode ?? ''].join(' ')),
  };
}

/** Scores every received assessment once and gives its row, in the order received. */
export function listComparisonRows(
  questionnaire: Questionnaire,
  received: readonly ReceivedAssessment[],
  today: string,
): ComparisonRow[] {
  return scoreReceivedAssessments(questionnaire, received, today).map(toComparisonRow);
}
