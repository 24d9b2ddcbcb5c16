/** What the unit report is built from: everything computed by the caller, with the report's language. */
import type { Assessment } from '../../assessment/assessment-schema';
import type { PlanItem } from '../../assessment/plan-item-schema';
import type { Answer } from '../../questionnaire/answer-schema';
import type { Question, Questionnaire } from '../../questionnaire/content-schema';
import type { RemediationItem } from '../../scoring/remediation';
import type { BaselineGap } from '../../security-level/baseline-gaps';
import type { Improvement } from '../../scoring/score-answer';
import type { AssessmentScore } from '../../scoring/score-assessment';
import type { OfficialHeader } from '../pdf-layout';
import type { ReportLocale } from '../report-locale';

export interface ReportOptions {
  /** Adds the national title and motto, the issuing agency and the document number above the cover. */
  officialHeader?: OfficialHeader;
}

export interface ReportInput {
  locale: ReportLocale;
  questionnaire: Questionnaire;
  assessment: Assessment;
  answers: ReadonlyMap<string, Answer>;
  planItems: ReadonlyMap<string, PlanItem>;
  /** `scoreAssessment(...)` of these answers. */
  score: AssessmentScore;
  /** `listRemediation(...)` of that score. */
  plan: readonly RemediationItem[];
  /** The date of the report, YYYY-MM-DD (the date the score was computed for). */
  today: string;
  /** An answer in words, as the screens write it (wording/answers.ts#describeAnswer). */
  describeAnswer: (question: Question, answer: Answer | undefined) => string;
  /** What would close a gap, in words, as the plan screen writes it (wording/answers.ts#describeImprovement). */
  describeImprovement: (question: Question, improvement: Improvement, answer: Answer | undefined) => string;
  options?: ReportOptions;
  /**
   * The security workbench's baseline gaps (security-level/baseline-gaps.ts), shown after the plan's table; not
   * scored. Their texts are the `securityBaseline` and `securityLaw` screen texts, loaded by the caller.
   */
  securityGaps?: readonly BaselineGap[];
}
