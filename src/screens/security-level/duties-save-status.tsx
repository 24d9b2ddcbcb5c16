import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { WriterStatus } from '../../storage/record-writer';

/** Whether a form's last change is written: a polite live region, always in the page, named for tests by `name`. */
export function DutiesSaveStatus({ status, name }: { status: WriterStatus; name: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = (() => {
    switch (status.kind) {
      case 'idle':
        return '';
      case 'pending':
        return t('saveStatus.saving');
      case 'saved':
        return t('saveStatus.saved', { time: format.time(new Date(status.at).toISOString()) });
      case 'failed':
        return t('saveStatus.failed', { reason: t(`storage.errors.${status.failure}`) });
    }
  })();
  return (
    <p
      role="status"
      className={status.kind === 'failed' ? 'error-message' : 'hint'}
      data-duties-save={name}
      data-save-status={status.kind}
    >
      {text}
    </p>
  );
}
