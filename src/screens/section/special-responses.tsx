import type { ReactNode } from 'react';
import { useController, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SpecialResponse } from '../../questionnaire/answer-draft';
import type { Question } from '../../questionnaire/content-schema';
import type { SectionValues } from './section-form-types';

/**
 * "Not applicable" and "don't know" for questions answered by typing (numbers, dates, lists). They behave as one
 * exclusive choice. The value the user typed is hidden while one is ticked, never cleared: unticking brings it back.
 */
export function SpecialResponses({
  question,
  form,
  children,
}: {
  question: Question;
  form: UseFormReturn<SectionValues>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const name = `${question.id}.special` as const;
  // A controller, not a registered input: two checkboxes share one value, and it re-renders when that value changes.
  const { field } = useController({ control: form.control, name });
  const special = field.value;
  const options: SpecialResponse[] = [
    ...(question.allowsNotApplicable ? (['not-applicable'] as const) : []),
    ...(question.allowsDontKnow ? (['dont-know'] as const) : []),
  ];
  const toggle = (option: SpecialResponse, checked: boolean) => field.onChange(checked ? option : '');
  return (
    <>
      {special ? <p className="hint">{t('answers.valueSetAside')}</p> : children}
      <div className="checkboxes checkboxes--small">
        <div className="checkboxes__divider">{t('answers.or')}</div>
        {options.map((option) => {
          const id = `q-${question.id}-special-${option}`;
          return (
            <div key={option} className="checkboxes__item">
              <input
                id={id}
                className="checkboxes__input"
                type="checkbox"
                checked={special === option}
                onChange={(event) => toggle(option, event.target.checked)}
              />
              <label className="checkboxes__label" htmlFor={id}>
                {t(`answers.${option}`)}
              </label>
            </div>
          );
        })}
      </div>
    </>
  );
}
