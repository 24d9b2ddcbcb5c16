import { useTranslation } from 'react-i18next';
import { questionKeys } from '../../../questionnaire/content-keys';
import type { QuestionOfType } from '../../../questionnaire/content-schema';
import { FieldError } from '../../../ui/field-error';
import { fieldDomId } from '../question-errors';
import type { ControlProps } from '../section-form-types';

/** Checkboxes; an exclusive "none of these" comes last, after an "or". */
export function MultiChoiceControl({ question, form, errorFor }: ControlProps<QuestionOfType<'multi-choice'>>) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const keys = questionKeys(question.id);
  const baseId = fieldDomId(question.id, ['optionIds']);
  const ordered = [...question.options.filter((o) => !o.isExclusive), ...question.options.filter((o) => o.isExclusive)];
  const error = errorFor('optionIds');
  return (
    <>
      <p className="hint">{t('answers.selectAll')}</p>
      <FieldError id={`${baseId}-error`} message={error} />
      <div className="checkboxes">
        {ordered.map((option, index) => {
          const id = index === 0 ? baseId : `${baseId}-${option.id}`;
          return (
            <div key={option.id}>
              {option.isExclusive ? <div className="checkboxes__divider">{t('answers.or')}</div> : null}
              <div className="checkboxes__item">
                <input
                  id={id}
                  className="checkboxes__input"
                  type="checkbox"
                  value={option.id}
                  aria-describedby={error ? `${baseId}-error` : undefined}
                  {...form.register(`${question.id}.optionIds`)}
                />
                <label className="checkboxes__label" htmlFor={id}>
                  {tc(keys.option(option.id))}
                </label>
              </div>
            </div>
          );
        })}
      </div>
    </>
  );
}
