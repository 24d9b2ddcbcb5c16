/**
 * Live view of an assessment's security-by-level workbench for its screens: the assessment, its answers (the
 * inventory lives in the security section's answer), the systems' records and the unit's record. `undefined` while
 * loading; `null` when the assessment does not exist (or is deleted).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Assessment } from '../assessment/assessment-schema';
import type { Answer } from '../questionnaire/answer-schema';
import type { SystemSecurity, UnitSecurity } from '../security-level/system-security-schema';
import { toAnswerMap } from './answers';
import { db } from './db';
import { StorageError } from './storage-error';
import { toSystemSecurityMap, toUnitSecurity } from './system-security';

export interface SecurityWorkbenchData {
  assessment: Assessment;
  answers: Map<string, Answer>;
  systems: Map<string, SystemSecurity>;
  unit: UnitSecurity | undefined;
}

export function useSecurityWorkbench(assessmentId: string): SecurityWorkbenchData | null | undefined {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError('unavailable');
  return useLiveQuery(async () => {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment || assessment.deletedAt) return null;
    const [answers, systems, unit] = await Promise.all([
      db.answers.where('assessmentId').equals(assessmentId).toArray(),
      db.systemSecurity.where('assessmentId').equals(assessmentId).toArray(),
      db.unitSecurity.get(assessmentId),
    ]);
    return {
      assessment,
      answers: toAnswerMap(answers),
      systems: toSystemSecurityMap(systems),
      unit: toUnitSecurity(unit),
    };
  }, [assessmentId]);
}
