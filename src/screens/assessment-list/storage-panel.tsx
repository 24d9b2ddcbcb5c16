import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../paths';
import { useFormat } from '../../i18n/use-format';
import { useStorageState } from '../../storage/use-storage-state';

const MEGABYTE = 1024 * 1024;

/**
 * Where the answers live and how safe they are there: kept by the browser, or clearable when space runs low; the
 * space used; and the plain warning that clearing the browser's data deletes every assessment on this device.
 */
export function StoragePanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useStorageState();
  if (!state) return null;
  const persistence = state.isPersisted === undefined ? 'unknown' : state.isPersisted ? 'persisted' : 'best-effort';
  return (
    <section className="storage-panel" aria-labelledby="storage-panel-title">
      <h2 id="storage-panel-title" className="heading-s">
        {t('storagePanel.title')}
      </h2>
      <p>{t(`storagePanel.${persistence}`)}</p>
      {state.usageBytes !== undefined ? (
        <p>
          {t('storagePanel.usage', {
            used: format.number(Math.round((state.usageBytes / MEGABYTE) * 10) / 10),
            available: format.number(Math.round(((state.quotaBytes ?? 0) / MEGABYTE / 1024) * 10) / 10),
          })}
        </p>
      ) : null}
      <p className="hint">{t('storagePanel.clearingWarning')}</p>
      <p>
        <Link href={paths.device.to()}>{t('storagePanel.deviceLink')}</Link>
      </p>
    </section>
  );
}
