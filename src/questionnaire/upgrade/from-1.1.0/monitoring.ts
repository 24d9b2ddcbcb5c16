/** Content 1.1.0 → 2.0.0, monitoring section: where each 1.1.0 question's answer goes (see ../question-mapping.ts). */
import type { RetiredQuestion, SectionMapping } from '../question-mapping';

export const monitoringMapping: SectionMapping = {
  'monitoring-emc-code-embedded': { kind: 'kept' },
  'monitoring-emc-before-go-live': { kind: 'kept' },
  'monitoring-procedure-system-emc': { kind: 'kept' },
  'monitoring-index-follow-up': { kind: 'kept' },
  'monitoring-index-groups-reviewed': { kind: 'kept' },
  'monitoring-dossier-sync-share': { kind: 'kept' },
  'monitoring-index-score': { kind: 'kept' },
  'monitoring-procedures-published': { kind: 'kept' },
  'monitoring-results-used': { kind: 'kept' },
  'monitoring-last-leadership-review': { kind: 'kept' },
  'monitoring-obstacles': { kind: 'kept' },
};

/** The 1.1.0 monitoring questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable). */
export const monitoringRetired: RetiredQuestion[] = [];
