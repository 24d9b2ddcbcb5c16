import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { questionKeys } from '../../../questionnaire/content-keys';
import type { QuestionOfType } from '../../../questionnaire/content-schema';
import { FieldError } from '../../../ui/field-error';
import { fieldDomId } from '../question-errors';
import type { ControlProps } from '../section-form-types';

/**
 * The options ticked after a change: an exclusive option ("none of these") clears the others, and any other
 * option clears the exclusive ones. Exclusive in the control itself, so that an answer can never hold both.
 */
export function toggleOption(
  selected: readonly string[],
  optionId: string,
  isChecked: boolean,
  exclusiveIds: readonly string[],
): string[] {
  if (!isChecked) return selected.filter((id) => id !== optionId);
  if (exclusiveIds.includes(optionId)) return [optionId];
  return [...selected.filter((id) => !exclusiveIds.includes(id) && id !== optionId), optionId];
}

/** Checkboxes; an exclusive "none of these" comes last, after an "or". */
export function MultiChoiceControl({ question, form, errorFor }: ControlProps<QuestionOfType<'multi-choice'>>) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const keys = questionKeys(question.id);
  const baseId = fieldDomId(question.id, ['optionIds']);
  const exclusive = question.options.filter((option) => option.isExclusive);
  const exclusiveIds = exclusive.map((option) => option.id);
  const ordered = [...question.options.filter((o) => !o.isExclusive), ...exclusive];
  const { field } = useController({ control: form.control, name: `${question.id}.optionIds` });
  const selected: readonly string[] = field.value;
  const error = errorFor('optionIds');
  const exclusiveHintId = `${baseId}-exclusive-hint`;
  return (
    <>
      <p className="hint">{t('answers.selectAll')}</p>
      <FieldError id={`${baseId}-error`} message={error} />
      <div className="checkboxes">
        {ordered.map((option, index) => {
          const id = index === 0 ? baseId : `${baseId}-${option.id}`;
          const describedBy = [error ? `${baseId}-error` : '', option.isExclusive ? exclusiveHintId : '']
            .filter(Boolean)
            .join(' ');
          return (
            <div key={option.id}>
              {option.isExclusive ? <div className="checkboxes__divider">{t('answers.or')}</div> : null}
              <div className="checkboxes__item">
                <input
                  id={id}
                  className="checkboxes__input"
                  type="checkbox"
                  name={field.name}
                  value={option.id}
                  checked={selected.includes(option.id)}
                  aria-describedby={describedBy || undefined}
                  onChange={(event) =>
                    field.onChange(toggleOption(selected, option.id, event.target.checked, exclusiveIds))
                  }
                  onBlur={field.onBlur}
                  ref={index === 0 ? field.ref : undefined}
                />
                <label className="checkboxes__label" htmlFor={id}>
                  {tc(keys.option(option.id))}
                </label>
              </div>
              {option.isExclusive ? (
                <p id={exclusiveHintId} className="hint checkboxes__hint">
                  {t('answers.exclusiveHint', { option: tc(keys.option(option.id)) })}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </>
  );
}
