/** A new PIN typed twice (a participant's or the trainer's): digits only, hidden, never offered by autofill. */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/text-field';

const PIN_INPUT = { type: 'password', inputMode: 'numeric', autoComplete: 'new-password', maxLength: 6 } as const;

export function NewPinFields({
  idPrefix,
  label,
  hint,
  pin,
  pinAgain,
}: {
  idPrefix: string;
  label: string;
  hint: string;
  pin: { registration: UseFormRegisterReturn; error?: string };
  pinAgain: { registration: UseFormRegisterReturn; error?: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField id={`${idPrefix}-pin`} label={label} hint={hint} width="short" {...PIN_INPUT} {...pin} />
      <TextField
        id={`${idPrefix}-pinAgain`}
        label={t('sharedDevice.newPinAgain')}
        width="short"
        {...PIN_INPUT}
        {...pinAgain}
      />
    </>
  );
}

/** A failure to save, said where the form's button is. */
export function SaveFailure({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div className="notice notice--error" role="alert">
      {message}
    </div>
  );
}
