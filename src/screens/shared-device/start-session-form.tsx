/** A participant starts their own session: their unit's name, and a PIN typed twice (only its hash is kept). */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { startSession } from '../../storage/sessions';
import { ErrorSummary } from '../../ui/error-summary';
import { TextField } from '../../ui/text-field';
import { hashPin } from '../../workshop/pin';
import { sessionStartSchema, type ParticipantSession, type SessionStartInput } from '../../workshop/session-schema';
import { describeStorageError } from '../storage-messages';
import { NewPinFields, SaveFailure } from './new-pin-fields';

const FIELDS = ['unitName', 'pin', 'pinAgain'] as const;

export function StartSessionForm({ onStarted }: { onStarted: (session: ParticipantSession) => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const form = useForm<SessionStartInput>({
    resolver: zodResolver(sessionStartSchema),
    defaultValues: { unitName: '', pin: '', pinAgain: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const errorOf = (field: (typeof FIELDS)[number]) => {
    const key = errors[field]?.message;
    return key ? t(key) : undefined;
  };

  const onSubmit = async ({ unitName, pin }: SessionStartInput) => {
    setFailure(undefined);
    try {
      onStarted(await startSession(unitName, await hashPin(pin)));
    } catch (error) {
      setFailure(t(describeStorageError(error)));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      <ErrorSummary
        items={FIELDS.flatMap((field) => {
          const message = errorOf(field);
          return message ? [{ fieldId: `session-${field}`, message }] : [];
        })}
        submitCount={submitCount}
      />
      <TextField
        id="session-unitName"
        label={t('sharedDevice.unitName')}
        hint={t('sharedDevice.unitNameHint')}
        error={errorOf('unitName')}
        registration={form.register('unitName')}
        autoComplete="organization"
      />
      <NewPinFields
        idPrefix="session"
        label={t('sharedDevice.newPin')}
        hint={t('sharedDevice.newPinHint')}
        pin={{ registration: form.register('pin'), error: errorOf('pin') }}
        pinAgain={{ registration: form.register('pinAgain'), error: errorOf('pinAgain') }}
      />
      <SaveFailure message={failure} />
      <button type="submit" className="button" aria-disabled={isSubmitting || undefined}>
        {t('sharedDevice.start')}
      </button>
    </form>
  );
}
