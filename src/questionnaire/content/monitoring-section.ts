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
      legalBasis: [{ documentId: 'decree-42-2022' }],
    },
    // "Not applicable" for a unit that has launched no portal or website since 5/4/2024 and plans none.
    {
      id: 'monitoring-emc-before-go-live',
      type: 'yes-partly-no',
      weight: 2,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-42-2022' }],
    },
    // An unconnected provincial procedure system is a critical gap: the province is then not measured at all.
    {
      id: 'monitoring-procedure-system-emc',
      type: 'yes-partly-no',
      weight: 5,
      appliesTo: ['provincial-committee', 'service-centre'],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'decree-42-2022' }, { documentId: 'decree-118-2025' }],
    },
    {
      id: 'monitoring-index-follow-up',
      type: 'maturity',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
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
      legalBasis: [{ documentId: 'decision-766-2022' }],
    },
    {
      id: 'monitoring-procedures-published',
      type: 'coverage',
      weight: 3,
      appliesTo: [...COMPETENT_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'decision-766-2022' }, { documentId: 'decree-118-2025' }],
    },
    {
      id: 'monitoring-results-used',
      type: 'yes-partly-no',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-766-2022' }, { documentId: 'decree-42-2022' }],
    },
    {
      id: 'monitoring-last-leadership-review',
      type: 'date',
      weight: 3,
      freshness: { fullWithinMonths: 3, zeroAfterMonths: 12 },
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'decision-766-2022' }],
    },
    {
      id: 'monitoring-obstacles',
      type: 'text',
      weight: 0,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-42-2022' }, { documentId: 'decision-766-2022' }],
    },
  ],
} satisfies Section;
