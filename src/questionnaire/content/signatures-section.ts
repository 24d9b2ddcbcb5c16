import type { Section } from '../content-schema';

const ALL_UNITS = ['provincial-committee', 'provincial-department', 'service-centre', 'commune-committee'] as const;
/** Units that issue procedure results and electronic certificates; the service centre only returns them. */
const COMPETENT_UNITS = ['provincial-committee', 'provincial-department', 'commune-committee'] as const;

export const signaturesSection = {
  id: 'signatures',
  weight: 15,
  questions: [
    {
      id: 'signatures-leaders-public-service',
      type: 'yes-partly-no',
      weight: 4,
      appliesTo: [...ALL_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-68-2024' }, { documentId: 'law-e-transactions-2023', article: '22' }],
    },
    // The 100% target is named for commune officials (QĐ 11/QĐ-BCĐCP); provincial officials were due by 6/2025.
    {
      id: 'signatures-officials-equipped',
      type: 'count-pair',
      weight: 5,
      target: 100,
      appliesTo: [...ALL_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [
        { documentId: 'decision-11-2026-bcdcp' },
        { documentId: 'decree-68-2024' },
        { documentId: 'decree-23-2025' },
      ],
    },
    {
      id: 'signatures-organisation-signature',
      type: 'yes-partly-no',
      weight: 4,
      appliesTo: [...ALL_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'circular-41-2017-btttt' }, { documentId: 'decree-68-2024' }],
    },
    {
      id: 'signatures-outgoing-documents-signed',
      type: 'percentage',
      weight: 5,
      appliesTo: [...ALL_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [
        { documentId: 'law-e-transactions-2023', article: '22' },
        { documentId: 'decree-68-2024' },
        { documentId: 'circular-41-2017-btttt' },
      ],
    },
    {
      id: 'signatures-work-records-online',
      type: 'coverage',
      weight: 4,
      appliesTo: [...ALL_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'notice-56-vpcp' }],
    },
    {
      id: 'signatures-signed-electronic-results',
      type: 'coverage',
      weight: 4,
      appliesTo: [...COMPETENT_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [
        { documentId: 'circular-41-2017-btttt' },
        { documentId: 'decision-1565-2025' },
        { documentId: 'law-e-transactions-2023' },
      ],
    },
    {
      id: 'signatures-remote-signing',
      type: 'coverage',
      weight: 2,
      appliesTo: [...ALL_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'decree-68-2024' }, { documentId: 'decree-23-2025' }],
    },
    {
      id: 'signatures-vneid-use',
      type: 'multi-choice',
      weight: 3,
      appliesTo: [...ALL_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-69-2024' }],
      options: [
        { id: 'organisation-account', points: 0.4 },
        { id: 'officials-level-2', points: 0.3 },
        { id: 'identity-checks', points: 0.3 },
        { id: 'none', points: 0, isExclusive: true },
      ],
    },
    {
      id: 'signatures-certificate-management',
      type: 'maturity',
      weight: 3,
      appliesTo: [...ALL_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-68-2024' }, { documentId: 'decree-23-2025' }],
    },
    // The certificate store is usually a provincial system, so officials may genuinely not know its approved level.
    {
      id: 'signatures-certificate-store-level',
      type: 'yes-partly-no',
      weight: 2,
      appliesTo: [...COMPETENT_UNITS],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'law-e-transactions-2023', article: '21' }, { documentId: 'decree-85-2016' }],
    },
    {
      id: 'signatures-obstacles',
      type: 'text',
      weight: 0,
      appliesTo: [...ALL_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-68-2024' }, { documentId: 'notice-56-vpcp' }],
    },
  ],
} satisfies Section;
