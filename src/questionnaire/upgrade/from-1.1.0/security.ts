/** Content 1.1.0 → 2.0.0, security section: where each 1.1.0 question's answer goes (see ../question-mapping.ts). */
import type { RetiredQuestion, SectionMapping } from '../question-mapping';

export const securityMapping: SectionMapping = {
  'security-system-inventory': { kind: 'kept' },
  'security-citizen-systems-level-approved': { kind: 'kept' },
  'security-levels-determined': { kind: 'kept' },
  'security-level-dossiers-approved': { kind: 'kept' },
  'security-portal-level-3': { kind: 'kept' },
  'security-plan-before-go-live': { kind: 'kept' },
  'security-management-measures': { kind: 'kept' },
  'security-last-inspection': { kind: 'kept' },
  'security-redetermination-on-change': { kind: 'kept' },
  'security-incident-response': { kind: 'kept' },
  'security-national-monitoring': { kind: 'kept' },
  'security-awareness-training-share': { kind: 'kept' },
  'security-drills': { kind: 'kept' },
  'security-capdo-platform': { kind: 'kept' },
  'security-obstacles': { kind: 'kept' },
};

/** The 1.1.0 security questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable). */
export const securityRetired: RetiredQuestion[] = [];
