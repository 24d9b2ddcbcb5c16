import { UNIT_TYPES, type Section } from '../content-schema';

/** Units that issue their own annual digital-transformation plan; a service centre works under the province's. */
const PLANNING_UNITS = ['provincial-committee', 'provincial-department', 'commune-committee'] as const;

export const capacitySection = {
  id: 'capacity',
  weight: 13,
  questions: [
    {
      id: 'capacity-annual-plan',
      type: 'yes-partly-no',
      weight: 4,
      appliesTo: [...PLANNING_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      // Decree 224/2026 Art. 4, 7 [t]: ministries and PPCs issue 5-year and annual plans, sent to MOST within 5 working
      // days; departments and communes carry out their share (a duty to issue their own plan was not found [?]).
      legalBasis: [
        { documentId: 'decree-224-2026', article: '4' },
        { documentId: 'decree-224-2026', article: '7' },
        { documentId: 'decision-405-2025-bkhcn' },
      ],
      remediation: { role: 'office' },
    },
    // Not applicable when no plan has been issued: the missing plan is scored by the question above.
    {
      id: 'capacity-plan-issued-on',
      type: 'date',
      weight: 2,
      appliesTo: [...PLANNING_UNITS],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decree-224-2026', article: '7' }, { documentId: 'decision-405-2025-bkhcn' }],
      remediation: { role: 'office' },
      freshness: { fullWithinMonths: 12, zeroAfterMonths: 24 },
    },
    {
      id: 'capacity-leadership',
      type: 'maturity',
      weight: 5,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'resolution-57-2024-tw' },
        { documentId: 'resolution-03-2025-cp' },
        { documentId: 'decision-11-2026-bcdcp' },
      ],
      remediation: { role: 'unit-leader' },
    },
    {
      id: 'capacity-digital-skills-trained',
      type: 'count-pair',
      weight: 5,
      target: 100,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-11-2026-bcdcp' }, { documentId: 'decision-757-2025-bkhcn' }],
      remediation: { role: 'office', deadline: '2026-12-31' },
    },
    {
      id: 'capacity-it-officer',
      type: 'yes-partly-no',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-405-2025-bkhcn' }],
      remediation: { role: 'unit-leader' },
    },
    // No target: the 100% equipment target in the facts names commune officials only; the help text says so.
    {
      id: 'capacity-devices',
      type: 'count-pair',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-11-2026-bcdcp' }],
      remediation: { role: 'office' },
    },
    {
      id: 'capacity-connectivity',
      type: 'multi-choice',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-405-2025-bkhcn' }],
      remediation: { role: 'digital-officer' },
      options: [
        { id: 'fixed-broadband', points: 0.3 },
        { id: 'government-data-network', points: 0.35 },
        { id: 'backup-line', points: 0.15 },
        { id: 'internal-network', points: 0.2 },
        { id: 'none', points: 0, isExclusive: true },
      ],
    },
    // Budget figures are often held by the finance or planning office rather than the official filling this in.
    {
      id: 'capacity-budget',
      type: 'yes-partly-no',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      legalBasis: [{ documentId: 'decree-224-2026' }, { documentId: 'decision-405-2025-bkhcn' }],
      remediation: { role: 'office' },
    },
    // The DTI of 405/QĐ-BKHCN is a provincial index; departments supply its data, communes are not rated by it.
    {
      id: 'capacity-dti-use',
      type: 'maturity',
      weight: 3,
      appliesTo: ['provincial-committee', 'provincial-department'],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-405-2025-bkhcn' }, { documentId: 'decree-224-2026', article: '8' }],
      remediation: { role: 'digital-officer' },
    },
    {
      id: 'capacity-plan-02-tasks',
      type: 'yes-partly-no',
      weight: 2,
      appliesTo: [...PLANNING_UNITS],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      // Plan 02-KH/BCĐTW ended on 31/12/2025: the tasks now come from the Resolution 57-NQ/TW chain (the id is kept).
      legalBasis: [
        { documentId: 'resolution-57-2024-tw' },
        { documentId: 'resolution-03-2025-cp' },
        { documentId: 'decision-11-2026-bcdcp' },
      ],
      remediation: { role: 'office' },
    },
    {
      id: 'capacity-obstacles',
      type: 'text',
      weight: 0,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-11-2026-bcdcp' }, { documentId: 'resolution-57-2024-tw' }],
    },
  ],
} satisfies Section;
