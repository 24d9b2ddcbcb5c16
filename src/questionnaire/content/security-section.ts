import { UNIT_TYPES, type Section } from '../content-schema';

/**
 * Cybersecurity protection of information systems by level: Law 116/2025 Art. 8 (five levels) since 1/7/2026 and
 * Decree 331/2026 since 19/8/2026 [t]; Decree 85/2016 and Circular 12/2022 only for systems in transition (Decree 331
 * Art. 39.1 [t]). Law 86/2015 ceased on 1/7/2026 and is no basis any more.
 *
 * Duties that fall on a system's owner (chủ quản) are asked of every unit with "not applicable" for a unit that owns
 * nothing, or only of the unit types that own systems: communes and service centres mostly use the province's systems
 * (their inventory rows say "user"), and a unit that owns nothing is judged on what every unit does (measures,
 * incidents, training, drills).
 */

/** Unit types that own systems of their own often enough to be asked the owner's yearly and transitional duties. */
const OWNER_UNITS = ['provincial-committee', 'provincial-department', 'commune-committee'] as const;

/** The basis of the level duties: the law's five levels, its decree, and Decree 85 for systems in transition. */
const LEVEL_BASIS = [
  { documentId: 'law-cybersecurity-2025', article: '8' },
  { documentId: 'decree-331-2026' },
  { documentId: 'decree-85-2016' },
];

export const securitySection = {
  id: 'security',
  weight: 20,
  questions: [
    // The app supplies the row fields; every unit lists what it owns, operates or uses (an empty list is an answer).
    // Only owned rows (and rows whose role is not stated) are scored and capped.
    {
      id: 'security-system-inventory',
      type: 'system-inventory',
      dti: 'information-security',
      weight: 5,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: LEVEL_BASIS,
      remediation: { role: 'security-officer' },
    },
    {
      id: 'security-levels-determined',
      type: 'coverage',
      dti: 'information-security',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      // Not applicable: the unit owns no system.
      allowsNotApplicable: true,
      allowsDontKnow: false,
      legalBasis: [...LEVEL_BASIS, { documentId: 'circular-12-2022-btttt' }],
      remediation: { role: 'security-officer' },
    },
    // The share of owned systems with an approved level drives the proportional caps (critical-gaps.ts). Systems
    // invested in before 1/7/2026 finish appraisal and approval under Decree 85 by 1/1/2027 (Decree 331 Art. 39.1 [t]).
    {
      id: 'security-level-dossiers-approved',
      type: 'count-pair',
      dti: 'information-security',
      weight: 5,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      legalBasis: LEVEL_BASIS,
      remediation: { role: 'unit-leader', deadline: '2027-01-01', deadlineKind: 'legal' },
    },
    // The provincial portal is the People's Committee's; department and commune websites are its components
    // (Decree 224/2026 Art. 11.1 [t]). "Level 3 for portals" was a 2025 evaluation criterion, not a level criterion.
    {
      id: 'security-portal-level-approved',
      type: 'yes-partly-no',
      dti: 'information-security',
      weight: 3,
      appliesTo: ['provincial-committee'],
      allowsNotApplicable: false,
      // The portal may be run by another body (the Department of Science and Technology) for the committee.
      allowsDontKnow: true,
      legalBasis: [...LEVEL_BASIS, { documentId: 'decree-224-2026', article: '11', clause: '1' }],
      remediation: { role: 'security-officer' },
    },
    {
      id: 'security-plan-before-go-live',
      type: 'coverage',
      dti: 'information-security',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'decree-331-2026' },
        { documentId: 'tcvn-14423-2025' },
        { documentId: 'tcvn-14423-2026' },
        { documentId: 'decree-85-2016' },
        { documentId: 'circular-12-2022-btttt' },
        { documentId: 'tcvn-11930-2017' },
      ],
      remediation: { role: 'security-officer' },
    },
    // Systems approved under the former rules (or invested in before 1/7/2026) meet the measures of the new regime by
    // 1/7/2027 (Decree 331 Art. 39.1 [t]).
    {
      id: 'security-transition-measures',
      type: 'yes-partly-no',
      dti: 'information-security',
      weight: 3,
      appliesTo: [...OWNER_UNITS],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'decree-331-2026', article: '39', clause: '1' },
        { documentId: 'law-cybersecurity-2025' },
        { documentId: 'tcvn-14423-2025' },
        { documentId: 'decree-85-2016' },
      ],
      remediation: { role: 'security-officer', deadline: '2027-07-01', deadlineKind: 'legal' },
    },
    {
      id: 'security-management-measures',
      type: 'multi-choice',
      dti: 'information-security',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'decree-331-2026' },
        { documentId: 'tcvn-14423-2025' },
        { documentId: 'circular-12-2022-btttt' },
        { documentId: 'tcvn-11930-2017' },
      ],
      remediation: { role: 'security-officer' },
      options: [
        { id: 'policy', points: 0.25 },
        { id: 'responsible-staff', points: 0.2 },
        { id: 'risk-assessment', points: 0.2 },
        { id: 'backup-and-operations', points: 0.2 },
        { id: 'end-of-life', points: 0.15 },
        { id: 'none', points: 0, isExclusive: true },
      ],
    },
    // The whole organisation's periodic inspection, every 2 years (Decree 85 Art. 20.2.c [t]): the same period as
    // level 1-2 rows in INSPECTION_FRESHNESS_BY_LEVEL; rows of levels 3-5 are held to their own, shorter periods.
    // Inspections are often carried out by the province's specialised unit, hence "don't know".
    {
      id: 'security-last-inspection',
      type: 'date',
      dti: 'information-security',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      legalBasis: [
        { documentId: 'decree-331-2026' },
        { documentId: 'decree-85-2016', article: '20', clause: '2', point: 'c' },
      ],
      remediation: { role: 'security-officer' },
      freshness: { fullWithinMonths: 24, zeroAfterMonths: 36 },
    },
    {
      id: 'security-redetermination-on-change',
      type: 'yes-partly-no',
      dti: 'information-security',
      weight: 2,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      legalBasis: LEVEL_BASIS,
      remediation: { role: 'digital-officer' },
    },
    {
      id: 'security-incident-response',
      type: 'maturity',
      dti: 'information-security',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'law-cybersecurity-2025' },
        { documentId: 'decree-331-2026' },
        { documentId: 'tcvn-14423-2025' },
      ],
      remediation: { role: 'security-officer' },
    },
    // Every unit detects and reports incidents, owner or not; the time limits are marked [?] in the help.
    {
      id: 'security-incident-reporting',
      type: 'yes-partly-no',
      dti: 'information-security',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'law-cybersecurity-2025' }, { documentId: 'decree-331-2026' }],
      remediation: { role: 'security-officer' },
    },
    // Monitoring is usually run by the province for every unit's systems, so the official may not know.
    {
      id: 'security-national-monitoring',
      type: 'yes-partly-no',
      dti: 'information-security',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'law-cybersecurity-2025' }, { documentId: 'decree-331-2026' }],
      remediation: { role: 'security-officer' },
    },
    {
      id: 'security-awareness-training-share',
      type: 'percentage',
      dti: 'information-security',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'law-cybersecurity-2025' },
        { documentId: 'decree-331-2026' },
        { documentId: 'tcvn-14423-2025' },
      ],
      remediation: { role: 'security-officer' },
    },
    {
      id: 'security-drills',
      type: 'yes-partly-no',
      dti: 'information-security',
      weight: 2,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'law-cybersecurity-2025' }, { documentId: 'decree-331-2026' }],
      remediation: { role: 'security-officer' },
    },
    // The owner's yearly report on its systems (Form 08 of Decree 331, to MPS by 25/12 [?]); none owed by a unit that
    // owns no system.
    {
      id: 'security-annual-report',
      type: 'yes-partly-no',
      dti: 'information-security',
      weight: 2,
      appliesTo: [...OWNER_UNITS],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-331-2026' }, { documentId: 'decree-85-2016' }],
      remediation: { role: 'security-officer' },
    },
    // Context only: the platform's status under MPS and Decree 331 is [?], so using it is not scored.
    {
      id: 'security-capdo-platform',
      type: 'yes-partly-no',
      dti: 'information-security',
      weight: 0,
      appliesTo: ['provincial-committee', 'provincial-department'],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'decree-331-2026' }, { documentId: 'decree-85-2016' }],
    },
    {
      id: 'security-obstacles',
      type: 'text',
      dti: 'information-security',
      weight: 0,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'law-cybersecurity-2025' },
        { documentId: 'decree-331-2026' },
        { documentId: 'decree-85-2016' },
      ],
    },
  ],
} satisfies Section;
