import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupReminder, snoozeUntil, type ExportStatus } from '../../exchange/backup-reminder';
import { BusyButton, type BusyAction } from '../../ui/busy-button';

const SNOOZE_KEY = 'egov-readiness.backup-reminder-snoozed-until';

/** Forgets a "later" given to the reminder (when everything on the device is deleted: it was the last person's). */
export function forgetBackupSnooze() {
  try {
    localStorage.removeItem(SNOOZE_KEY);
  } catch {
    // Storage blocked: there is nothing to forget.
  }
}

function readSnooze(): string | undefined {
  try {
    return localStorage.getItem(SNOOZE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A gentle notice (never a dialog) when changes have gone too long or grown too many without a backup. */
export function BackupReminderNotice({
  statuses,
  busy,
  onBackup,
}: {
  statuses: readonly ExportStatus[];
  /** Shared with the screen's own backup button: one backup at a time. */
  busy: BusyAction;
  onBackup: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [snoozedUntil, setSnoozedUntil] = useState(readSnooze);
  const reminder = backupReminder(statuses, new Date().toISOString(), snoozedUntil);
  if (!reminder.due) return null;
  const later = () => {
    const until = snoozeUntil(new Date().toISOString());
    try {
      localStorage.setItem(SNOOZE_KEY, until);
    } catch {
      // Without storage the reminder simply comes back next time.
    }
    setSnoozedUntil(until);
  };
  return (
    <div className="notice" role="status">
      <p>{t(`exchange.reminder.${reminder.reason}`, { changes: reminder.changes, days: reminder.days })}</p>
      <div className="button-group">
        <BusyButton busy={busy} actionKey="reminder" busyLabel={t('exchange.actions.busy')} onAction={onBackup}>
          {t('exchange.reminder.backupNow')}
        </BusyButton>
        <button type="button" className="button button--secondary" onClick={later}>
          {t('exchange.reminder.later')}
        </button>
      </div>
    </div>
  );
}
