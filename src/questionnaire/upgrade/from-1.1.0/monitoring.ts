/** Content 1.1.0 → 2.0.0, monitoring section: where each 1.1.0 question's answer goes (see ../question-mapping.ts). */
import type { RetiredQuestion, SectionMapping } from '../question-mapping';

export const monitoringMapping: SectionMapping = {
  'monitoring-emc-code-embedded': { kind: 'kept' },
  'monitoring-emc-before-go-live': { kind: 'kept' },
  // The same question, now asked of its owner only (the provincial People's Committee); a service centre's 1.1.0
  // answer no longer applies to its unit type.
  'monitoring-procedure-system-emc': { kind: 'kept' },
  'monitoring-index-follow-up': { kind: 'kept' },
  // The same groups; each reviewed group now earns the same points (0.2).
  'monitoring-index-groups-reviewed': { kind: 'kept' },
  'monitoring-dossier-sync-share': { kind: 'kept' },
  // The same question, asked for context only (weight 0): its total is made of groups other questions score.
  'monitoring-index-score': { kind: 'kept' },
  'monitoring-procedures-published': {
    kind: 'retired',
    why: 'A coverage band replaced by the count of announced procedures published completely and on time on the national portal (monitoring-procedures-published-share).',
  },
  'monitoring-results-used': { kind: 'kept' },
  'monitoring-last-leadership-review': { kind: 'kept' },
  'monitoring-obstacles': { kind: 'kept' },
};

/** The 1.1.0 monitoring questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable). */
export const monitoringRetired: RetiredQuestion[] = [
  {
    sectionId: 'monitoring',
    retiredIn: '2.0.0',
    question: {
      id: 'monitoring-procedures-published',
      type: 'coverage',
      dti: 'digital-government',
      index766: 'transparency',
      weight: 3,
      appliesTo: ['provincial-committee', 'provincial-department', 'commune-committee'],
      allowsNotApplicable: false,
      allowsDontKnow: true,
      remediation: { role: 'office' },
      legalBasis: [{ documentId: 'decision-766-2022' }, { documentId: 'decree-118-2025' }],
    },
  },
];
