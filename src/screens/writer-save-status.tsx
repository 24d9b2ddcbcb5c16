import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';
import type { WriterStatus } from '../storage/record-writer';

/**
 * Whether a form's last change is written (its `RecordWriter`'s status): a polite live region, always in the page, so
 * a screen reader hears "saved" only once the transaction committed. `data` names it for tests; `inline` for a status
 * beside a button.
 */
export function WriterSaveStatus({
  status,
  data,
  inline = false,
}: {
  status: WriterStatus;
  data: Record<`data-${string}`, string>;
  inline?: boolean;
}) {
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
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag role="status" className={status.kind === 'failed' ? 'error-message' : 'hint'} {...data}>
      {text}
    </Tag>
  );
}
