/**
 * The app's screens, or, on a device in workshop mode (issue 13, decision 0017), the lobby until a participant opens
 * their session (or the trainer unlocks). Loaded with the first screen, so it stays small: the lobby and the session's
 * frame load only on a device in workshop mode.
 */
import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopMode } from '../../storage/use-workshop-mode';
import { workshopModeHint } from '../../storage/workshop-mode';
import { SharedDeviceProvider, type DeviceUser, type LockReason, type SharedDevice } from './shared-device-context';

const SessionLobby = lazy(() => import('./session-lobby').then((module) => ({ default: module.SessionLobby })));
const SessionFrame = lazy(() => import('./session-frame').then((module) => ({ default: module.SessionFrame })));

const OFF: SharedDevice = { workshopMode: false, user: null, open: () => undefined, lock: () => undefined };

function Waiting() {
  const { t } = useTranslation();
  return <p role="status">{t('common.loading')}</p>;
}

export function SharedDeviceGate({ children }: { children: ReactNode }) {
  const mode = useWorkshopMode();
  // Read once: a device that said "off" shows its first screen without waiting for the database.
  const [mayBeOn] = useState(workshopModeHint);
  const [user, setUser] = useState<DeviceUser | null>(null);
  const [lockReason, setLockReason] = useState<LockReason>();
  const open = useCallback((next: DeviceUser) => {
    setUser(next);
    setLockReason(undefined);
  }, []);
  const lock = useCallback((reason: LockReason) => {
    setUser(null);
    setLockReason(reason);
  }, []);
  const on = useMemo<SharedDevice>(() => ({ workshopMode: true, user, open, lock }), [user, open, lock]);

  if (mode === undefined)
    return mayBeOn ? <Waiting /> : <SharedDeviceProvider value={OFF}>{children}</SharedDeviceProvider>;
  if (mode === null) return <SharedDeviceProvider value={OFF}>{children}</SharedDeviceProvider>;
  return (
    <SharedDeviceProvider value={on}>
      <Suspense fallback={<Waiting />}>
        {user ? (
          <SessionFrame mode={mode} user={user}>
            {children}
          </SessionFrame>
        ) : (
          <SessionLobby mode={mode} lockReason={lockReason} />
        )}
      </Suspense>
    </SharedDeviceProvider>
  );
}
