/**
 * The frame of an open session on a shared device (issue 13): a bar naming whose session it is, with "lock" and
 * "finish and hand in"; the idle lock; and the guard that shows a participant only their own work. The trainer gets
 * the whole app, with a bar and the same lock.
 */
import './shared-device.css';
import { use, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { useSessionOfAssessment, useSessions } from '../../storage/use-sessions';
import type { WorkshopMode } from '../../workshop/session-schema';
import { useSharedDevice, type DeviceUser } from './shared-device-context';
import { sessionRoute, type SessionRoute } from './session-routes';
import { useIdleLock } from './use-idle-lock';

function NotInSession() {
  const { t } = useTranslation();
  return (
    <div className="notice" role="alert">
      <p>{t('sharedDevice.notInSession')}</p>
      <Link href={paths.home.to()}>{t('sharedDevice.backToMine')}</Link>
    </div>
  );
}

/** Another participant's assessment (or the device owner's) is refused as if it were not there. */
function OwnAssessmentOnly({
  assessmentId,
  sessionId,
  children,
}: {
  assessmentId: string;
  sessionId: string;
  children: ReactNode;
}) {
  const owner = useSessionOfAssessment(assessmentId);
  if (owner === undefined) return null;
  // A missing assessment goes on to the screen, which says "not found" as it always does.
  if (owner.found && owner.sessionId !== sessionId) return <NotInSession />;
  return children;
}

export function SessionFrame({ mode, user, children }: { mode: WorkshopMode; user: DeviceUser; children: ReactNode }) {
  use(screenTextsReady('shared-device'));
  const { t } = useTranslation();
  const { lock } = useSharedDevice();
  const [location] = useLocation();
  const sessions = useSessions();
  useIdleLock(mode.lockAfterMinutes, () => lock('idle'));
  const session = user.kind === 'participant' ? user.session : null;

  // Handed in or deleted in another tab: nothing of it is to stay on this screen.
  const ended = session !== null && sessions !== undefined && !sessions.some(({ id }) => id === session.id);
  useEffect(() => {
    if (ended) lock('ended');
  }, [ended, lock]);
  if (ended) return null;

  const route: SessionRoute = session ? sessionRoute(location) : { allowed: true };
  return (
    <>
      <div className="session-bar" role="region" aria-label={t('sharedDevice.barLabel')}>
        <p className="session-bar__who">
          {session ? t('sharedDevice.sessionOf', { unit: session.unitName }) : t('sharedDevice.trainerSession')}
        </p>
        <div className="session-bar__actions">
          {session ? (
            <Link href={paths.handIn.to()} className="button button--secondary">
              {t('sharedDevice.handIn')}
            </Link>
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => lock('asked')}>
            {t('sharedDevice.lockNow')}
          </button>
        </div>
      </div>
      {!route.allowed ? (
        <NotInSession />
      ) : route.assessmentId !== undefined && session ? (
        <OwnAssessmentOnly assessmentId={route.assessmentId} sessionId={session.id}>
          {children}
        </OwnAssessmentOnly>
      ) : (
        children
      )}
    </>
  );
}
