import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { suggestFileName } from '../../exchange/file-name';
import { paths } from '../../paths';
import { useExportStatus } from '../../storage/use-export-status';
import { todayIso } from '../today';
import { BackupReminderNotice } from './backup-reminder-notice';
import { useFileExport } from './use-file-export';

/** On the list: back up every assessment to one file, import a file, and the reminder when a backup is due. */
export function DeviceFiles({ hasAssessments }: { hasAssessments: boolean }) {
  const { t } = useTranslation();
  const statuses = useExportStatus();
  const { message, exportJson } = useFileExport();
  const backUp = () => void exportJson('all', suggestFileName('backup', todayIso()));
  return (
    <>
      {statuses ? <BackupReminderNotice statuses={statuses} onBackup={backUp} /> : null}
      <div className="button-group">
        {hasAssessments ? (
          <button type="button" className="button button--secondary" onClick={backUp}>
            {t('exchange.actions.backupAll')}
          </button>
        ) : null}
        <Link href={paths.importFile.to()} className="button button--secondary">
          {t('exchange.actions.import')}
        </Link>
      </div>
      <p role="status" className={message?.kind === 'error' ? 'error-message' : undefined}>
        {message?.text}
      </p>
    </>
  );
}
