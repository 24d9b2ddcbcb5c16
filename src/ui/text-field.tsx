import type { InputHTMLAttributes, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { CharacterCount, characterLimitId } from './character-count';
import { describedBy } from './field-error';
import { FieldShell } from './field-shell';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>;

/**
 * A text input or text area with its label, hint and error (GOV.UK text input).
 *
 * `characterLimit` adds a character count under a text area (GOV.UK character count). The field stays uncontrolled
 * and is not re-rendered by the count, which only reads its value (see CharacterCount).
 */
export function TextField({
  id,
  label,
  hint,
  error,
  registration,
  width,
  multiline,
  characterLimit,
  ...inputProps
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  width?: 'short' | 'medium' | 'full';
  multiline?: boolean;
  /** The most characters the field's validator accepts (JS string length); shown on multiline fields only. */
  characterLimit?: number;
} & InputProps) {
  const className = `input input--${width ?? 'full'}${error ? ' input--error' : ''}`;
  const hasCount = multiline === true && characterLimit !== undefined;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(described) =>
        multiline ? (
          <>
            <textarea
              id={id}
              className={`${className} textarea`}
              rows={3}
              {...described}
              aria-describedby={describedBy(described['aria-describedby'], hasCount && characterLimitId(id))}
              {...registration}
            />
            {hasCount ? <CharacterCount fieldId={id} limit={characterLimit} /> : null}
          </>
        ) : (
          <input id={id} className={className} type="text" {...described} {...inputProps} {...registration} />
        )
      }
    </FieldShell>
  );
}
