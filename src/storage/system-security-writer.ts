/**
 * The writers of the security-by-level workbench: the same `RecordWriter` as answers and plan items (queue, retry,
 * page-close flush), keyed by system id over `saveSystemSecurity`, and one key for the unit's record.
 */
import { canonicalJson } from '../questionnaire/answer-entry';
import type { SystemSecurity, UnitSecurity } from '../security-level/system-security-schema';
import { RecordWriter, TAB_WRITER_ID } from './record-writer';
import {
  saveSystemSecurity,
  saveSystemSecurityPart,
  saveUnitSecurity,
  type SystemSecurityPart,
} from './system-security';

export const WORKBENCH_WRITE_DELAY_MS = 400;

const signatureOf = (value: { updatedAt: string }) => canonicalJson({ ...value, updatedAt: '' });

/**
 * A screen's writer of one system's record. With `part`, only that part of what it is given is written, merged into
 * the record as stored when the write commits (`saveSystemSecurityPart`), so another tab's edits of the other parts
 * are never overwritten by the copy this screen read.
 */
export function createSystemSecurityWriter(
  assessmentId: string,
  record: SystemSecurity | undefined,
  part?: SystemSecurityPart,
): RecordWriter<SystemSecurity> {
  return new RecordWriter<SystemSecurity>({
    store: {
      write: async (entries) => {
        const records = [...entries.values()];
        await (part ? saveSystemSecurityPart(assessmentId, part, records) : saveSystemSecurity(assessmentId, records));
        return new Map();
      },
    },
    writerId: TAB_WRITER_ID,
    initial: record ? new Map([[record.systemId, { value: record }]]) : new Map(),
    signatureOf,
    delayMs: WORKBENCH_WRITE_DELAY_MS,
  });
}

/** The unit record's writer: its one key is `unit`. */
export function createUnitSecurityWriter(
  assessmentId: string,
  record: UnitSecurity | undefined,
): RecordWriter<UnitSecurity> {
  return new RecordWriter<UnitSecurity>({
    store: {
      write: async (entries) => {
        const latest = entries.get('unit');
        if (latest) await saveUnitSecurity(assessmentId, latest);
        return new Map();
      },
    },
    writerId: TAB_WRITER_ID,
    initial: record ? new Map([['unit', { value: record }]]) : new Map(),
    signatureOf,
    delayMs: WORKBENCH_WRITE_DELAY_MS,
  });
}
