/**
 * Workshop mode on a shared device (issue 13, decision 0017): the device's setting, the participants' sessions, and
 * handing in, which deletes a participant's data for good. Only the screens decide who may see what; this module
 * keeps the records and makes every change whole (one transaction each).
 */
import { assessmentSchema, type Assessment } from '../assessment/assessment-schema';
import {
  participantSessionSchema,
  workshopModeSchema,
  type ParticipantSession,
  type PinHash,
  type WorkshopMode,
} from '../workshop/session-schema';
import { db } from './db';
import { StorageError, withStorageErrors } from './storage-error';

/** Mirrors "workshop mode is on" where the first screen can read it before the database opens (see `workshopModeHint`). */
const MODE_HINT_KEY = 'egov-readiness:workshop-mode';

function writeModeHint(on: boolean) {
  try {
    if (on) localStorage.setItem(MODE_HINT_KEY, '1');
    else localStorage.removeItem(MODE_HINT_KEY);
  } catch {
    // Storage withheld: the app then waits for the database before its first screen, which is only slower.
  }
}

/**
 * Whether workshop mode may be on, read synchronously: `false` only when this device has said it is off. The app
 * shows its first screen at once when `false` and checks the database beside it; when `true` it waits for the
 * database, so a participant's work never shows before the lock does.
 */
export function workshopModeHint(): boolean {
  try {
    return localStorage.getItem(MODE_HINT_KEY) !== null;
  } catch {
    return true;
  }
}

function parsed<T>(schema: { safeParse(value: unknown): { success: boolean; data?: T } }, value: unknown): T | null {
  if (value === undefined) return null;
  const result = schema.safeParse(value);
  return result.success ? (result.data as T) : null;
}

export function readWorkshopMode(): Promise<WorkshopMode | null> {
  return withStorageErrors(async () => {
    const mode = parsed<WorkshopMode>(workshopModeSchema, await db.deviceSettings.get('workshop-mode'));
    writeModeHint(mode !== null);
    return mode;
  });
}

export function enableWorkshopMode(lockAfterMinutes: WorkshopMode['lockAfterMinutes'], trainerPin: PinHash) {
  return withStorageErrors(async () => {
    const mode = workshopModeSchema.safeParse({
      key: 'workshop-mode',
      lockAfterMinutes,
      trainerPin,
      enabledAt: new Date().toISOString(),
    });
    if (!mode.success) throw new StorageError('invalid', mode.error);
    await db.deviceSettings.put(mode.data);
    writeModeHint(true);
    return mode.data;
  });
}

/** Leaving workshop mode while participants' sessions remain would show their work to whoever is next. */
export class SessionsRemainError extends StorageError {
  readonly remaining: number;

  constructor(remaining: number) {
    super('invalid', new Error(`${remaining} participant sessions remain`));
    this.name = 'SessionsRemainError';
    this.remaining = remaining;
  }
}

/** Turns workshop mode off; refused (`SessionsRemainError`) while any participant's session is on the device. */
export function disableWorkshopMode(): Promise<void> {
  return withStorageErrors(() =>
    db.transaction('rw', db.deviceSettings, db.sessions, async () => {
      const remaining = await db.sessions.count();
      if (remaining > 0) throw new SessionsRemainError(remaining);
      await db.deviceSettings.delete('workshop-mode');
      writeModeHint(false);
    }),
  );
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
}

async function sessionAssessments(sessionId: string): Promise<Assessment[]> {
  return (await db.assessments.toArray()).filter((assessment) => assessment.sessionId === sessionId);
}

/** What a session holds on the device: what handing in will delete. */
export function readSessionData(sessionId: string): Promise<SessionData> {
  return withStorageErrors(() =>
    db.transaction('r', [db.assessments, db.answers, db.planItems], async () => {
      const assessments = await sessionAssessments(sessionId);
      const ids = assessments.map((assessment) => assessment.id);
      return {
        assessments: assessments.flatMap((assessment) => parsed<Assessment>(assessmentSchema, assessment) ?? []),
        answers: await db.answers.where('assessmentId').anyOf(ids).count(),
        planItems: await db.planItems.where('assessmentId').anyOf(ids).count(),
      };
    }),
  );
}

/**
 * Ends a session for good: its assessments (deleted ones too), their answers and plan items, and the session itself,
 * all or nothing. Nothing of the participant is left in the database; the screens also drop it from memory.
 */
export function endSession(sessionId: string): Promise<SessionData> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.assessments, db.answers, db.planItems, db.sessions], async () => {
      const assessments = await sessionAssessments(sessionId);
      const ids = assessments.map((assessment) => assessment.id);
      const answers = await db.answers.where('assessmentId').anyOf(ids).delete();
      const planItems = await db.planItems.where('assessmentId').anyOf(ids).delete();
      await db.assessments.bulkDelete(ids);
      await db.sessions.delete(sessionId);
      return { assessments, answers, planItems };
    }),
  );
}
