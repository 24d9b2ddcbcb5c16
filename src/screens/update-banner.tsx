import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flushPendingWrites } from '../offline/pending-writes';
import { subscribeToUpdates, switchToNewVersion, type UpdateState } from '../offline/service-worker';

/** Announces a new version and lets the user choose when to switch; never reloads by itself. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const [state, setState] = useState<UpdateState>('none');
  const [isSwitching, setSwitching] = useState(false);
  useEffect(() => subscribeToUpdates(setState), []);
  if (state === 'none') return null;
  return (
    <div className="update-banner" role="status">
      <div className="update-banner__inner">
        {state === 'ready' ? (
          <>
            <span>{t('update.ready')}</span>{' '}
            <button
              type="button"
              className="button"
              disabled={isSwitching}
              onClick={() => {
                setSwitching(true);
                void switchToNewVersion();
              }}
            >
              {isSwitching ? t('update.switching') : t('update.switch')}
            </button>
          </>
        ) : (
          <>
            <span>{t('update.updatedElsewhere')}</span>{' '}
            <button
              type="button"
              className="button"
              onClick={() => void flushPendingWrites().then(() => window.location.reload())}
            >
              {t('update.reload')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
