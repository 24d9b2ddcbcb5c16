/**
 * The words of the PDFs, as the report locale's functions. They are written by the wording layer (src/wording,
 * decision 0014); this module keeps the names the report builders have imported from here. The three functions
 * below give the wording layer's `(t, format, …)` functions the `(locale, …)` form they had here.
 */
import type { DeadlineKind, Grade } from '../questionnaire/content-schema';
import type { SectionScore } from '../scoring/score-assessment';
import { describeDeadline as describeDeadlineIn } from '../wording/deadline';
import {
  describeGradeBands as describeGradeBandsIn,
  describeSectionScore as describeSectionScoreIn,
} from '../wording/scores';
import type { ReportLocale } from './report-locale';

export type { ReportFormat, ReportLanguage, ReportLocale } from './report-locale';
export {
  describeReference as describeLegalReference,
  describeLegalBasis,
  describeLegalReferenceShort,
  listCitedDocuments,
} from '../wording/legal-citation';

/** wording/deadline.ts#describeDeadline in the report's language. */
export function describeDeadline(
  locale: ReportLocale,
  deadline: string,
  kind: DeadlineKind | undefined,
  today: string,
): string {
  return describeDeadlineIn(locale.t, locale.format, deadline, kind, today);
}

/** wording/scores.ts#describeSectionScore in the report's language. */
export function describeSectionScore(locale: ReportLocale, section: SectionScore): string {
  return describeSectionScoreIn(locale.t, locale.format, section);
}

/** wording/scores.ts#describeGradeBands in the report's language: «A 90–100 điểm», …, «E dưới 50 điểm». */
export function describeGradeBands(locale: ReportLocale): { grade: Grade; band: string }[] {
  return describeGradeBandsIn(locale.t);
}
