/**
 * Participants' sessions on a shared device in workshop mode (issue 13, decision 0017; the mode itself is in
 * `workshop-mode.ts`), and handing in, which deletes a participant's data for good. Only the screens decide who may
 * see what; this module keeps the records and makes every change whole (one transaction each).
 */
import { assessmentSchema, type Assessment } from '../assessment/assessment-schema';
import { participantSessionSchema, type ParticipantSession, type PinHash } from '../workshop/session-schema';
import { db } from './db';
import { StorageError, withStorageErrors } from './storage-error';

export {
  disableWorkshopMode,
  enableWorkshopMode,
  readWorkshopMode,
  SessionsRemainError,
  workshopModeHint,
} from './workshop-mode';

function parsed<T>(schema: { safeParse(value: unknown): { success: boolean; data?: T } }, value: unknown): T | null {
  if (value === undefined) return null;
  const result = schema.safeParse(value);
  return result.success ? (result.data as T) : null;
}

export function listSessions(): Promise<ParticipantSession[]> {
  return withStorageErrors(async () =>
    (await db.sessions.toArray())
      .flatMap((record) => parsed<ParticipantSession>(participantSessionSchema, record) ?? [])
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
  );
}

export function startSession(unitName: string, pin: PinHash): Promise<ParticipantSession> {
  return withStorageErrors(async () => {
    const session = participantSessionSchema.safeParse({
      id: crypto.randomUUID(),
      unitName: unitName.normalize('NFC'),
      pin,
      startedAt: new Date().toISOString(),
    });
    if (!session.success) throw new StorageError('invalid', session.error);
    await db.transaction('rw', db.deviceSettings, db.sessions, async () => {
      if (!(await db.deviceSettings.get('workshop-mode'))) {
        throw new StorageError('invalid', new Error('Workshop mode is off'));
      }
      await db.sessions.add(session.data);
    });
    return session.data;
  });
}

export interface SessionData {
  /** The session's assessments, including those deleted and awaiting undo. */
  assessments: Assessment[];
  answers: number;
  planItems: number;
  /** The security-by-level workbench's records (one per system, and the unit's own). */
  securityRecords: number;
}

async function sessionAssessments(sessionId: string): Promise<Assessment[]> {
  return (await db.assessments.toArray()).filter((assessment) => assessment.sessionId === sessionId);
}

/** What a session holds on the device: what handing in will delete. */
export function readSessionData(sessionId: string): Promise<SessionData> {
  return withStorageErrors(() =>
    db.transaction('r', [db.assessments, db.answers, db.planItems, db.systemSecurity, db.unitSecurity], async () => {
      const assessments = await sessionAssessments(sessionId);
      const ids = assessments.map((assessment) => assessment.id);
      return {
        assessments: assessments.flatMap((assessment) => parsed<Assessment>(assessmentSchema, assessment) ?? []),
        answers: await db.answers.where('assessmentId').anyOf(ids).count(),
        planItems: await db.planItems.where('assessmentId').anyOf(ids).count(),
        securityRecords:
          (await db.systemSecurity.where('assessmentId').anyOf(ids).count()) +
          (await db.unitSecurity.where('assessmentId').anyOf(ids).count()),
      };
    }),
  );
}

/**
 * Ends a session for good: its assessments (deleted ones too), their answers, plan items and workbench records, and
 * the session itself, all or nothing. Nothing of the participant is left in the database; the screens also drop it from memory.
 */
export function endSession(sessionId: string): Promise<SessionData> {
  return withStorageErrors(() =>
    db.transaction(
      'rw',
      [db.assessments, db.answers, db.planItems, db.systemSecurity, db.unitSecurity, db.sessions],
      async () => {
        const assessments = await sessionAssessments(sessionId);
        const ids = assessments.map((assessment) => assessment.id);
        const answers = await db.answers.where('assessmentId').anyOf(ids).delete();
        const planItems = await db.planItems.where('assessmentId').anyOf(ids).delete();
        const securityRecords =
          (await db.systemSecurity.where('assessmentId').anyOf(ids).delete()) +
          (await db.unitSecurity.where('assessmentId').anyOf(ids).delete());
        await db.assessments.bulkDelete(ids);
        await db.sessions.delete(sessionId);
        return { assessments, answers, planItems, securityRecords };
      },
    ),
  );
}
