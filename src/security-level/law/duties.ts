/**
 * Duties with a period or a date, per regime and level (shared/reference/security-by-level.md §6-7). Texts are
 * `securityLaw.duties.<id>`. `transition.ts` names the transition deadlines by their ids here. The calendar
 * (`calendar.ts`) tells a few duties by words in their id: `organisation` (the whole organisation's inspection),
 * `classify-in-operation`, `cybersecurity-rules`, `serious`, `personal-data`, and `approv` (an approval deadline).
 *
 * Left out, having no period or date the calendar could hold: training and drills of Decree 85 Art. 20.2.d and
 * Decree 331 Art. 31.3 (besides the drill of TCVN 14423:2026 at levels 4-5), the report of levels 1-2 on the owner's
 * request (Decree 85 Art. 22.4), and the final incident report within 5 days after the response (Circular 20/2017).
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

const DECREE_85 = 'decree-85-2016';
const DECREE_331 = 'decree-331-2026';
const LEVELS_1_2: SecurityLevel[] = ['1', '2'];
const LEVELS_3_5: SecurityLevel[] = ['3', '4', '5'];

/**
 * Regime A (Decree 85/2016 with its circulars, §6): inspections by level (Art. 20.2.c [t]), the yearly report of
 * levels 3-5 (Circular 03/2017 Art. 17 [t]; levels 1-2 report only on the owner's request, Decree 85 Art. 22.4, which
 * has no date and is left out), incident notice within 5 days (Circular 20/2017 Art. 9 [t]; the final report within
 * 5 days after the response is told in the description, the shape has no clock from a response's end),
 * re-determination on change (Art. 18), central monitoring at level 3+ (Circular 31/2017 [t]).
 */
const regimeADuties: DutyRule[] = [
  {
    // The whole organisation, apart from any one system (the calendar tells it by "organisation" in its id).
    id: 'a-organisation-inspection',
    regime: 'decree-85',
    levels: ALL_LEVELS,
    kind: 'inspection',
    everyMonths: 24,
    legalBasis: [{ documentId: DECREE_85, article: '20', clause: '2', point: 'c' }],
    confirmation: 'text',
  },
  {
    id: 'a-inspection-levels-1-2',
    regime: 'decree-85',
    levels: LEVELS_1_2,
    kind: 'inspection',
    everyMonths: 24,
    legalBasis: [{ documentId: DECREE_85, article: '20', clause: '2', point: 'c' }],
    confirmation: 'text',
  },
  {
    id: 'a-inspection-levels-3-4',
    regime: 'decree-85',
    levels: ['3', '4'],
    kind: 'inspection',
    everyMonths: 12,
    legalBasis: [{ documentId: DECREE_85, article: '20', clause: '2', point: 'c' }],
    confirmation: 'text',
  },
  {
    id: 'a-inspection-level-5',
    regime: 'decree-85',
    levels: ['5'],
    kind: 'inspection',
    everyMonths: 6,
    legalBasis: [{ documentId: DECREE_85, article: '20', clause: '2', point: 'c' }],
    confirmation: 'text',
  },
  {
    // "Before 30/11": the last day is 29/11. The Circular 12/2022 date was not read [?].
    id: 'a-annual-report',
    regime: 'decree-85',
    levels: LEVELS_3_5,
    kind: 'annual-report',
    yearly: '11-29',
    legalBasis: [
      { documentId: 'circular-03-2017-btttt', article: '17' },
      { documentId: DECREE_85, article: '22', clause: '4' },
    ],
    confirmation: 'text',
  },
  {
    id: 'a-incident-report',
    regime: 'decree-85',
    levels: ALL_LEVELS,
    kind: 'incident-report',
    withinHours: 120,
    to: 'national-coordinator',
    legalBasis: [{ documentId: 'circular-20-2017-btttt', article: '9' }, { documentId: 'decision-05-2017-ttg' }],
    confirmation: 'text',
  },
  {
    id: 'a-reclassification',
    regime: 'decree-85',
    levels: ALL_LEVELS,
    kind: 'reclassification',
    legalBasis: [{ documentId: DECREE_85, article: '18' }],
    confirmation: 'confirmed',
  },
  {
    id: 'a-monitoring',
    regime: 'decree-85',
    levels: LEVELS_3_5,
    kind: 'monitoring',
    legalBasis: [{ documentId: 'circular-31-2017-btttt' }],
    confirmation: 'text',
  },
];

/**
 * Regime B (Law 116/2025, Decree 331/2026, §6), all [?]: the decree sets periodic inspection "by level and risk"
 * with no fixed count (Art. 28.5.a), so the periods are the minimums of TCVN 14423:2026 (vulnerability scan, risk
 * review, penetration test, incident drill); Form 08 to the owner by 20/12 and the owner's to MPS by 25/12
 * (Art. 35-36); incident reports within 24 h (serious, initial notice), 72 h (report), 72 h (personal data breach, to
 * the personal data protection authority; Law 91/2025 Art. 23); re-determination on change (Art. 25); monitoring
 * (Art. 28.5-28.6, rules pending); the yearly self-inspection of systems critical to national security before 1/10.
 */
const regimeBDuties: DutyRule[] = [
  {
    // Systems in operation never classified have no grace period: inferred from the two transition cases.
    id: 'b-classify-in-operation',
    regime: 'decree-331',
    levels: ALL_LEVELS,
    kind: 'transition',
    by: '2026-08-19',
    legalBasis: [
      { documentId: DECREE_331, article: '38' },
      { documentId: DECREE_331, article: '39', clause: '1' },
    ],
    confirmation: 'unconfirmed',
  },
  {
    // The unit's Quy chế bảo đảm an ninh mạng, issued before a dossier is approved: no date of its own.
    id: 'b-unit-cybersecurity-rules',
    regime: 'decree-331',
    levels: ALL_LEVELS,
    kind: 'transition',
    legalBasis: [{ documentId: DECREE_331, article: '30', clause: '7' }],
    confirmation: 'unconfirmed',
  },
  {
    // A condition of going live, not a date: levels 3-5 need an approved level and the approved measures first.
    id: 'b-before-go-live',
    regime: 'decree-331',
    levels: LEVELS_3_5,
    kind: 'transition',
    legalBasis: [
      { documentId: DECREE_331, article: '30', clause: '6' },
      { documentId: 'decree-330-2026', article: '7', clause: '1' },
      { documentId: 'decree-330-2026', article: '23', clause: '1' },
    ],
    confirmation: 'unconfirmed',
  },
  ...(
    [
      ['b-vulnerability-scan-levels-1-2', LEVELS_1_2, 12],
      ['b-vulnerability-scan-levels-3-4', ['3', '4'], 6],
      ['b-vulnerability-scan-level-5', ['5'], 3],
      ['b-risk-review-level-3', ['3'], 12],
      ['b-risk-review-levels-4-5', ['4', '5'], 6],
      ['b-penetration-test-level-4', ['4'], 12],
      ['b-penetration-test-level-5', ['5'], 6],
      ['b-incident-drill-levels-4-5', ['4', '5'], 12],
    ] as const
  ).map(([id, levels, everyMonths]): DutyRule => ({
    id,
    regime: 'decree-331',
    levels: [...levels],
    kind: 'inspection',
    everyMonths,
    legalBasis: [{ documentId: DECREE_331, article: '28', clause: '5', point: 'a' }, { documentId: 'tcvn-14423-2026' }],
    confirmation: 'unconfirmed',
  })),
  {
    id: 'b-annual-report-to-owner',
    regime: 'decree-331',
    levels: ALL_LEVELS,
    kind: 'annual-report',
    yearly: '12-20',
    to: 'owner',
    legalBasis: [{ documentId: DECREE_331, article: '35' }],
    confirmation: 'unconfirmed',
  },
  {
    // The owner's report, one for all its systems (the calendar gathers it by `to: 'mps'`).
    id: 'b-annual-report-to-mps',
    regime: 'decree-331',
    levels: ALL_LEVELS,
    kind: 'annual-report',
    yearly: '12-25',
    to: 'mps',
    legalBasis: [{ documentId: DECREE_331, article: '36' }],
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-national-security-self-inspection',
    regime: 'decree-331',
    levels: ['5'],
    kind: 'annual-report',
    yearly: '09-30',
    legalBasis: [
      { documentId: 'law-cybersecurity-2025', article: '9', clause: '3' },
      { documentId: 'law-cybersecurity-2025', article: '11', clause: '1', point: 'b' },
      { documentId: 'decree-333-2026', article: '8', clause: '5', point: 'b' },
    ],
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-incident-serious-notice',
    regime: 'decree-331',
    levels: ALL_LEVELS,
    kind: 'incident-report',
    withinHours: 24,
    to: 'mps',
    legalBasis: [
      { documentId: DECREE_331, article: '31', clause: '2', point: 'd' },
      { documentId: 'law-cybersecurity-2025', article: '40', clause: '1', point: 'c' },
    ],
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-incident-report',
    regime: 'decree-331',
    levels: ALL_LEVELS,
    kind: 'incident-report',
    withinHours: 72,
    to: 'mps',
    legalBasis: [
      { documentId: DECREE_331, article: '31', clause: '2', point: 'd' },
      { documentId: 'law-cybersecurity-2025', article: '40', clause: '1', point: 'c' },
    ],
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-incident-personal-data',
    regime: 'decree-331',
    levels: ALL_LEVELS,
    kind: 'incident-report',
    withinHours: 72,
    to: 'pdp-authority',
    legalBasis: [
      { documentId: 'law-personal-data-2025', article: '23' },
      { documentId: 'decree-356-2025', article: '29' },
    ],
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-reclassification',
    regime: 'decree-331',
    levels: ALL_LEVELS,
    kind: 'reclassification',
    legalBasis: [
      { documentId: DECREE_331, article: '25' },
      { documentId: DECREE_331, article: '10', clause: '2' },
    ],
    confirmation: 'unconfirmed',
  },
  {
    id: 'b-monitoring',
    regime: 'decree-331',
    levels: LEVELS_3_5,
    kind: 'monitoring',
    legalBasis: [
      { documentId: DECREE_331, article: '28', clause: '5' },
      { documentId: DECREE_331, article: '28', clause: '6' },
    ],
    confirmation: 'unconfirmed',
  },
];

export const dutyRules: readonly DutyRule[] = [...transitionDuties, ...regimeADuties, ...regimeBDuties];

export function dutyRulesFor(regime: Regime, level: SecurityLevel): DutyRule[] {
  return dutyRules.filter((duty) => duty.regime === regime && duty.levels.includes(level));
}

export function dutyRuleById(id: string): DutyRule | undefined {
  return dutyRules.find((duty) => duty.id === id);
}
