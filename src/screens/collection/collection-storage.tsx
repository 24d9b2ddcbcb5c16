import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { clearCollection, COLLECTION_BYTES_PER_UNIT_BUDGET } from '../../storage/collection';

type Origin = { usage: number; quota: number };
type Mode = 'view' | 'confirm' | 'deleting';

/** The browser's figure for the whole site, where it gives one (not in every browser, nor in tests). */
async function estimateOrigin(): Promise<Origin | undefined> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.usage === undefined || estimate.quota === undefined) return undefined;
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return undefined;
  }
}

/**
 * What the collection takes on this device, against its budget per unit, and deleting every received copy (never
 * the roster or the device's own assessments) after a confirmation. `bytes` is counted by the rows worker, which
 * reads every copy anyway (`compute-collection.ts`); undefined while it counts.
 */
export function CollectionStorage({ units, bytes }: { units: number; bytes: number | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [origin, setOrigin] = useState<Origin>();
  const [mode, setMode] = useState<Mode>('view');
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string }>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);

  // The browser's figure for the site, again whenever the collection's size changes.
  useEffect(() => {
    let current = true;
    void estimateOrigin().then((estimate) => {
      if (current) setOrigin(estimate);
    });
    return () => {
      current = false;
    };
  }, [bytes]);

  useEffect(() => {
    if (mode === 'confirm') confirmRef.current?.focus();
  }, [mode]);

  const megabytes = (bytes: number) => format.number(Math.max(0.1, Math.round(bytes / 104_857.6) / 10));
  const deleteAll = async () => {
    setMode('deleting');
    try {
      await clearCollection();
      setMessage({ kind: 'done', text: t('collection.storage.deleted', { count: units }) });
      setMode('view');
    } catch (error) {
      console.error(error);
      setMessage({ kind: 'error', text: t('collection.storage.deleteFailed') });
      setMode('confirm');
    }
  };

  return (
    <section className="collection-storage" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('collection.storage.heading')}</h2>
      {bytes !== undefined ? (
        <p>
          {t('collection.storage.used', {
            size: megabytes(bytes),
            count: units,
            perUnit: format.number(units ? Math.round(bytes / units / 1024) : 0),
            budget: format.number(COLLECTION_BYTES_PER_UNIT_BUDGET / 1024),
          })}
          {origin
            ? ` ${t('collection.storage.origin', { usage: megabytes(origin.usage), quota: megabytes(origin.quota) })}`
            : null}
        </p>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
      {mode === 'view' ? (
        units > 0 ? (
          <button
            ref={deleteRef}
            type="button"
            className="button button--secondary button--danger-text"
            onClick={() => {
              setMessage(undefined);
              setMode('confirm');
            }}
          >
            {t('collection.storage.delete')}
          </button>
        ) : null
      ) : (
        <div className="confirm" role="group" aria-label={t('collection.storage.confirmLabel')}>
          <p>{t('collection.storage.confirm', { count: units })}</p>
          <div className="button-group">
            <button
              ref={confirmRef}
              type="button"
              className="button button--warning"
              disabled={mode === 'deleting'}
              onClick={() => void deleteAll()}
            >
              {t('collection.storage.confirmButton', { count: units })}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={mode === 'deleting'}
              onClick={() => {
                setMode('view');
                // Back to where the person was: the delete button comes back.
                queueMicrotask(() => deleteRef.current?.focus());
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className={message?.kind === 'error' ? 'field-error' : undefined}>
        {message?.text}
      </p>
    </section>
  );
}
