/**
 * Who is using this tab on a shared device (issue 13, decision 0017): nobody (workshop mode off, or locked), a
 * participant in their open session, or the trainer. Kept in memory only: a reload, another tab, or a lock asks for
 * the PIN again.
 */
import { createContext, useContext } from 'react';
import type { ParticipantSession } from '../../workshop/session-schema';

export type DeviceUser = { kind: 'participant'; session: ParticipantSession } | { kind: 'trainer' };

export interface SharedDevice {
  /** `false` when workshop mode is off: the app is as it always was. */
  workshopMode: boolean;
  user: DeviceUser | null;
  open: (user: DeviceUser) => void;
  /** Locks at once (the participant's "lock" button, a wait too long, the session ended elsewhere). */
  lock: (reason: LockReason) => void;
}

export type LockReason = 'asked' | 'idle' | 'ended' | 'handed-in';

const SharedDeviceContext = createContext<SharedDevice>({
  workshopMode: false,
  user: null,
  open: () => undefined,
  lock: () => undefined,
});

export const SharedDeviceProvider = SharedDeviceContext.Provider;

export function useSharedDevice(): SharedDevice {
  return useContext(SharedDeviceContext);
}

/** The open participant session, when there is one: what the screens show alone. */
export function useOpenSession(): ParticipantSession | null {
  const { user } = useSharedDevice();
  return user?.kind === 'participant' ? user.session : null;
}
