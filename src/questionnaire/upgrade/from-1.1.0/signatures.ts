/** Content 1.1.0 → 2.0.0, signatures section: where each 1.1.0 question's answer goes (see ../question-mapping.ts). */
import type { RetiredQuestion, SectionMapping } from '../question-mapping';

export const signaturesMapping: SectionMapping = {
  'signatures-leaders-public-service': { kind: 'kept' },
  'signatures-officials-equipped': { kind: 'kept' },
  'signatures-organisation-signature': { kind: 'kept' },
  'signatures-outgoing-documents-signed': { kind: 'kept' },
  'signatures-work-records-online': { kind: 'kept' },
  'signatures-signed-electronic-results': { kind: 'kept' },
  'signatures-remote-signing': { kind: 'kept' },
  'signatures-vneid-use': { kind: 'kept' },
  'signatures-certificate-management': { kind: 'kept' },
  'signatures-certificate-store-level': { kind: 'kept' },
  'signatures-obstacles': { kind: 'kept' },
};

/** The 1.1.0 signatures questions 2.0.0 no longer asks, as 1.1.0 defined them (answers to them stay readable). */
export const signaturesRetired: RetiredQuestion[] = [];
