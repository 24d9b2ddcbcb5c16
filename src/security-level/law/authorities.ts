/**
 * Who prepares, appraises and approves the level dossier, per level and regime, and in how long
 * (shared/reference/security-by-level.md §3). Who is who: `securityLaw.authorities.<id>`.
 *
 * Regime A (Decree 85 Art. 12, 14, 16-17) is [t]; for levels 4-5 the appraisal led by the Ministry of Information and
 * Communications went to the Ministry of Public Security with its network-information-security functions on
 * 1/3/2025, and that transitional files go there is an inference [?]: those rules are `unconfirmed`. Regime B
 * (Decree 331 Art. 18, 20-24) is [?].
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { SecurityLevel } from '../../questionnaire/answer-schema';
import type { Regime } from '../classification-schema';
import type { AuthorityRule } from './law-schema';

const DECREE_85 = 'decree-85-2016';
const DECREE_331 = 'decree-331-2026';
// The validity check within 5 working days is Circular 03/2017 Art. 14.3 [t]; the Circular 12 wording was not read.
const validityCheckA = { documentId: 'circular-03-2017-btttt', article: '14', clause: '3' };

export const authorityRules: readonly AuthorityRule[] = [
  {
    regime: 'decree-85',
    levels: ['1', '2'],
    prepares: 'operator',
    appraises: 'specialised-unit',
    approves: 'specialised-unit',
    completenessCheckWorkingDays: 5,
    legalBasis: [
      { documentId: DECREE_85, article: '12', clause: '1' },
      { documentId: DECREE_85, article: '14', clause: '3', point: 'a' },
      validityCheckA,
    ],
    confirmation: 'text',
  },
  {
    regime: 'decree-85',
    levels: ['3'],
    prepares: 'operator',
    appraises: 'specialised-unit',
    approves: 'owner',
    appraisalDays: 15,
    approvalWorkingDays: 7,
    completenessCheckWorkingDays: 5,
    legalBasis: [
      { documentId: DECREE_85, article: '12', clause: '2' },
      { documentId: DECREE_85, article: '14', clause: '3', point: 'b' },
      { documentId: DECREE_85, article: '16', clause: '2' },
      { documentId: DECREE_85, article: '17', clause: '2' },
      validityCheckA,
    ],
    confirmation: 'text',
  },
  {
    regime: 'decree-85',
    levels: ['4'],
    prepares: 'operator',
    appraises: 'mic-now-mps',
    approves: 'owner',
    appraisalDays: 30,
    approvalWorkingDays: 7,
    completenessCheckWorkingDays: 5,
    legalBasis: [
      { documentId: DECREE_85, article: '12', clause: '3' },
      { documentId: DECREE_85, article: '14', clause: '1', point: 'd' },
      { documentId: DECREE_85, article: '16', clause: '2' },
      { documentId: DECREE_85, article: '17', clause: '2' },
      validityCheckA,
    ],
    confirmation: 'unconfirmed',
  },
  {
    regime: 'decree-85',
    levels: ['5'],
    prepares: 'operator',
    appraises: 'mic-now-mps',
    approves: 'prime-minister',
    appraisalDays: 30,
    completenessCheckWorkingDays: 5,
    legalBasis: [
      { documentId: DECREE_85, article: '12', clause: '3', point: 'đ' },
      { documentId: DECREE_85, article: '14', clause: '3', point: 'c' },
      { documentId: DECREE_85, article: '16', clause: '2' },
      validityCheckA,
    ],
    confirmation: 'unconfirmed',
  },
  {
    regime: 'decree-331',
    levels: ['1', '2'],
    prepares: 'operator',
    appraises: 'specialised-unit',
    approves: 'specialised-unit',
    completenessCheckWorkingDays: 5,
    legalBasis: [
      { documentId: DECREE_331, article: '18', clause: '1' },
      { documentId: DECREE_331, article: '20', clause: '3', point: 'a' },
      { documentId: DECREE_331, article: '23', clause: '2' },
    ],
    confirmation: 'unconfirmed',
  },
  {
    regime: 'decree-331',
    levels: ['3'],
    prepares: 'operator',
    appraises: 'specialised-unit',
    approves: 'owner',
    completenessCheckWorkingDays: 5,
    legalBasis: [
      { documentId: DECREE_331, article: '18', clause: '2' },
      { documentId: DECREE_331, article: '24', clause: '1', point: 'b' },
      { documentId: DECREE_331, article: '23', clause: '2' },
    ],
    confirmation: 'unconfirmed',
  },
  {
    regime: 'decree-331',
    levels: ['4'],
    prepares: 'operator',
    appraises: 'mps',
    approves: 'owner',
    completenessCheckWorkingDays: 5,
    legalBasis: [
      { documentId: DECREE_331, article: '18', clause: '3' },
      { documentId: DECREE_331, article: '20', clause: '1', point: 'd' },
      { documentId: DECREE_331, article: '21', clause: '5' },
      { documentId: DECREE_331, article: '23', clause: '2' },
    ],
    confirmation: 'unconfirmed',
  },
  {
    regime: 'decree-331',
    levels: ['5'],
    prepares: 'operator',
    appraises: 'mps',
    approves: 'prime-minister',
    completenessCheckWorkingDays: 5,
    legalBasis: [
      { documentId: DECREE_331, article: '18', clause: '3', point: 'd' },
      { documentId: DECREE_331, article: '20', clause: '3', point: 'c' },
      { documentId: DECREE_331, article: '23', clause: '2' },
    ],
    confirmation: 'unconfirmed',
  },
];

/** The rule of the level in the regime; every level 1-5 has one in each regime (the law-data test checks it). */
export function authorityFor(regime: Regime, level: SecurityLevel): AuthorityRule {
  const rule = authorityRules.find((candidate) => candidate.regime === regime && candidate.levels.includes(level));
  if (!rule) throw new Error(`No authority rule for level ${level} in ${regime}`);
  return rule;
}
