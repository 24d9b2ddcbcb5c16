/**
 * The security-by-level workbench's records (issue 14): one per assessment and inventory system, and one for the
 * unit's own duties. Written in one transaction with the assessment's `updatedAt`, like plan items; records that fail
 * validation when read back are left out, not thrown.
 */
import {
  systemSecuritySchema,
  unitSecuritySchema,
  type SystemSecurity,
  type UnitSecurity,
} from '../security-level/system-security-schema';
import { findDuplicateInSecurityRecord } from '../exchange/file-format';
import { db, type StoredSystemSecurity, type StoredUnitSecurity } from './db';
import { StorageError, toStorageError } from './storage-error';

async function assertAssessmentExists(assessmentId: string): Promise<void> {
  const assessment = await db.assessments.get(assessmentId);
  if (!assessment || assessment.deletedAt) throw new StorageError('invalid', new Error('Assessment not found'));
}

/** The record as the schema reads it; a file refuses one that repeats a component, group or incident: so does this. */
function validRecord(record: SystemSecurity): SystemSecurity {
  const result = systemSecuritySchema.safeParse(record);
  if (!result.success) throw new StorageError('invalid', result.error);
  const duplicate = findDuplicateInSecurityRecord(result.data);
  if (duplicate) throw new StorageError('invalid', new Error(`Duplicate at ${duplicate.join('.')}`));
  return result.data;
}

/** The parts of a system's record that one screen edits: each screen writes its own part only. */
export const SYSTEM_SECURITY_PARTS = ['classification', 'dossier', 'baseline', 'duties'] as const;
export type SystemSecurityPart = (typeof SYSTEM_SECURITY_PARTS)[number];

/**
 * Writes one part of several systems' records, each merged into the record as stored *inside* the transaction: the
 * other parts keep what is on disk, so two screens (in two tabs) editing different parts of one system never
 * overwrite each other's work, whatever the order of their writes.
 */
export async function saveSystemSecurityPart(
  assessmentId: string,
  part: SystemSecurityPart,
  records: readonly SystemSecurity[],
): Promise<void> {
  const valid = records.map(validRecord);
  try {
    await db.transaction('rw', db.assessments, db.systemSecurity, async () => {
      await assertAssessmentExists(assessmentId);
      const stored = toSystemSecurityMap(await db.systemSecurity.where('assessmentId').equals(assessmentId).toArray());
      const merged = valid.map((record): StoredSystemSecurity => {
        const base = stored.get(record.systemId) ?? record;
        return { ...base, [part]: record[part], updatedAt: record.updatedAt, assessmentId };
      });
      await db.systemSecurity.bulkPut(merged);
      await db.assessments.update(assessmentId, { updatedAt: new Date().toISOString() });
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Writes several systems' whole records of one assessment in one transaction. */
export async function saveSystemSecurity(assessmentId: string, records: readonly SystemSecurity[]): Promise<void> {
  const stored = records.map((record): StoredSystemSecurity => ({ ...validRecord(record), assessmentId }));
  try {
    await db.transaction('rw', db.assessments, db.systemSecurity, async () => {
      await assertAssessmentExists(assessmentId);
      await db.systemSecurity.bulkPut(stored);
      await db.assessments.update(assessmentId, { updatedAt: new Date().toISOString() });
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function saveUnitSecurity(assessmentId: string, record: UnitSecurity): Promise<void> {
  const result = unitSecuritySchema.safeParse(record);
  if (!result.success) throw new StorageError('invalid', result.error);
  try {
    await db.transaction('rw', db.assessments, db.unitSecurity, async () => {
      await assertAssessmentExists(assessmentId);
      await db.unitSecurity.put({ ...result.data, assessmentId });
      await db.assessments.update(assessmentId, { updatedAt: new Date().toISOString() });
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** The records keyed by system id, without the storage fields. */
export function toSystemSecurityMap(records: readonly StoredSystemSecurity[]): Map<string, SystemSecurity> {
  const map = new Map<string, SystemSecurity>();
  for (const { assessmentId: _assessmentId, revision: _revision, writer: _writer, ...record } of records) {
    const result = systemSecuritySchema.safeParse(record);
    if (result.success) map.set(result.data.systemId, result.data);
  }
  return map;
}

export function toUnitSecurity(record: StoredUnitSecurity | undefined): UnitSecurity | undefined {
  if (!record) return undefined;
  const { assessmentId: _assessmentId, revision: _revision, writer: _writer, ...rest } = record;
  const result = unitSecuritySchema.safeParse(rest);
  return result.success ? result.data : undefined;
}

export async function loadSystemSecurity(assessmentId: string): Promise<Map<string, SystemSecurity>> {
  try {
    return toSystemSecurityMap(await db.systemSecurity.where('assessmentId').equals(assessmentId).toArray());
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function loadUnitSecurity(assessmentId: string): Promise<UnitSecurity | undefined> {
  try {
    return toUnitSecurity(await db.unitSecurity.get(assessmentId));
  } catch (error) {
    throw toStorageError(error);
  }
}
