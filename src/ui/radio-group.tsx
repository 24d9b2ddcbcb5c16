import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, describedBy } from './field-error';
import { Radios, type RadioOption } from './radios';

export type { RadioOption };

/**
 * Radios in a fieldset whose legend is the question (GOV.UK radios). The first radio carries `id`, so an error
 * summary link can move focus to the group.
 */
export function RadioGroup({
  id,
  legend,
  legendAsHeading,
  hint,
  error,
  options,
  registration,
  inline,
  children,
}: {
  id: string;
  legend: ReactNode;
  legendAsHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  options: readonly RadioOption[];
  registration: UseFormRegisterReturn;
  inline?: boolean;
  children?: ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={legendAsHeading ? 'fieldset__legend fieldset__legend--question' : 'fieldset__legend'}>
          {legend}
        </legend>
        {hint ? (
          <div id={hintId} className="hint">
            {hint}
          </div>
        ) : null}
        {children}
        <FieldError id={`${id}-error`} message={error} />
        <Radios id={id} options={options} registration={registration} inline={inline} />
      </fieldset>
    </div>
  );
}
