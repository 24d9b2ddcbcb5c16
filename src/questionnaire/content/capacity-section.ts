import { UNIT_TYPES, type Section } from '../content-schema';

/**
 * Units that issue a digital-transformation plan of their own and are assigned tasks under Resolution 57-NQ/TW; a
 * service centre works under the plan of the province or commune it belongs to.
 */
const PLANNING_UNITS = ['provincial-committee', 'provincial-department', 'commune-committee'] as const;

export const capacitySection = {
  id: 'capacity',
  weight: 13,
  questions: [
    {
      id: 'capacity-annual-plan',
      type: 'yes-partly-no',
      dti: 'institutions',
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
      dti: 'institutions',
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
      dti: 'awareness',
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
    // Replaces `capacity-plan-02-tasks` (Plan 02-KH/BCĐTW ended on 31/12/2025): whether the plan lists the tasks is
    // asked by `capacity-annual-plan`; this asks how far the tasks assigned under the NQ 57 chain are on track.
    // Not applicable only when the unit has been assigned no task; Y = 0 is left out of the score as well.
    {
      id: 'capacity-nq57-tasks-on-track',
      type: 'count-pair',
      dti: 'institutions',
      weight: 3,
      appliesTo: [...PLANNING_UNITS],
      allowsNotApplicable: true,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'resolution-57-2024-tw' },
        { documentId: 'resolution-03-2025-cp' },
        { documentId: 'decision-11-2026-bcdcp' },
      ],
      remediation: { role: 'office' },
    },
    {
      id: 'capacity-digital-skills-trained',
      type: 'count-pair',
      dti: 'human-resources',
      weight: 5,
      target: 100,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-11-2026-bcdcp' }, { documentId: 'decision-757-2025-bkhcn' }],
      remediation: { role: 'office', deadline: '2026-12-31', deadlineKind: 'target' },
    },
    {
      id: 'capacity-it-officer',
      type: 'yes-partly-no',
      dti: 'human-resources',
      weight: 4,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-405-2025-bkhcn' }],
      remediation: { role: 'unit-leader' },
    },
    // No target: the 100% equipment target of QĐ 11 names commune officials only; the help text says so.
    {
      id: 'capacity-devices',
      type: 'count-pair',
      dti: 'infrastructure',
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
      dti: 'infrastructure',
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
      dti: 'institutions',
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
      dti: 'awareness',
      weight: 3,
      appliesTo: ['provincial-committee', 'provincial-department'],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-405-2025-bkhcn' }, { documentId: 'decree-224-2026', article: '8' }],
      remediation: { role: 'digital-officer' },
    },
    // Law on AI 134/2025/QH15 (in force 1/3/2026): AI supports and does not replace human authority and responsibility.
    // Its detailing decree and the AI ethics circular are unconfirmed [?]: not cited. Staff may use public AI services
    // even where the unit has adopted none, so the rule on protected data applies to every unit.
    {
      id: 'capacity-ai-use',
      type: 'multi-choice',
      dti: 'digital-government',
      weight: 3,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'law-ai-2025' },
        { documentId: 'law-personal-data-2025' },
        { documentId: 'law-state-secrets-2025' },
        { documentId: 'decision-1565-2025' },
      ],
      remediation: { role: 'unit-leader' },
      options: [
        { id: 'tools-decided', points: 0.25 },
        { id: 'human-review', points: 0.3 },
        { id: 'protected-data-rule', points: 0.3 },
        { id: 'staff-guidance', points: 0.15 },
        { id: 'none', points: 0, isExclusive: true },
      ],
    },
    // Decree 224/2026 Art. 78-79 [t]: commune digital society support points and community digital technology teams.
    {
      id: 'capacity-community-digital-support',
      type: 'yes-partly-no',
      dti: 'digital-society',
      weight: 3,
      appliesTo: ['commune-committee'],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'decree-224-2026', article: '78' },
        { documentId: 'decree-224-2026', article: '79' },
      ],
      remediation: { role: 'unit-leader' },
    },
    {
      id: 'capacity-obstacles',
      type: 'text',
      dti: 'human-resources',
      weight: 0,
      appliesTo: [...UNIT_TYPES],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [{ documentId: 'decision-11-2026-bcdcp' }, { documentId: 'resolution-57-2024-tw' }],
    },
  ],
} satisfies Section;
