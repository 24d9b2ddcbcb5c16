/** Content 1.1.0 → 2.0.0, data section: where each 1.1.0 question's answer goes (see ../question-mapping.ts). */
import { UNIT_TYPES } from '../../content-schema';
import type { RetiredQuestion, SectionMapping } from '../question-mapping';

/** 1.1.0 asked these of every unit type; its one service centre is both centres of 2.0.0. */
const ALL_UNITS_1_1 = UNIT_TYPES;
const DOSSIER_UNITS_1_1 = [
  'provincial-department',
  'provincial-service-centre',
  'commune-service-centre',
  'commune-committee',
] as const;

export const dataMapping: SectionMapping = {
  'data-population-db-use': { kind: 'kept' },
  'data-no-resubmission': {
    kind: 'retired',
    why:
      'A coverage band (none, some, half, most) cannot give the number of procedures: 2.0.0 asks for the count ' +
      '(data-no-resubmission-procedures), which the procedure system lists.',
  },
  'data-population-db-verified-share': { kind: 'kept' },
  'data-lgsp-connection': { kind: 'kept' },
  'data-databases-connectable': { kind: 'kept' },
  'data-catalogue': { kind: 'kept' },
  'data-reporting-system-connected': { kind: 'kept' },
  'data-reports-electronic': { kind: 'kept' },
  'data-personal-data-protection': {
    kind: 'retired',
    why:
      'The measures are re-cut to the duties of Law 91/2025/QH15 and Decree 356/2025/NĐ-CP (impact assessment, ' +
      'breach notice to the authority within 72 hours, consent and notice, protection staff) in ' +
      'data-personal-data-measures; the 1.1.0 choices do not say which of these the unit has in place.',
  },
  'data-new-laws-review': { kind: 'kept' },
  'data-repeated-requests': { kind: 'kept' },
};

/** The 1.1.0 data questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable). */
export const dataRetired: RetiredQuestion[] = [
  {
    sectionId: 'data',
    retiredIn: '2.0.0',
    question: {
      id: 'data-no-resubmission',
      type: 'coverage',
      dti: 'digital-government',
      index766: 'digitisation',
      weight: 5,
      appliesTo: [...DOSSIER_UNITS_1_1],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'resolution-66-7-2025' },
        { documentId: 'letter-159-2026-ttg' },
        { documentId: 'decree-224-2026', article: '18', clause: '4' },
      ],
      remediation: { role: 'one-stop-unit' },
    },
  },
  {
    sectionId: 'data',
    retiredIn: '2.0.0',
    question: {
      id: 'data-personal-data-protection',
      type: 'multi-choice',
      dti: 'information-security',
      weight: 4,
      appliesTo: [...ALL_UNITS_1_1],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'law-personal-data-2025' }, { documentId: 'decree-356-2025' }],
      remediation: { role: 'unit-leader' },
      options: [
        { id: 'responsible-person', points: 0.2 },
        { id: 'access-limited', points: 0.25 },
        { id: 'purpose-notice', points: 0.2 },
        { id: 'breach-procedure', points: 0.2 },
        { id: 'staff-guidance', points: 0.15 },
        { id: 'none', points: 0, isExclusive: true },
      ],
    },
  },
];
