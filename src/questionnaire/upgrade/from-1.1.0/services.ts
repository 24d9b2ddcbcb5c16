/** Content 1.1.0 → 2.0.0, services section: where each 1.1.0 question's answer goes (see ../question-mapping.ts). */
import type { RetiredQuestion, SectionMapping } from '../question-mapping';

export const servicesMapping: SectionMapping = {
  'services-full-process-share': { kind: 'kept' },
  'services-national-portal': { kind: 'kept' },
  'services-plan-02-full-process': { kind: 'kept' },
  'services-electronic-only-dossiers': { kind: 'kept' },
  'services-dossier-digitisation': { kind: 'kept' },
  'services-results-digitised': { kind: 'kept' },
  'services-online-payment': { kind: 'kept' },
  'services-data-reuse': { kind: 'kept' },
  'services-applicant-support': { kind: 'kept' },
  'services-satisfaction-rate': { kind: 'kept' },
  'services-on-time-rate': { kind: 'kept' },
  'services-procedure-list-published': { kind: 'kept' },
  'services-procedures-restructured': { kind: 'kept' },
  'services-obstacles': { kind: 'kept' },
};

/** The 1.1.0 services questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable). */
export const servicesRetired: RetiredQuestion[] = [];
