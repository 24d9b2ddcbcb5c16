/**
 * Duties with a period or a date, per regime and level (shared/reference/security-by-level.md §6-7). Texts are
 * `securityLaw.duties.<id>`. `transition.ts` names the transition deadlines by their ids here.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Regime } from '../classification-schema';
import type { SecurityLevel } from '../../questionnaire/answer-schema';
import type { DutyRule } from './law-schema';

const ALL_LEVELS: SecurityLevel[] = ['1', '2', '3', '4', '5'];

/** The ids `transition.ts` uses for its deadlines. */
export const TRANSITION_DUTY_IDS = {
  /** Invested before 1/7/2026: appraisal and approval under Decree 85 by 1/1/2027 (Decree 331 Art. 39.1 [t]). */
  investedApproval: 'transition-invested-approval',
  /** Invested before 1/7/2026: the measures of the new regime by 1/7/2027 (Decree 331 Art. 39.1 [t]). */
  investedMeasures: 'transition-invested-measures',
  /** Classified under Law 86/2015: the level is kept; the new conditions and measures by 1/7/2027 (Law 116 Art. 45.1 [?]). */
  classifiedMeasures: 'transition-classified-measures',
} as const;

const transitionDuties: DutyRule[] = [
  {
    id: TRANSITION_DUTY_IDS.investedApproval,
    regime: 'decree-85',
    levels: ALL_LEVELS,
    kind: 'transition',
    by: '2027-01-01',
    legalBasis: [{ documentId: 'decree-331-2026', article: '39', clause: '1' }],
    confirmation: 'text',
  },
  {
    id: TRANSITION_DUTY_IDS.investedMeasures,
    regime: 'decree-331',
    levels: ALL_LEVELS,
    kind: 'transition',
    by: '2027-07-01',
    legalBasis: [{ documentId: 'decree-331-2026', article: '39', clause: '1' }],
    confirmation: 'text',
  },
  {
    id: TRANSITION_DUTY_IDS.classifiedMeasures,
    regime: 'decree-331',
    levels: ALL_LEVELS,
    kind: 'transition',
    by: '2027-07-01',
    legalBasis: [
      { documentId: 'law-cybersecurity-2025', article: '45', clause: '1' },
      { documentId: 'decree-331-2026', article: '39', clause: '1' },
    ],
    confirmation: 'unconfirmed',
  },
];

export const dutyRules: readonly DutyRule[] = [...transitionDuties];

export function dutyRulesFor(regime: Regime, level: SecurityLevel): DutyRule[] {
  return dutyRules.filter((duty) => duty.regime === regime && duty.levels.includes(level));
}

export function dutyRuleById(id: string): DutyRule | undefined {
  return dutyRules.find((duty) => duty.id === id);
}
