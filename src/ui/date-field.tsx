import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldShell } from './field-shell';

/**
 * A date typed as day/month/year ("01/12/2026"), the way Vietnamese officials write it, in both languages: a plain
 * text input, not the browser's locale-dependent date picker. What the person types is kept exactly as typed (no
 * mask, no reformatting while they type, so slow typing and input methods are safe); the form's schema reads it
 * with `parseDisplayDate` and explains what is wrong. The hint says the order, after any `hint` of the caller.
 */
export function DateField({
  id,
  label,
  hint,
  error,
  registration,
  width,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  /** `date` (the default) fits "01/12/2026"; `medium` lines up with medium text fields in a row. */
  width?: 'date' | 'medium';
}) {
  const { t } = useTranslation();
  const className = `input input--${width ?? 'date'}${error ? ' input--error' : ''}`;
  const formatHint = t('dateField.hint');
  return (
    <FieldShell
      id={id}
      label={label}
      hint={
        hint ? (
          <>
            {hint} {formatHint}
          </>
        ) : (
          formatHint
        )
      }
      error={error}
    >
      {(described) => (
        <input
          id={id}
          className={className}
          type="text"
          autoComplete="off"
          spellCheck={false}
          {...described}
          {...registration}
        />
      )}
    </FieldShell>
  );
}
