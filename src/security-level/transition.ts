/**
 * Which regime a system follows on a given day, and why (shared/reference/security-by-level.md §7;
 * `classification-result.ts#REGIME_CASES`):
 * - the unit's own choice wins (`chosen`); the transition deadlines of the case it would otherwise be in still apply;
 * - a level approved before 1/7/2026 (under Law 86/2015) is kept, new proposals follow regime B, and the new measures
 *   are due by 1/7/2027 (`classified-earlier`; Law 116 Art. 45.1 [?], Decree 331 Art. 39.1);
 * - under investment or construction before 1/7/2026: appraisal and approval under Decree 85 until 1/1/2027 and the
 *   new measures by 1/7/2027 (`invested-before`; Decree 331 Art. 39.1 [t]); from 1/1/2027 without an approval,
 *   regime B (`transition-passed`). One approved within the transition (1/7/2026-31/12/2026) stays `invested-before`
 *   until 1/1/2027, then follows regime B with the measures still due by 1/7/2027;
 * - everything else follows regime B (`new-regime`).
 *
 * Dates are ISO strings (`YYYY-MM-DD`), which compare as text.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { InformationSystem } from '../questionnaire/answer-schema';
import type { RegimeDecision } from './classification-result';
import type { Classification } from './classification-schema';
import { TRANSITION_DUTY_IDS, dutyRuleById } from './law/duties';

/** Law 116/2025 in force, Law 86/2015 ceased (Law 116 Art. 44). */
export const NEW_LAW_FROM = '2026-07-01';
/** The end of the transition for systems invested before the new law (Decree 331 Art. 39.1). */
export const TRANSITION_APPROVAL_BY = '2027-01-01';

function deadlines(...dutyIds: string[]): RegimeDecision['deadlines'] {
  return dutyIds.flatMap((dutyId) => {
    const by = dutyRuleById(dutyId)?.by;
    return by ? [{ dutyId, by }] : [];
  });
}

function byTransition(
  classification: Classification,
  row: InformationSystem | undefined,
  today: string,
): RegimeDecision {
  const approvedOn = row?.approvedLevel !== undefined ? row.approvedOn : undefined;
  if (approvedOn !== undefined && approvedOn < NEW_LAW_FROM) {
    return {
      regime: 'decree-331',
      case: 'classified-earlier',
      deadlines: deadlines(TRANSITION_DUTY_IDS.classifiedMeasures),
    };
  }
  if (classification.investedBeforeNewLaw === true) {
    const approvedInTransition = approvedOn !== undefined && approvedOn < TRANSITION_APPROVAL_BY;
    if (today < TRANSITION_APPROVAL_BY && (row?.approvedLevel === undefined || approvedInTransition)) {
      return {
        regime: 'decree-85',
        case: 'invested-before',
        deadlines: deadlines(TRANSITION_DUTY_IDS.investedApproval, TRANSITION_DUTY_IDS.investedMeasures),
      };
    }
    if (row?.approvedLevel === undefined) {
      return {
        regime: 'decree-331',
        case: 'transition-passed',
        deadlines: deadlines(TRANSITION_DUTY_IDS.investedApproval, TRANSITION_DUTY_IDS.investedMeasures),
      };
    }
    if (approvedInTransition) {
      return { regime: 'decree-331', case: 'new-regime', deadlines: deadlines(TRANSITION_DUTY_IDS.investedMeasures) };
    }
  }
  return { regime: 'decree-331', case: 'new-regime', deadlines: [] };
}

export function decideRegime(input: {
  classification: Classification;
  row: InformationSystem | undefined;
  today: string;
}): RegimeDecision {
  const decision = byTransition(input.classification, input.row, input.today);
  const chosen = input.classification.regimeOverride;
  return chosen ? { ...decision, regime: chosen, case: 'chosen' } : decision;
}
