import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown before this option, e.g. the "or" between answers and "not applicable". */
  dividerBefore?: ReactNode;
}

/** The radio items alone, for use inside a fieldset whose legend is the question. The first radio carries `id`. */
export function Radios({
  id,
  options,
  registration,
  inline,
}: {
  id: string;
  options: readonly RadioOption[];
  registration: UseFormRegisterReturn;
  inline?: boolean;
}) {
  return (
    <div className={inline ? 'radios radios--inline' : 'radios'}>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        const optionHintId = option.hint ? `${optionId}-hint` : undefined;
        return (
          <div key={option.value} className="radios__row">
            {option.dividerBefore ? <div className="radios__divider">{option.dividerBefore}</div> : null}
            <div className="radios__item">
              <input
                id={optionId}
                className="radios__input"
                type="radio"
                value={option.value}
                aria-describedby={optionHintId}
                {...registration}
              />
              <label className="radios__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint ? (
                <div id={optionHintId} className="hint radios__hint">
                  {option.hint}
                </div>
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}
