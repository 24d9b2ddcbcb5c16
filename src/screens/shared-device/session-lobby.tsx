/**
 * The lobby of a device in workshop mode (issue 13): what everyone sees while no session is open. A participant
 * starts their own session (their unit and a PIN) or opens their locked one with its PIN; the trainer opens the whole
 * app with theirs. It shows no one's work: only the units whose sessions are on the device, so each finds their own.
 */
import './shared-device.css';
import { use, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { useSessions } from '../../storage/use-sessions';
import { PageHeading } from '../../ui/page-heading';
import type { WorkshopMode } from '../../workshop/session-schema';
import { useSharedDevice, type LockReason } from './shared-device-context';
import { PinUnlock } from './pin-unlock';
import { SessionLabel } from './session-label';
import { StartSessionForm } from './start-session-form';

/** The query a page is reloaded with after a participant handed in, to say their data is gone. */
export const HANDED_IN_PARAM = 'handed-in';

export function SessionLobby({ mode, lockReason }: { mode: WorkshopMode; lockReason?: LockReason }) {
  use(screenTextsReady('shared-device'));
  const { t } = useTranslation();
  const { open } = useSharedDevice();
  const [, navigate] = useLocation();
  const sessions = useSessions();
  const [unlocking, setUnlocking] = useState<string>();
  const [handedIn] = useState(() => new URLSearchParams(window.location.search).has(HANDED_IN_PARAM));
  const noticeRef = useRef<HTMLDivElement>(null);
  const reason = handedIn ? 'handed-in' : lockReason;
  const hasSessions = (sessions?.length ?? 0) > 0;

  useEffect(() => {
    if (handedIn) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, [handedIn]);
  useEffect(() => {
    if (reason) noticeRef.current?.focus();
  }, [reason]);

  const startSection = (
    <section aria-labelledby="session-start-heading">
      <h2 id="session-start-heading" className="heading-m">
        {t('sharedDevice.startHeading')}
      </h2>
      <StartSessionForm
        onStarted={(session) => {
          open({ kind: 'participant', session });
          // A new session starts at its (empty) list; an unlocked one goes on where it was.
          navigate(paths.home.to());
        }}
      />
    </section>
  );
  const resumeSection = (
    <section aria-labelledby="session-resume-heading">
      <h2 id="session-resume-heading" className="heading-m">
        {t('sharedDevice.resumeHeading')}
      </h2>
      {sessions === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : sessions.length === 0 ? (
        <p>{t('sharedDevice.noSessions')}</p>
      ) : (
        <ul className="session-list">
          {sessions.map((session) => (
            <li key={session.id} className="session-list__item">
              <SessionLabel session={session} />
              {unlocking === session.id ? (
                <PinUnlock
                  id={`pin-${session.id}`}
                  label={t('sharedDevice.pinOf', { unit: session.unitName })}
                  pin={session.pin}
                  onUnlocked={() => open({ kind: 'participant', session })}
                  onCancel={() => setUnlocking(undefined)}
                />
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('sharedDevice.openSessionOf', { unit: session.unitName })}
                  onClick={() => setUnlocking(session.id)}
                >
                  {t('sharedDevice.openSession')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <>
      <PageHeading title={t('sharedDevice.lobbyTitle')}>{t('sharedDevice.lobbyTitle')}</PageHeading>
      {reason ? (
        <div
          ref={noticeRef}
          tabIndex={-1}
          role="status"
          className={`notice${reason === 'handed-in' ? ' notice--success' : ''}`}
        >
          {t(`sharedDevice.locked.${reason}`, { count: mode.lockAfterMinutes })}
        </div>
      ) : null}
      <p className="lead">{t('sharedDevice.lobbyIntro', { count: mode.lockAfterMinutes })}</p>

      {/* Someone coming back to a locked session finds it first; the first person of the day, the start form. */}
      {hasSessions ? (
        <>
          {resumeSection}
          {startSection}
        </>
      ) : (
        <>
          {startSection}
          {resumeSection}
        </>
      )}
      <section aria-labelledby="session-trainer-heading">
        <h2 id="session-trainer-heading" className="heading-m">
          {t('sharedDevice.trainerHeading')}
        </h2>
        <p className="hint">{t('sharedDevice.trainerIntro')}</p>
        {unlocking === 'trainer' ? (
          <PinUnlock
            id="pin-trainer"
            label={t('sharedDevice.trainerPin')}
            pin={mode.trainerPin}
            onUnlocked={() => open({ kind: 'trainer' })}
            onCancel={() => setUnlocking(undefined)}
          />
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setUnlocking('trainer')}>
            {t('sharedDevice.trainerOpen')}
          </button>
        )}
      </section>
    </>
  );
}
