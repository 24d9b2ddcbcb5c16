import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { clearCollection, COLLECTION_BYTES_PER_UNIT_BUDGET, estimateCollectionBytes } from '../../storage/collection';

/** What was measured, with the number of units it was measured for (the collection may change meanwhile). */
type Usage = { collection: number; units: number; origin?: { usage: number; quota: number } };
type Mode = 'view' | 'confirm' | 'deleting';

/** The browser's figure for the whole site, where it gives one (not in every browser, nor in tests). */
async function estimateOrigin(): Promise<Usage['origin']> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.usage === undefined || estimate.quota === undefined) return undefined;
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return undefined;
  }
}

/**
 * What the collection takes on this device, against its budget per unit, and deleting the whole collection (the
 * received copies and the roster; never the device's own assessments) after a confirmation.
 */
export function CollectionStorage({ units }: { units: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [usage, setUsage] = useState<Usage>();
  const [mode, setMode] = useState<Mode>('view');
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string }>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);

  // Measured again whenever the number of units changes (an import, a deletion).
  useEffect(() => {
    let current = true;
    void Promise.all([estimateCollectionBytes(), estimateOrigin()])
      .then(([collection, origin]) => {
        if (current) setUsage({ collection, units, origin });
      })
      .catch(() => {
        if (current) setUsage(undefined);
      });
    return () => {
      current = false;
    };
  }, [units]);

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
      {usage ? (
        <p>
          {t('collection.storage.used', {
            size: megabytes(usage.collection),
            count: usage.units,
            perUnit: format.number(usage.units ? Math.round(usage.collection / usage.units / 1024) : 0),
            budget: format.number(COLLECTION_BYTES_PER_UNIT_BUDGET / 1024),
          })}
          {usage.origin
            ? ` ${t('collection.storage.origin', {
                usage: megabytes(usage.origin.usage),
                quota: megabytes(usage.origin.quota),
              })}`
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
