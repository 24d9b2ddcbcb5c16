import { use, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { suggestFileName } from '../../exchange/file-name';
import { screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { paths } from '../../paths';
import { deleteAllDeviceData } from '../../storage/device-data';
import { useDeviceDataCounts } from '../../storage/use-device-data';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { ErrorSummary } from '../../ui/error-summary';
import { PageHeading } from '../../ui/page-heading';
import { TextField } from '../../ui/text-field';
import { DELETE_WORDS, isDeleteConfirmation } from '../../workshop/delete-confirmation';
import { forgetBackupSnooze } from '../files/backup-reminder-notice';
import { useFileExport } from '../files/use-file-export';
import { describeStorageError } from '../storage-messages';
import { todayIso } from '../today';

/** The query the screen is reloaded with once everything is deleted, to say so. */
const DELETED_PARAM = 'deleted';

/** The whole page is loaded again after the deletion, so that nothing of the last person stays in memory either. */
const reloadAfterDeletion = (url: string) => window.location.replace(url);

/**
 * Data on this device (issue 13): what the app keeps here, a last chance to back it up, and deleting all of it after
 * a typed confirmation, for a shared device between two participants or at the end of a workshop. The app itself
 * stays (it works offline as before); the language chosen is kept.
 */
export function DeviceDataScreen({ reload = reloadAfterDeletion }: { reload?: (url: string) => void }) {
  use(screenTextsReady('device'));
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const counts = useDeviceDataCounts();
  const backup = useFileExport();
  const deleting = useBusyAction();
  const [mode, setMode] = useState<'view' | 'confirm'>('view');
  const [failure, setFailure] = useState<string>();
  const [deleted] = useState(() => new URLSearchParams(window.location.search).has(DELETED_PARAM));
  const confirmRef = useRef<HTMLInputElement | null>(null);
  const deletedRef = useRef<HTMLDivElement>(null);
  const form = useForm<{ confirmation: string }>({ defaultValues: { confirmation: '' }, shouldFocusError: false });
  const word = i18n.resolvedLanguage === 'en' ? DELETE_WORDS.en : DELETE_WORDS.vi;
  const errorKey = form.formState.errors.confirmation?.message;
  const error = errorKey ? t(errorKey, { word }) : undefined;
  const registration = form.register('confirmation', {
    validate: (typed) => isDeleteConfirmation(typed) || 'device.errors.confirmation',
  });

  useEffect(() => {
    if (mode === 'confirm') confirmRef.current?.focus();
  }, [mode]);
  useEffect(() => {
    if (!deleted) return;
    deletedRef.current?.focus();
    // A later reload of this page is not a second deletion.
    window.history.replaceState(window.history.state, '', paths.device.to());
  }, [deleted]);

  const onConfirmed = () =>
    deleting.run('delete', async () => {
      setFailure(undefined);
      try {
        await deleteAllDeviceData();
        forgetBackupSnooze();
        reload(`${paths.device.to()}?${DELETED_PARAM}=1`);
      } catch (cause) {
        console.error(cause);
        setFailure(t(describeStorageError(cause)));
      }
    });

  const isEmpty =
    counts !== undefined &&
    counts.assessments === 0 &&
    counts.received === 0 &&
    !counts.hasRoster &&
    counts.workshops === 0 &&
    counts.sessions === 0;
  return (
    <>
      <Link href={paths.home.to()} className="back-link">
        {t('device.back')}
      </Link>
      <PageHeading title={t('device.title')}>{t('device.title')}</PageHeading>
      {deleted ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={deletedRef}>
          {t('device.deleted')}
        </div>
      ) : null}
      <p className="lead">{t('device.intro')}</p>
      {counts ? (
        <ul aria-label={t('device.heldLabel')}>
          <li>
            {t('device.held.assessments', { count: counts.assessments, formatted: format.number(counts.assessments) })}
          </li>
          <li>{t('device.held.received', { count: counts.received, formatted: format.number(counts.received) })}</li>
          <li>{counts.hasRoster ? t('device.held.roster') : t('device.held.noRoster')}</li>
          {counts.workshops > 0 ? (
            <li>
              {t('device.held.workshops', { count: counts.workshops, formatted: format.number(counts.workshops) })}
            </li>
          ) : null}
          {counts.sessions > 0 ? (
            <li>{t('device.held.sessions', { count: counts.sessions, formatted: format.number(counts.sessions) })}</li>
          ) : null}
        </ul>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}

      <p>
        <Link href={paths.workshopModeSetup.to()}>{t('device.workshopModeLink')}</Link>
      </p>

      <section aria-labelledby="device-delete-heading">
        <h2 id="device-delete-heading">{t('device.deleteHeading')}</h2>
        <p>{t('device.deleteWhat')}</p>
        {counts && counts.assessments > 0 ? (
          <>
            <p>{t('device.lastChance')}</p>
            <div className="button-group">
              <BusyButton
                busy={backup.busy}
                actionKey="backup"
                busyLabel={t('exchange.actions.busy')}
                className="button button--secondary"
                onAction={() => backup.exportJson('all', suggestFileName('backup', todayIso()))}
              >
                {t('exchange.actions.backupAll')}
              </BusyButton>
            </div>
            <ActionStatus message={backup.message?.text} isError={backup.message?.kind === 'error'} />
          </>
        ) : null}
        {counts && counts.received > 0 ? <p className="hint">{t('device.receivedNotInBackup')}</p> : null}
        {mode === 'view' ? (
          <div className="button-group">
            <button
              type="button"
              className="button button--warning"
              disabled={!counts || isEmpty}
              onClick={() => setMode('confirm')}
            >
              {t('device.deleteStart')}
            </button>
          </div>
        ) : (
          <form
            noValidate
            className="device-delete-confirm"
            onSubmit={(event) => void form.handleSubmit(onConfirmed)(event)}
          >
            <ErrorSummary
              items={error ? [{ fieldId: 'device-confirmation', message: error }] : []}
              submitCount={form.formState.submitCount}
            />
            <div className="notice">{t('device.warning')}</div>
            <TextField
              id="device-confirmation"
              label={t('device.confirmLabel', { word })}
              hint={t('device.confirmHint', { word })}
              error={error}
              registration={{
                ...registration,
                ref: (element: HTMLInputElement | null) => {
                  registration.ref(element);
                  confirmRef.current = element;
                },
              }}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              width="medium"
            />
            <div className="button-group">
              <BusyButton
                type="submit"
                busy={deleting}
                actionKey="delete"
                busyLabel={t('device.deleting')}
                className="button button--warning"
              >
                {t('device.deleteConfirm')}
              </BusyButton>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  form.reset();
                  setMode('view');
                }}
              >
                {t('device.cancel')}
              </button>
            </div>
            <ActionStatus message={failure} isError={failure !== undefined} />
          </form>
        )}
      </section>
    </>
  );
}
