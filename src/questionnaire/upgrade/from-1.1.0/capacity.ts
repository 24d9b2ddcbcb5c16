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
  'capacity-plan-02-tasks': { kind: 'kept' },
  'capacity-obstacles': { kind: 'kept' },
};

/** The 1.1.0 capacity questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable). */
export const capacityRetired: RetiredQuestion[] = [];
