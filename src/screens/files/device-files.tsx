import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { suggestFileName } from '../../exchange/file-name';
import { paths } from '../../paths';
import { useExportStatus } from '../../storage/use-export-status';
import { ActionStatus, BusyButton } from '../../ui/busy-button';
import { todayIso } from '../today';
import { BackupReminderNotice } from './backup-reminder-notice';
import { useFileExport } from './use-file-export';

/** On the list: back up every assessment to one file, import a file, and the reminder when a backup is due. */
export function DeviceFiles({ hasAssessments }: { hasAssessments: boolean }) {
  const { t } = useTranslation();
  const statuses = useExportStatus();
  const { busy, message, exportJson } = useFileExport();
  const backUp = () => exportJson('all', suggestFileName('backup', todayIso()));
  return (
    <>
      {/* The reminder's "back up now" and the button below are one action, guarded once. */}
      {statuses ? <BackupReminderNotice statuses={statuses} busy={busy} onBackup={backUp} /> : null}
      <div className="button-group">
        {hasAssessments ? (
          <BusyButton
            busy={busy}
            actionKey="backup"
            busyLabel={t('exchange.actions.busy')}
            className="button button--secondary"
            onAction={backUp}
          >
            {t('exchange.actions.backupAll')}
          </BusyButton>
        ) : null}
        <Link href={paths.importFile.to()} className="button button--secondary">
          {t('exchange.actions.import')}
        </Link>
        <Link href={paths.collection.to()} className="button button--secondary">
          {t('list.collectionLink')}
        </Link>
      </div>
      <ActionStatus message={message?.text} isError={message?.kind === 'error'} />
    </>
  );
}
