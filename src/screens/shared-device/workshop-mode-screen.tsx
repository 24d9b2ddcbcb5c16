/**
 * Workshop mode, set up and run by the trainer (issue 13): turning it on (how soon an open session locks, the
 * trainer's PIN), and once on, the sessions on the device (a participant who left without handing in can have theirs
 * deleted) and leaving the mode when none is left. A participant never reaches this screen (session-routes.ts).
 */
import './shared-device.css';
import { zodResolver } from '@hookform/resolvers/zod';
import { use, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { disableWorkshopMode, enableWorkshopMode, endSession, SessionsRemainError } from '../../storage/sessions';
import { useSessions, useWorkshopMode } from '../../storage/use-sessions';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { ErrorSummary } from '../../ui/error-summary';
import { PageHeading } from '../../ui/page-heading';
import { SelectField } from '../../ui/select-field';
import { hashPin } from '../../workshop/pin';
import {
  LOCK_AFTER_MINUTES,
  workshopModeSetupSchema,
  type WorkshopModeSetupInput,
} from '../../workshop/session-schema';
import { describeStorageError } from '../storage-messages';
import { SessionLabel } from './session-label';
import { NewPinFields, SaveFailure } from './new-pin-fields';

export function WorkshopModeScreen() {
  use(screenTextsReady('shared-device'));
  const { t } = useTranslation();
  const mode = useWorkshopMode();
  return (
    <>
      <Link href={paths.device.to()} className="back-link">
        {t('sharedDevice.backToDevice')}
      </Link>
      <PageHeading title={t('sharedDevice.modeTitle')}>{t('sharedDevice.modeTitle')}</PageHeading>
      {mode === undefined ? <p role="status">{t('common.loading')}</p> : mode ? <RunningMode /> : <SetupForm />}
    </>
  );
}

const SETUP_FIELDS = ['lockAfterMinutes', 'pin', 'pinAgain'] as const;

function SetupForm() {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const form = useForm<WorkshopModeSetupInput>({
    resolver: zodResolver(workshopModeSetupSchema),
    defaultValues: { lockAfterMinutes: '5', pin: '', pinAgain: '' },
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  const errorOf = (field: (typeof SETUP_FIELDS)[number]) => {
    const key = errors[field]?.message;
    return key ? t(key) : undefined;
  };
  const onSubmit = async (input: WorkshopModeSetupInput) => {
    setFailure(undefined);
    const parsed = workshopModeSetupSchema.parse(input);
    try {
      // The lobby replaces this screen as soon as the mode is on (shared-device-gate.tsx).
      await enableWorkshopMode(parsed.lockAfterMinutes, await hashPin(parsed.pin));
    } catch (error) {
      setFailure(t(describeStorageError(error)));
    }
  };
  return (
    <>
      <p className="lead">{t('sharedDevice.modeIntro')}</p>
      <ul>
        <li>{t('sharedDevice.modeWhat.own')}</li>
        <li>{t('sharedDevice.modeWhat.lock')}</li>
        <li>{t('sharedDevice.modeWhat.handIn')}</li>
        <li>{t('sharedDevice.modeWhat.hidden')}</li>
      </ul>
      <form noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
        <ErrorSummary
          items={SETUP_FIELDS.flatMap((field) => {
            const message = errorOf(field);
            return message ? [{ fieldId: `mode-${field}`, message }] : [];
          })}
          submitCount={submitCount}
        />
        <SelectField
          id="mode-lockAfterMinutes"
          label={t('sharedDevice.lockAfter')}
          error={errorOf('lockAfterMinutes')}
          registration={form.register('lockAfterMinutes')}
          options={LOCK_AFTER_MINUTES.map((minutes) => ({
            value: String(minutes),
            label: t('sharedDevice.minutes', { count: minutes }),
          }))}
        />
        <NewPinFields
          idPrefix="mode"
          label={t('sharedDevice.trainerNewPin')}
          hint={t('sharedDevice.trainerNewPinHint')}
          pin={{ registration: form.register('pin'), error: errorOf('pin') }}
          pinAgain={{ registration: form.register('pinAgain'), error: errorOf('pinAgain') }}
        />
        <SaveFailure message={failure} />
        <button type="submit" className="button" aria-disabled={isSubmitting || undefined}>
          {t('sharedDevice.turnOn')}
        </button>
      </form>
    </>
  );
}

function RunningMode() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const busy = useBusyAction();
  const [confirming, setConfirming] = useState<string>();
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();

  // Both run by their BusyButton, under the one `busy` guard.
  const deleteSession = async (id: string, unit: string) => {
    try {
      await endSession(id);
      setConfirming(undefined);
      setMessage({ text: t('sharedDevice.sessionDeleted', { unit }), isError: false });
    } catch (error) {
      setMessage({ text: t(describeStorageError(error)), isError: true });
    }
  };
  const leave = async () => {
    try {
      await disableWorkshopMode();
    } catch (error) {
      setMessage({
        text:
          error instanceof SessionsRemainError
            ? t('sharedDevice.sessionsRemain', { count: error.remaining })
            : t(describeStorageError(error)),
        isError: true,
      });
    }
  };

  return (
    <>
      <p className="lead">{t('sharedDevice.modeOn')}</p>
      <h2 className="heading-m">{t('sharedDevice.sessionsHeading', { count: sessions?.length ?? 0 })}</h2>
      {sessions === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : sessions.length === 0 ? (
        <p>{t('sharedDevice.noSessions')}</p>
      ) : (
        <ul className="session-list">
          {sessions.map((session) => (
            <li key={session.id} className="session-list__item">
              <SessionLabel session={session} />
              {confirming === session.id ? (
                <div className="notice">
                  <p>{t('sharedDevice.deleteSessionWarning', { unit: session.unitName })}</p>
                  <div className="button-group">
                    <BusyButton
                      busy={busy}
                      actionKey={session.id}
                      busyLabel={t('sharedDevice.deleting')}
                      className="button button--warning"
                      onAction={() => deleteSession(session.id, session.unitName)}
                    >
                      {t('sharedDevice.deleteSessionConfirm')}
                    </BusyButton>
                    <button type="button" className="button button--secondary" onClick={() => setConfirming(undefined)}>
                      {t('sharedDevice.cancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('sharedDevice.deleteSessionOf', { unit: session.unitName })}
                  onClick={() => setConfirming(session.id)}
                >
                  {t('sharedDevice.deleteSession')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2 className="heading-m">{t('sharedDevice.leaveHeading')}</h2>
      <p>{t('sharedDevice.leaveWhat')}</p>
      <div className="button-group">
        <BusyButton
          busy={busy}
          actionKey="leave"
          busyLabel={t('sharedDevice.leaving')}
          className="button button--secondary"
          onAction={leave}
        >
          {t('sharedDevice.turnOff')}
        </BusyButton>
      </div>
      <ActionStatus message={message?.text} isError={message?.isError ?? false} />
    </>
  );
}
