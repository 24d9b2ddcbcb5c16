/** Content 1.1.0 → 2.0.0, capacity section: where each 1.1.0 question's answer goes (see ../question-mapping.ts). */
import type { RetiredQuestion, SectionMapping } from '../question-mapping';

export const capacityMapping: SectionMapping = {
  'capacity-annual-plan': { kind: 'kept' },
  'capacity-plan-issued-on': { kind: 'kept' },
  'capacity-leadership': { kind: 'kept' },
  'capacity-digital-skills-trained': { kind: 'kept' },
  'capacity-it-officer': { kind: 'kept' },
  'capacity-devices': { kind: 'kept' },
  'capacity-connectivity': { kind: 'kept' },
  'capacity-budget': { kind: 'kept' },
  'capacity-dti-use': { kind: 'kept' },
  'capacity-plan-02-tasks': {
    kind: 'retired',
    why:
      'Plan 02-KH/BCĐTW ended on 31/12/2025. Whether the plan sets out the assigned tasks is asked by ' +
      'capacity-annual-plan; 2.0.0 asks how many tasks assigned under Resolution 57-NQ/TW are done or on ' +
      'schedule (capacity-nq57-tasks-on-track), which a yes, partly or no on the plan does not tell.',
  },
  'capacity-obstacles': { kind: 'kept' },
};

/** The 1.1.0 capacity questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable). */
export const capacityRetired: RetiredQuestion[] = [
  {
    sectionId: 'capacity',
    retiredIn: '2.0.0',
    question: {
      id: 'capacity-plan-02-tasks',
      type: 'yes-partly-no',
      dti: 'institutions',
      weight: 2,
      appliesTo: ['provincial-committee', 'provincial-department', 'commune-committee'],
      allowsNotApplicable: false,
      allowsDontKnow: false,
      legalBasis: [
        { documentId: 'resolution-57-2024-tw' },
        { documentId: 'resolution-03-2025-cp' },
        { documentId: 'decision-11-2026-bcdcp' },
      ],
      remediation: { role: 'office' },
    },
  },
];
