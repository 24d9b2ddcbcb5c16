/** Content 1.1.0 → 2.0.0, security section: where each 1.1.0 question's answer goes (see ../question-mapping.ts). */
import { UNIT_TYPES } from '../../content-schema';
import type { RetiredQuestion, SectionMapping } from '../question-mapping';

/** 1.1.0 asked these of every unit type; its one service centre is both centres of 2.0.0. */
const ALL_UNITS_1_1 = UNIT_TYPES;

export const securityMapping: SectionMapping = {
  // Same list; its rows gain the unit's role (not stated on carried rows, which count as owned until it is), the
  // five system types (from the 1.1.0 audience), procedures and the appraisal date (upgrade-records.ts).
  'security-system-inventory': { kind: 'kept' },
  'security-citizen-systems-level-approved': {
    kind: 'retired',
    why:
      'Its cap is gone: the share of owned systems with an approved level is now asked as a count ' +
      '(security-level-dossiers-approved), which drives proportional caps, and the inventory says row by row ' +
      'which owned systems handle administrative procedures. A yes, partly or no on citizen-facing systems ' +
      'gives neither the count nor the procedure systems.',
  },
  'security-levels-determined': { kind: 'kept' },
  'security-level-dossiers-approved': { kind: 'kept' },
  'security-portal-level-3': {
    kind: 'converted',
    to: 'security-portal-level-approved',
    why:
      '"Level 3 or higher" was a 2025 evaluation criterion, not a level criterion: 2.0.0 asks whether the ' +
      'provincial portal holds an approved level matching its criteria (level 3 where it handles procedures). ' +
      'A portal approved at level 3 or higher holds such a level, so "yes" is carried; "partly" and "no" do not ' +
      'say whether a lower approved level matches the criteria.',
    convert: (value) => (value.type === 'yes-partly-no' && value.choice === 'yes' ? value : undefined),
  },
  'security-plan-before-go-live': { kind: 'kept' },
  // The option «policy» now names the Quy chế bảo đảm an ninh mạng, the unit's security regulation under the new
  // regime: the same measure.
  'security-management-measures': { kind: 'kept' },
  // The same date; only its scoring follows the whole organisation's two-yearly period now.
  'security-last-inspection': { kind: 'kept' },
  'security-redetermination-on-change': { kind: 'kept' },
  'security-incident-response': { kind: 'kept' },
  'security-national-monitoring': { kind: 'kept' },
  'security-awareness-training-share': { kind: 'kept' },
  'security-drills': { kind: 'kept' },
  // Weight 0 in 2.0.0 (the platform's status under MPS is unconfirmed): asked for context, same question.
  'security-capdo-platform': { kind: 'kept' },
  'security-obstacles': { kind: 'kept' },
};

/** The 1.1.0 security questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable). */
export const securityRetired: RetiredQuestion[] = [
  {
    sectionId: 'security',
    retiredIn: '2.0.0',
    question: {
      id: 'security-citizen-systems-level-approved',
      type: 'yes-partly-no',
      dti: 'information-security',
      weight: 5,
      appliesTo: [...ALL_UNITS_1_1],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'law-cybersecurity-2025', article: '8' },
        { documentId: 'decree-331-2026' },
        { documentId: 'decree-85-2016' },
      ],
      remediation: { role: 'security-officer' },
    },
  },
  {
    sectionId: 'security',
    retiredIn: '2.0.0',
    question: {
      id: 'security-portal-level-3',
      type: 'yes-partly-no',
      dti: 'information-security',
      weight: 4,
      appliesTo: [...ALL_UNITS_1_1],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      legalBasis: [
        { documentId: 'decree-331-2026' },
        { documentId: 'decree-224-2026', article: '11' },
        { documentId: 'decree-85-2016' },
        { documentId: 'circular-12-2022-btttt' },
      ],
      remediation: { role: 'security-officer' },
    },
  },
];
