/** A session as the lobby and the trainer list it: the unit, and when it started (no one's work). */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { ParticipantSession } from '../../workshop/session-schema';

export function SessionLabel({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p className="session-list__unit">
      <strong>{session.unitName}</strong>{' '}
      <span className="hint">{t('sharedDevice.startedAt', { time: format.time(session.startedAt) })}</span>
    </p>
  );
}
