import { UNIT_TYPES, type Section } from '../content-schema';

/** Units with competence to decide procedures, whose publication the 766 Index measures. */
const COMPETENT_UNITS = ['provincial-committee', 'provincial-department', 'commune-committee'] as const;
/** Units whose websites are components of the provincial portal (Decree 224/2026 Art. 11.1 [t]). */
const COMPONENT_WEBSITE_UNITS = ['provincial-department', 'commune-committee'] as const;

export const monitoringSection = {
  id: 'monitoring',
  weight: 10,
  questions: [
    // "Not applicable" for a unit without a portal or website of its own. The 5/4/2025 date is Circular 22/2023's,
    // a legal deadline (the circular's status after Decree 42/2022's repeal is [?]); since 1/7/2026 measurement is
    // under Decree 224/2026 Art. 11-12 [t].
    {
      id: 'monitoring-emc-code-embedded',
      type: 'coverage',
      dti: 'digital-government',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer', deadline: '2025-04-05', deadlineKind: 'legal' },
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
      dti: 'digital-government',
      weight: 2,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      remediation: { role: 'digital-officer' },
      legalBasis: [{ documentId: 'circular-22-2023-btttt' }, { documentId: 'decree-224-2026', article: '11' }],
    },
    // Asked of the owner only: the provincial People's Committee (its Office runs the system). An unconnected system
    // is a critical gap for it (critical-gaps.ts): the province's online services are then not measured (Decree
    // 224/2026 Art. 19 [t]: measured from data collected automatically from these systems).
    {
      id: 'monitoring-procedure-system-emc',
      type: 'yes-partly-no',
      dti: 'digital-government',
      weight: 5,
      appliesTo: ['provincial-committee'],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [
        { documentId: 'decree-224-2026', article: '19' },
        { documentId: 'decree-224-2026', article: '12' },
        { documentId: 'decree-118-2025' },
      ],
    },
    // "Not applicable" for a unit with no website of its own.
    {
      id: 'monitoring-website-in-provincial-portal',
      type: 'yes-partly-no',
      dti: 'digital-government',
      weight: 2,
      appliesTo: [...COMPONENT_WEBSITE_UNITS],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      remediation: { role: 'digital-officer' },
      legalBasis: [{ documentId: 'decree-224-2026', article: '11' }],
    },
    {
      id: 'monitoring-index-follow-up',
      type: 'maturity',
      dti: 'digital-government',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'office' },
      legalBasis: [{ documentId: 'decision-766-2022' }],
    },
    // Reviewing one group is worth as much as reviewing another: 0.2 each (the group maxima 18-22 in the labels are
    // information, not weights).
    {
      id: 'monitoring-index-groups-reviewed',
      type: 'multi-choice',
      dti: 'digital-government',
      weight: 2,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'office' },
      legalBasis: [{ documentId: 'decision-766-2022' }],
      options: [
        { id: 'transparency', points: 0.2 },
        { id: 'progress', points: 0.2 },
        { id: 'digitisation', points: 0.2 },
        { id: 'online-services', points: 0.2 },
        { id: 'satisfaction', points: 0.2 },
        { id: 'none', points: 0, isExclusive: true },
      ],
    },
    {
      id: 'monitoring-dossier-sync-share',
      type: 'percentage',
      dti: 'digital-government',
      index766: 'transparency',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'digital-officer' },
      legalBasis: [
        { documentId: 'decision-766-2022' },
        { documentId: 'decree-224-2026', article: '19', clause: '3', point: 'd' },
        { documentId: 'decree-118-2025' },
      ],
    },
    // Context only (weight 0): the total is made of the groups the scored questions already measure (digitisation,
    // on-time rate, satisfaction, publication, synchronisation), so scoring it would count them twice. Published per
    // province; per department and commune is [?].
    {
      id: 'monitoring-index-score',
      type: 'percentage',
      dti: 'digital-government',
      weight: 0,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: true,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'decision-766-2022' }],
    },
    // Replaces the coverage band monitoring-procedures-published (1.1.0): the portal lists each procedure.
    {
      id: 'monitoring-procedures-published-share',
      type: 'count-pair',
      dti: 'digital-government',
      index766: 'transparency',
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
      dti: 'digital-government',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      remediation: { role: 'unit-leader' },
      legalBasis: [{ documentId: 'decision-766-2022' }, { documentId: 'decree-224-2026', article: '19' }],
    },
    // The leadership's attention is what the DTI's awareness indicator measures. The 3 and 12 months are this
    // questionnaire's practice, not a period set by law (the help says so).
    {
      id: 'monitoring-last-leadership-review',
      type: 'date',
      dti: 'awareness',
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
      dti: 'digital-government',
      weight: 0,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-224-2026', article: '19' }, { documentId: 'decision-766-2022' }],
    },
  ],
} satisfies Section;
