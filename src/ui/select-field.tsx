import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldShell } from './field-shell';

export function SelectField({
  id,
  label,
  hint,
  error,
  registration,
  options,
  placeholder,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
}) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <select id={id} className={`select${error ? ' input--error' : ''}`} {...described} {...registration}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
