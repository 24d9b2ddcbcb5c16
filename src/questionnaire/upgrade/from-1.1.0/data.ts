/** Content 1.1.0 → 2.0.0, data section: where each 1.1.0 question's answer goes (see ../question-mapping.ts). */
import type { RetiredQuestion, SectionMapping } from '../question-mapping';

export const dataMapping: SectionMapping = {
  'data-population-db-use': { kind: 'kept' },
  'data-no-resubmission': { kind: 'kept' },
  'data-population-db-verified-share': { kind: 'kept' },
  'data-lgsp-connection': { kind: 'kept' },
  'data-databases-connectable': { kind: 'kept' },
  'data-catalogue': { kind: 'kept' },
  'data-reporting-system-connected': { kind: 'kept' },
  'data-reports-electronic': { kind: 'kept' },
  'data-personal-data-protection': { kind: 'kept' },
  'data-new-laws-review': { kind: 'kept' },
  'data-repeated-requests': { kind: 'kept' },
};

/** The 1.1.0 data questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable). */
export const dataRetired: RetiredQuestion[] = [];
