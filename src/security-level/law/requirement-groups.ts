/**
 * The baseline requirement groups of each level, as the self-check of the baseline screen
 * (shared/reference/security-by-level.md §5). Requirements are cumulative: a level needs every group from a lower
 * level up (Circular 03/2017 Art. 9 [t]; that Circular 12/2022 and Decree 331 keep this is assumed [?]). Physical
 * security is outside the baseline in both regimes. Texts: `securityLaw.requirementGroups.<id>` (name, and what to
 * check).
 *
 * A group that is the same in both regimes has the same id in both, so the unit's check of it is still there when
 * the system's regime changes; its text is worded for both.
 *
 * `feeds` names the option of the security section's question 'security-management-measures' the group answers, so
 * the unit does not answer the same thing twice.
 *
 * Regime A: the families of Circular 12/2022 Annexes I-V with TCVN 11930:2017 (unmarked: `confirmed`; the circular's
 * own status is `unconfirmed` in the registry). Regime B: Decree 331 Art. 30 [?], and the groups of TCVN 14423
 * (2025 edition, applied by QCVN 12:2026/BCA [t]: `text`; the 2026 edition and the supplier group [?]).
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { LegalReference } from '../../questionnaire/content-schema';
import type { SecurityLevel } from '../../questionnaire/answer-schema';
import type { Regime } from '../classification-schema';
import type { RequirementGroup } from './law-schema';

const MEASURES_QUESTION = 'security-management-measures';
const feeds = (optionId: string) => ({ questionId: MEASURES_QUESTION, optionId });

const circular12: LegalReference = { documentId: 'circular-12-2022-btttt' };
const tcvn11930: LegalReference = { documentId: 'tcvn-11930-2017' };
const decree331 = (clause: string, point?: string): LegalReference => ({
  documentId: 'decree-331-2026',
  article: '30',
  clause,
  ...(point ? { point } : {}),
});
const tcvn2025 = (...items: string[]): LegalReference[] =>
  items.map((item) => ({ documentId: 'tcvn-14423-2025', item }));
const tcvn2026: LegalReference = { documentId: 'tcvn-14423-2026' };

const regimeA: RequirementGroup[] = (
  [
    { id: 'policy', family: 'management', feeds: feeds('policy') },
    { id: 'organisation-staff', family: 'management', feeds: feeds('responsible-staff') },
    { id: 'design-build', family: 'management' },
    { id: 'operation', family: 'management', feeds: feeds('backup-and-operations') },
    { id: 'risk-management', family: 'management', feeds: feeds('risk-assessment') },
    { id: 'end-of-operation', family: 'management', feeds: feeds('end-of-life') },
    { id: 'network', family: 'technical' },
    { id: 'servers', family: 'technical' },
    { id: 'applications', family: 'technical' },
    { id: 'data', family: 'technical' },
  ] as const
).map((group): RequirementGroup => ({
  ...group,
  regime: 'decree-85',
  fromLevel: '1',
  legalBasis: [circular12, tcvn11930],
  confirmation: 'confirmed',
}));

const regimeAAvailability: RequirementGroup = {
  // Levels 4-5 are designed for availability and separation (Circular 03/2017 Art. 8.4 [t]).
  id: 'availability-separation',
  regime: 'decree-85',
  family: 'technical',
  fromLevel: '4',
  legalBasis: [{ documentId: 'circular-03-2017-btttt', article: '8', clause: '4' }],
  confirmation: 'text',
};

type GroupB = Pick<RequirementGroup, 'id' | 'family'> &
  Partial<Pick<RequirementGroup, 'fromLevel' | 'feeds' | 'confirmation'>> & { legalBasis: LegalReference[] };

const regimeB: RequirementGroup[] = (
  [
    // Decree 331 Art. 30.3 (management), with the TCVN 14423 groups they take in.
    { id: 'policy', family: 'management', feeds: feeds('policy'), legalBasis: [decree331('3')] },
    { id: 'organisation', family: 'management', feeds: feeds('responsible-staff'), legalBasis: [decree331('3')] },
    {
      id: 'human-resources',
      family: 'management',
      feeds: feeds('responsible-staff'),
      legalBasis: [decree331('3'), ...tcvn2025('4.13', '5.14'), tcvn2026],
    },
    { id: 'design-build', family: 'management', legalBasis: [decree331('3')] },
    { id: 'operation', family: 'management', feeds: feeds('backup-and-operations'), legalBasis: [decree331('3')] },
    {
      id: 'risk-management',
      family: 'management',
      feeds: feeds('risk-assessment'),
      legalBasis: [decree331('3'), ...tcvn2025('4', '5'), tcvn2026],
    },
    { id: 'end-of-operation', family: 'management', feeds: feeds('end-of-life'), legalBasis: [decree331('3')] },
    // Decree 331 Art. 30.4 (technical).
    { id: 'network', family: 'technical', legalBasis: [decree331('4'), ...tcvn2025('4', '5'), tcvn2026] },
    { id: 'servers', family: 'technical', legalBasis: [decree331('4')] },
    { id: 'applications', family: 'technical', legalBasis: [decree331('4')] },
    { id: 'data', family: 'technical', legalBasis: [decree331('4')] },
    // Shared solutions at the level of the highest system; availability and separation at levels 4-5; rented data
    // centres or cloud separated logically at levels 3-4, physically at level 5 (Art. 30.5, 30.8-30.9).
    { id: 'hosting-separation', family: 'technical', fromLevel: '3', legalBasis: [decree331('8'), decree331('9')] },
    { id: 'availability-separation', family: 'technical', fromLevel: '4', legalBasis: [decree331('5')] },
    // TCVN 14423 groups at every level: 2025 edition §4 (levels 1-2) and §5 (levels 3-5) [t], 2026 edition [?].
    ...(
      [
        'assets',
        'secure-configuration',
        'accounts-access',
        'vulnerabilities',
        'security-logs',
        'browser-email',
        'malware',
      ] as const
    ).map((id): GroupB => ({
      id,
      family: 'technical',
      confirmation: 'text',
      legalBasis: [...tcvn2025('4', '5'), tcvn2026],
    })),
    {
      id: 'backup-recovery',
      family: 'technical',
      feeds: feeds('backup-and-operations'),
      confirmation: 'text',
      legalBasis: [...tcvn2025('4', '5'), tcvn2026],
    },
    { id: 'suppliers', family: 'management', legalBasis: [...tcvn2025('4.14', '5.15'), tcvn2026] },
    {
      id: 'incident-response',
      family: 'management',
      confirmation: 'text',
      legalBasis: [...tcvn2025('4.15', '5.17'), tcvn2026],
    },
    // From level 3 only: TCVN 14423:2025 §5.13, 5.16, 5.18 [t].
    {
      id: 'monitoring-defence',
      family: 'technical',
      fromLevel: '3',
      confirmation: 'text',
      legalBasis: [...tcvn2025('5.13'), tcvn2026],
    },
    {
      id: 'secure-development',
      family: 'technical',
      fromLevel: '3',
      confirmation: 'text',
      legalBasis: [...tcvn2025('5.16'), tcvn2026],
    },
    {
      id: 'security-testing',
      family: 'management',
      fromLevel: '3',
      confirmation: 'text',
      legalBasis: [...tcvn2025('5.18'), tcvn2026],
    },
  ] satisfies GroupB[]
).map((group): RequirementGroup => ({ fromLevel: '1', confirmation: 'unconfirmed', ...group, regime: 'decree-331' }));

export const requirementGroups: readonly RequirementGroup[] = [...regimeA, regimeAAvailability, ...regimeB];

/** The groups a system of that level must meet in that regime (cumulative), in the law data's order. */
export function requirementGroupsFor(regime: Regime, level: SecurityLevel): RequirementGroup[] {
  return requirementGroups.filter((group) => group.regime === regime && Number(group.fromLevel) <= Number(level));
}
