import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { paths } from '../../paths';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { describeStorageError } from '../storage-messages';
import { todayIso } from '../today';

/**
 * "Open the sample assessment" on the home list (issue 13): builds the sample the first time and goes to its task
 * list; later, goes to the one already there (storage/sample.ts keeps one per device). Its texts are in common.json,
 * as the home list is the first screen and should not wait for another file.
 */
export function OpenSample() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const busy = useBusyAction();
  const [error, setError] = useState<string>();

  const open = async () => {
    setError(undefined);
    try {
      // The sample's content (every answer of a fictional commune) loads when asked for, not with the list.
      const { openSample } = await import('../../storage/sample');
      const sample = await openSample(todayIso());
      navigate(paths.assessment.to(sample.id));
    } catch (cause) {
      setError(t(describeStorageError(cause)));
    }
  };

  return (
    <div className="open-sample">
      <p className="hint">{t('list.sampleHint')}</p>
      <BusyButton busy={busy} className="button button--secondary" busyLabel={t('list.sampleOpening')} onAction={open}>
        {t('list.openSample')}
      </BusyButton>
      <ActionStatus message={error} isError />
    </div>
  );
}
