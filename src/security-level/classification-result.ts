/**
 * What classifying a system gives (`classify.ts#classifySystem`) and which regime it follows (`transition.ts`).
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { SecurityLevel } from '../questionnaire/answer-schema';
import type { ClassificationFact, Regime } from './classification-schema';
import type { Criterion } from './law/law-schema';

/**
 * Why a system follows the regime it follows on a given day (shared/reference/security-by-level.md §7):
 * - `classified-earlier`: a level approved under Law 86/2015 (before 1/7/2026) is kept; the measures of the new
 *   regime are due by 1/7/2027 (Law 116 Art. 45.1 [?], Decree 331 Art. 39.1 [t]); a re-classification follows B.
 * - `invested-before`: under investment or construction before 1/7/2026 and not approved: appraisal and approval
 *   under Decree 85 by 1/1/2027, the new measures by 1/7/2027 (Decree 331 Art. 39.1 [t]).
 * - `transition-passed`: `invested-before`, but 1/1/2027 has passed without approval: regime B, overdue.
 * - `new-regime`: everything else (new systems, and systems in operation never classified, due since 19/8/2026 [?]).
 * - `chosen`: the unit chose the regime by hand.
 */
export const REGIME_CASES = [
  'classified-earlier',
  'invested-before',
  'transition-passed',
  'new-regime',
  'chosen',
] as const;
export type RegimeCase = (typeof REGIME_CASES)[number];

export interface RegimeDecision {
  regime: Regime;
  case: RegimeCase;
  /** The transition deadlines that apply (ISO dates), with the duty rule ids of `law/duties.ts` they come from. */
  deadlines: { dutyId: string; by: string }[];
}

/**
 * - `scope-split`: the scope was split or merged; lowering a level that way is forbidden (Decree 331 Art. 8.3 [?]).
 * - `approved-differs`: the level approved earlier differs from the proposal (shown with what changed).
 * - `risk-raised`: the preliminary risk review raised the level above the criteria (Decree 331 Art. 10.5 [?]).
 * - `floor-applied`: a minimum from another law decided the level (electronic certificates, Law 20/2023 Art. 21).
 * - `state-secret-elsewhere`: state secrets are processed: the dossier follows the state-secrets rules too.
 * - `not-owner`: the unit is not the system's owner: the owner proposes the level; the unit can prepare inputs.
 */
export const CLASSIFICATION_WARNINGS = [
  'scope-split',
  'approved-differs',
  'risk-raised',
  'floor-applied',
  'state-secret-elsewhere',
  'not-owner',
] as const;
export type ClassificationWarning = (typeof CLASSIFICATION_WARNINGS)[number];

export interface ClassificationResult {
  regime: RegimeDecision;
  /** The highest level among the criteria met; undefined while no criterion is met (not enough answered). */
  level?: SecurityLevel;
  /** Every criterion met, highest level first, in the law data's order within a level. */
  matched: Criterion[];
  /** The criteria met at `level`: those that decided it. */
  deciding: Criterion[];
  /** Facts not answered yet that some criterion of the regime reads. */
  missingFacts: ClassificationFact[];
  warnings: ClassificationWarning[];
  /** The approved level from the inventory row, when there is one, to show beside the proposal. */
  approvedLevel?: SecurityLevel;
}
