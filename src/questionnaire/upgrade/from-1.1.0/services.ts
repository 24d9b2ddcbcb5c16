/** Content 1.1.0 → 2.0.0, services section: where each 1.1.0 question's answer goes (see ../question-mapping.ts). */
import type { AnswerValue } from '../../answer-schema';
import type { RetiredQuestion, SectionMapping } from '../question-mapping';

/**
 * 1.1.0 counted every procedure within competence; 2.0.0 leaves out those whose partial provision has a published
 * reason (Decree 224/2026 Art. 14 [t]). Only "all of them full-process" is the same answer under both counts: no
 * procedure is then partial, so none is left out.
 */
function convertFullProcessShare(value: AnswerValue): AnswerValue | undefined {
  return value.type === 'count-pair' && value.part === value.whole ? value : undefined;
}

export const servicesMapping: SectionMapping = {
  'services-full-process-share': {
    kind: 'converted',
    to: 'services-full-process-offered',
    why: 'The total now leaves out procedures with a published reason for partial provision (Decree 224/2026 Art. 14); an answer of all procedures full-process is the same under both counts, any other needs a new count.',
    convert: convertFullProcessShare,
  },
  'services-national-portal': { kind: 'kept' },
  'services-plan-02-full-process': { kind: 'kept' },
  'services-electronic-only-dossiers': { kind: 'kept' },
  'services-dossier-digitisation': { kind: 'kept' },
  'services-results-digitised': {
    kind: 'retired',
    why: 'A coverage band replaced by the count of dossiers with a digitised result, which the procedure system gives (services-results-digitised-share).',
  },
  'services-online-payment': {
    kind: 'retired',
    why: "A coverage band replaced by the count of fee-bearing procedures with online payment, from the portal's payment settings (services-online-payment-share).",
  },
  'services-data-reuse': { kind: 'kept' },
  'services-applicant-support': { kind: 'kept' },
  'services-satisfaction-rate': { kind: 'kept' },
  'services-on-time-rate': { kind: 'kept' },
  'services-procedure-list-published': { kind: 'kept' },
  'services-procedures-restructured': {
    kind: 'retired',
    why: 'A coverage band replaced by the count of procedures with an approved restructured workflow (services-procedures-restructured-share).',
  },
  'services-obstacles': { kind: 'kept' },
};

/** 1.1.0's `service-centre` type, split in 2.0.0 into the provincial and the commune centre. */
const SERVICE_CENTRES = ['provincial-service-centre', 'commune-service-centre'] as const;
const ALL_1_1_0 = ['provincial-committee', 'provincial-department', ...SERVICE_CENTRES, 'commune-committee'] as const;

/**
 * The 1.1.0 services questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable), with the
 * `dti` indicator they fed and 1.1.0's `service-centre` read as both centres. services-full-process-share is here
 * for the answers its conversion cannot carry.
 */
export const servicesRetired: RetiredQuestion[] = [
  {
    sectionId: 'services',
    retiredIn: '2.0.0',
    question: {
      id: 'services-full-process-share',
      type: 'count-pair',
      dti: 'digital-government',
      index766: 'online-service',
      weight: 5,
      appliesTo: ['provincial-committee', 'provincial-department', 'commune-committee'],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'office' },
      legalBasis: [
        { documentId: 'decree-224-2026', article: '14' },
        { documentId: 'law-digital-transformation-2025' },
        { documentId: 'decision-1565-2025' },
      ],
    },
  },
  {
    sectionId: 'services',
    retiredIn: '2.0.0',
    question: {
      id: 'services-results-digitised',
      type: 'coverage',
      dti: 'digital-government',
      index766: 'digitisation',
      weight: 4,
      appliesTo: [...ALL_1_1_0],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [{ documentId: 'circular-01-2023-vpcp' }, { documentId: 'decision-1565-2025' }],
    },
  },
  {
    sectionId: 'services',
    retiredIn: '2.0.0',
    question: {
      id: 'services-online-payment',
      type: 'coverage',
      dti: 'digital-government',
      index766: 'online-service',
      weight: 3,
      appliesTo: [...ALL_1_1_0],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [
        { documentId: 'decree-224-2026', article: '15', clause: '1', point: 'đ' },
        { documentId: 'decree-118-2025' },
      ],
    },
  },
  {
    sectionId: 'services',
    retiredIn: '2.0.0',
    question: {
      id: 'services-procedures-restructured',
      type: 'coverage',
      dti: 'digital-government',
      weight: 3,
      appliesTo: ['provincial-committee', 'provincial-department', 'commune-committee'],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'office' },
      legalBasis: [{ documentId: 'decision-1565-2025' }],
    },
  },
];
