import { UNIT_TYPES, type Section } from '../content-schema';

/** Units that issue procedure results and electronic certificates; the service centres only return them. */
const COMPETENT_UNITS = ['provincial-committee', 'provincial-department', 'commune-committee'] as const;

export const signaturesSection = {
  id: 'signatures',
  weight: 14,
  questions: [
    // The 2024 plan's date (leaders by end-2024) has passed; the Central Steering Committee's 2026 programme (100% of
    // work records online at every level, with public-service signatures) is the year's target.
    {
      id: 'signatures-leaders-public-service',
      type: 'yes-partly-no',
      dti: 'digital-government',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'unit-leader', deadline: '2026-12-31', deadlineKind: 'target' },
      legalBasis: [{ documentId: 'decree-68-2024' }, { documentId: 'law-e-transactions-2023', article: '22' }],
    },
    // The 100% target is named for commune officials (QĐ 11/QĐ-BCĐCP): the national target binds the commune
    // committee and the commune centre only (critical-gaps.ts).
    {
      id: 'signatures-officials-equipped',
      type: 'count-pair',
      dti: 'digital-government',
      weight: 5,
      target: 100,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer', deadline: '2026-12-31', deadlineKind: 'target' },
      legalBasis: [
        { documentId: 'decision-11-2026-bcdcp' },
        { documentId: 'decree-68-2024' },
        { documentId: 'decree-23-2025' },
      ],
    },
    {
      id: 'signatures-organisation-signature',
      type: 'yes-partly-no',
      dti: 'digital-government',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'document-officer' },
      legalBasis: [{ documentId: 'circular-41-2017-btttt' }, { documentId: 'decree-68-2024' }],
    },
    // Law 20/2023 Art. 22 lists the kinds of signature; the article on legal validity (probably Art. 23) is [?], so
    // the law is cited without an article.
    {
      id: 'signatures-outgoing-documents-signed',
      type: 'percentage',
      dti: 'digital-government',
      weight: 5,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'document-officer' },
      legalBasis: [
        { documentId: 'law-e-transactions-2023' },
        { documentId: 'decree-68-2024' },
        { documentId: 'circular-41-2017-btttt' },
      ],
    },
    // Replaces the coverage band signatures-work-records-online (1.1.0): the document management system counts the
    // records. 100% in 2026 is the Central Steering Committee's programme target (Notice 56/TB-VPCP's 30/6/2025 has
    // passed).
    {
      id: 'signatures-work-records-online-share',
      type: 'count-pair',
      dti: 'digital-government',
      weight: 4,
      target: 100,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'all-staff', deadline: '2026-12-31', deadlineKind: 'target' },
      legalBasis: [{ documentId: 'notice-56-vpcp' }, { documentId: 'decree-68-2024' }],
    },
    // Replaces the coverage band signatures-signed-electronic-results (1.1.0): each procedure's result settings in
    // the procedure system give the count.
    {
      id: 'signatures-signed-results-share',
      type: 'count-pair',
      dti: 'digital-government',
      index766: 'digitisation',
      weight: 4,
      appliesTo: [...COMPETENT_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [
        { documentId: 'decree-224-2026', article: '15', clause: '1', point: 'e' },
        { documentId: 'law-e-transactions-2023' },
        { documentId: 'circular-41-2017-btttt' },
        { documentId: 'decision-1565-2025' },
      ],
    },
    {
      id: 'signatures-remote-signing',
      type: 'coverage',
      dti: 'digital-government',
      weight: 2,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [{ documentId: 'decree-68-2024' }, { documentId: 'decree-23-2025' }],
    },
    {
      id: 'signatures-vneid-use',
      type: 'multi-choice',
      dti: 'digital-government',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'office' },
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
      dti: 'digital-government',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'digital-officer' },
      legalBasis: [{ documentId: 'decree-68-2024' }, { documentId: 'decree-23-2025' }],
    },
    // The certificate store is usually a provincial system, so officials may genuinely not know its approved level.
    // Law 20/2023 Art. 21: at least level 3; levels under Law 116/2025 Art. 8 and Decree 331/2026, Decree 85/2016 for
    // systems still in transition.
    {
      id: 'signatures-certificate-store-level',
      type: 'yes-partly-no',
      dti: 'information-security',
      weight: 2,
      appliesTo: [...COMPETENT_UNITS],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      remediation: { role: 'security-officer' },
      legalBasis: [
        { documentId: 'law-e-transactions-2023', article: '21' },
        { documentId: 'law-cybersecurity-2025', article: '8' },
        { documentId: 'decree-331-2026' },
        { documentId: 'decree-85-2016' },
      ],
    },
    {
      id: 'signatures-obstacles',
      type: 'text',
      dti: 'digital-government',
      weight: 0,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-68-2024' }, { documentId: 'notice-56-vpcp' }],
    },
  ],
} satisfies Section;
