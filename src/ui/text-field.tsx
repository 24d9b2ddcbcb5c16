import type { InputHTMLAttributes, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldShell } from './field-shell';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>;

/** A text input or text area with its label, hint and error (GOV.UK text input). */
export function TextField({
  id,
  label,
  hint,
  error,
  registration,
  width,
  multiline,
  ...inputProps
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  width?: 'short' | 'medium' | 'full';
  multiline?: boolean;
} & InputProps) {
  const className = `input input--${width ?? 'full'}${error ? ' input--error' : ''}`;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(described) =>
        multiline ? (
          <textarea id={id} className={`${className} textarea`} rows={3} {...described} {...registration} />
        ) : (
          <input id={id} className={className} type="text" {...described} {...inputProps} {...registration} />
        )
      }
    </FieldShell>
  );
}
