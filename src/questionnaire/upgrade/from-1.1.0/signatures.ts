/** Content 1.1.0 → 2.0.0, signatures section: where each 1.1.0 question's answer goes (see ../question-mapping.ts). */
import type { RetiredQuestion, SectionMapping } from '../question-mapping';

export const signaturesMapping: SectionMapping = {
  // The same question; only its target date moved from the 2024 plan to the 2026 programme.
  'signatures-leaders-public-service': { kind: 'kept' },
  'signatures-officials-equipped': { kind: 'kept' },
  'signatures-organisation-signature': { kind: 'kept' },
  'signatures-outgoing-documents-signed': { kind: 'kept' },
  'signatures-work-records-online': {
    kind: 'retired',
    why: 'A coverage band replaced by the count of work records handled in the document management system, which the system gives (signatures-work-records-online-share).',
  },
  'signatures-signed-electronic-results': {
    kind: 'retired',
    why: 'A coverage band replaced by the count of procedures returning a digitally signed electronic result, from the procedure system (signatures-signed-results-share).',
  },
  'signatures-remote-signing': { kind: 'kept' },
  'signatures-vneid-use': { kind: 'kept' },
  'signatures-certificate-management': { kind: 'kept' },
  // The same question; the levels are now approved under Law 116/2025 and Decree 331/2026.
  'signatures-certificate-store-level': { kind: 'kept' },
  'signatures-obstacles': { kind: 'kept' },
};

/**
 * The 1.1.0 signatures questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable), with the
 * `dti` indicator they fed and 1.1.0's `service-centre` read as both centres.
 */
export const signaturesRetired: RetiredQuestion[] = [
  {
    sectionId: 'signatures',
    retiredIn: '2.0.0',
    question: {
      id: 'signatures-work-records-online',
      type: 'coverage',
      dti: 'digital-government',
      weight: 4,
      appliesTo: [
        'provincial-committee',
        'provincial-department',
        'provincial-service-centre',
        'commune-service-centre',
        'commune-committee',
      ],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'all-staff', deadline: '2025-06-30', deadlineKind: 'target' },
      legalBasis: [{ documentId: 'notice-56-vpcp' }],
    },
  },
  {
    sectionId: 'signatures',
    retiredIn: '2.0.0',
    question: {
      id: 'signatures-signed-electronic-results',
      type: 'coverage',
      dti: 'digital-government',
      index766: 'digitisation',
      weight: 4,
      appliesTo: ['provincial-committee', 'provincial-department', 'commune-committee'],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [
        { documentId: 'circular-41-2017-btttt' },
        { documentId: 'decision-1565-2025' },
        { documentId: 'law-e-transactions-2023' },
      ],
    },
  },
];
