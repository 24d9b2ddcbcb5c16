/**
 * Workshop mode on this device (issue 13, decision 0017): the setting, read by the app's shell before its first
 * screen, so this module stays small (no assessment schemas): the sessions themselves are in `sessions.ts`.
 */
import { workshopModeSchema, type PinHash, type WorkshopMode } from '../workshop/session-schema';
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

export function readWorkshopMode(): Promise<WorkshopMode | null> {
  return withStorageErrors(async () => {
    const stored = await db.deviceSettings.get('workshop-mode');
    const parsed = stored === undefined ? undefined : workshopModeSchema.safeParse(stored);
    // A record that does not parse still means the mode was turned on: the lobby shows (and its PIN check fails),
    // rather than everyone's work.
    const mode = parsed?.success ? parsed.data : null;
    writeModeHint(stored !== undefined);
    if (stored !== undefined && !mode) throw new StorageError('invalid', parsed?.error);
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
