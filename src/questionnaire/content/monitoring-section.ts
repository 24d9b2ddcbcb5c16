import { UNIT_TYPES, type Section } from '../content-schema';

/** Units with competence to decide procedures, whose publication the index measures. */
const COMPETENT_UNITS = ['provincial-committee', 'provincial-department', 'commune-committee'] as const;

export const monitoringSection = {
  id: 'monitoring',
  weight: 15,
  questions: [
    // "Not applicable" for a unit without a portal or website of its own.
    {
      id: 'monitoring-emc-code-embedded',
      type: 'coverage',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer', deadline: '2025-04-05' },
      // The 5/4/2025 date is Circular 22/2023's; since 1/7/2026 measurement is under Decree 224/2026 Art. 11-12 [t].
      legalBasis: [
        { documentId: 'circular-22-2023-btttt' },
        { documentId: 'decree-224-2026', article: '11' },
        { documentId: 'decree-224-2026', article: '12' },
      ],
    },
    // "Not applicable" for a unit that has launched no portal or website since 5/4/2024 and plans none.
    {
      id: 'monitoring-emc-before-go-live',
      type: 'yes-partly-no',
      weight: 2,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      remediation: { role: 'digital-officer' },
      legalBasis: [{ documentId: 'circular-22-2023-btttt' }, { documentId: 'decree-224-2026', article: '11' }],
    },
    // An unconnected provincial procedure system is a critical gap: the province's online services are then not
    // measured (Decree 224/2026 Art. 19 [t]: measured from data collected automatically from these systems).
    {
      id: 'monitoring-procedure-system-emc',
      type: 'yes-partly-no',
      weight: 5,
      appliesTo: ['provincial-committee', 'service-centre'],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [{ documentId: 'decree-224-2026', article: '19' }, { documentId: 'decree-118-2025' }],
    },
    {
      id: 'monitoring-index-follow-up',
      type: 'maturity',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'office' },
      legalBasis: [{ documentId: 'decision-766-2022' }],
    },
    // Option points are the group maxima of Decision 766 (18 + 20 + 22 + 22 + 18 = 100) divided by 100.
    {
      id: 'monitoring-index-groups-reviewed',
      type: 'multi-choice',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'office' },
      legalBasis: [{ documentId: 'decision-766-2022' }],
      options: [
        { id: 'transparency', points: 0.18 },
        { id: 'progress', points: 0.2 },
        { id: 'digitisation', points: 0.22 },
        { id: 'online-services', points: 0.22 },
        { id: 'satisfaction', points: 0.18 },
        { id: 'none', points: 0, isExclusive: true },
      ],
    },
    {
      id: 'monitoring-dossier-sync-share',
      type: 'percentage',
      weight: 5,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [{ documentId: 'decision-766-2022' }, { documentId: 'decree-118-2025' }],
    },
    // Whether the index is still published per department and commune after the two-tier reform is not confirmed.
    {
      id: 'monitoring-index-score',
      type: 'percentage',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      remediation: { role: 'unit-leader' },
      legalBasis: [{ documentId: 'decision-766-2022' }],
    },
    {
      id: 'monitoring-procedures-published',
      type: 'coverage',
      weight: 3,
      appliesTo: [...COMPETENT_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'office' },
      legalBasis: [{ documentId: 'decision-766-2022' }, { documentId: 'decree-118-2025' }],
    },
    {
      id: 'monitoring-results-used',
      type: 'yes-partly-no',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'unit-leader' },
      legalBasis: [{ documentId: 'decision-766-2022' }, { documentId: 'decree-224-2026', article: '19' }],
    },
    {
      id: 'monitoring-last-leadership-review',
      type: 'date',
      weight: 3,
      freshness: { fullWithinMonths: 3, zeroAfterMonths: 12 },
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'office' },
      legalBasis: [{ documentId: 'decision-766-2022' }],
    },
    {
      id: 'monitoring-obstacles',
      type: 'text',
      weight: 0,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-224-2026', article: '19' }, { documentId: 'decision-766-2022' }],
    },
  ],
} satisfies Section;
