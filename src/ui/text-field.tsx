import type { InputHTMLAttributes, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, describedBy } from './field-error';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>;

/** Label, hint, error and input, tied together by ids (GOV.UK text input). */
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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const className = `input input--${width ?? 'full'}${error ? ' input--error' : ''}`;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      {multiline ? (
        <textarea
          id={id}
          className={`${className} textarea`}
          rows={3}
          aria-describedby={describedBy(hintId, errorId)}
          aria-invalid={error ? true : undefined}
          {...registration}
        />
      ) : (
        <input
          id={id}
          className={className}
          type="text"
          aria-describedby={describedBy(hintId, errorId)}
          aria-invalid={error ? true : undefined}
          {...inputProps}
          {...registration}
        />
      )}
    </div>
  );
}
