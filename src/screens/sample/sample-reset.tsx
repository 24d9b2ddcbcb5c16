import { use, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../assessment/assessment-schema';
import { screenTextsReady } from '../../i18n/i18n';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { describeStorageError } from '../storage-messages';
import { todayIso } from '../today';

/**
 * "Reset the sample" on the sample's task list (issue 13): asks first, then puts back the original answers, plan
 * and profile in one transaction (storage/sample.ts). The screens showing the sample follow by themselves, as they
 * read the database live. Nothing for any other assessment.
 */
export function SampleReset({ assessment }: { assessment: Pick<Assessment, 'id' | 'sample'> }) {
  return assessment.sample ? <SampleResetPanel assessmentId={assessment.id} /> : null;
}

type Mode = 'view' | 'confirm';

function SampleResetPanel({ assessmentId }: { assessmentId: string }) {
  use(screenTextsReady('sample'));
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('view');
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const busy = useBusyAction();
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // The question moves focus to itself, so a keyboard or screen-reader user hears what is at stake before the button;
  // leaving it puts focus back on the button that opened it.
  useEffect(() => {
    if (mode === 'confirm') confirmRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
    returnFocus.current = false;
  }, [mode]);

  const leave = () => {
    returnFocus.current = true;
    setMode('view');
  };

  const reset = async () => {
    try {
      // The sample's content loads with the first reset, not with every task list.
      const { resetSample } = await import('../../storage/sample');
      await resetSample(assessmentId, todayIso());
      setMessage({ text: t('sample.reset.done'), isError: false });
      leave();
    } catch (error) {
      setMessage({ text: t(describeStorageError(error)), isError: true });
    }
  };

  return (
    <section className="sample-reset" aria-labelledby="sample-reset-heading">
      <h2 id="sample-reset-heading" className="heading-m">
        {t('sample.reset.heading')}
      </h2>
      <p>{t('sample.reset.intro')}</p>
      {mode === 'confirm' ? (
        <div className="confirm" role="group" aria-label={t('sample.reset.confirmLabel')}>
          <p ref={confirmRef} tabIndex={-1}>
            {t('sample.reset.confirm')}
          </p>
          <div className="button-group">
            <BusyButton
              busy={busy}
              className="button button--warning"
              busyLabel={t('sample.reset.busy')}
              onAction={reset}
            >
              {t('sample.reset.confirmButton')}
            </BusyButton>
            <button type="button" className="button button--secondary" onClick={leave}>
              {t('sample.reset.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={startRef}
          type="button"
          className="button button--secondary"
          onClick={() => {
            setMessage(undefined);
            setMode('confirm');
          }}
        >
          {t('sample.reset.start')}
        </button>
      )}
      <ActionStatus message={message?.text} isError={message?.isError} />
    </section>
  );
}
