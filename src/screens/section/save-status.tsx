import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { WriterStatus } from '../../storage/record-writer';

/**
 * The save indicator. It says "saved" only after IndexedDB confirmed the write; a failure says why. It stays at the
 * bottom of the screen while scrolling, and is a polite live region, so screen readers hear it without losing place.
 */
export function SaveStatusMessage({ status, invalidCount }: { status: WriterStatus; invalidCount: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const message = (() => {
    switch (status.kind) {
      case 'idle':
        return t('saveStatus.idle');
      case 'pending':
        return t('saveStatus.saving');
      case 'saved':
        return t('saveStatus.saved', { time: format.time(new Date(status.at).toISOString()) });
      case 'failed':
        return t('saveStatus.failed', { reason: t(`storage.errors.${status.failure}`) });
    }
  })();
  const tone = status.kind === 'failed' ? 'error' : invalidCount > 0 ? 'warning' : 'ok';
  return (
    <div className={`save-status save-status--${tone}`} role="status" data-save-status={status.kind}>
      <span>{message}</span>
      {invalidCount > 0 ? <span> {t('saveStatus.invalid', { count: invalidCount })}</span> : null}
    </div>
  );
}
