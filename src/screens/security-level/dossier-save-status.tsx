import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { WriterStatus } from '../../storage/record-writer';

/** Whether the checklist's last change is written: a polite live region, always in the page. */
export function DossierSaveStatus({ status }: { status: WriterStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = (() => {
    switch (status.kind) {
      case 'idle':
        return '';
      case 'pending':
        return t('saveStatus.saving');
      case 'saved':
        return t('securityDossier.checklist.saved', { time: format.time(new Date(status.at).toISOString()) });
      case 'failed':
        return t('saveStatus.failed', { reason: t(`storage.errors.${status.failure}`) });
    }
  })();
  return (
    <p role="status" className={status.kind === 'failed' ? 'error-message' : 'hint'} data-dossier-save={status.kind}>
      {text}
    </p>
  );
}
