import { useTranslation } from 'react-i18next';
import { listScaleOptions } from '../../../questionnaire/answer-draft';
import { questionKeys } from '../../../questionnaire/content-keys';
import type { QuestionOfType } from '../../../questionnaire/content-schema';
import { FieldError } from '../../../ui/field-error';
import { Radios, type RadioOption } from '../../../ui/radios';
import { fieldDomId } from '../question-errors';
import type { ControlProps } from '../section-form-types';

type ScaleQuestion = QuestionOfType<'yes-partly-no'> | QuestionOfType<'coverage'> | QuestionOfType<'maturity'>;

/** One choice from a fixed scale; "not applicable" and "don't know", where allowed, follow an "or". */
export function ChoiceControl({ question, form, errorFor }: ControlProps<ScaleQuestion>) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const id = fieldDomId(question.id, ['choice']);
  const label = (option: string) =>
    question.type === 'maturity' ? (
      <>
        <span className="radios__level">{t('scales.maturityLevel', { level: option })}</span>{' '}
        {tc(questionKeys(question.id).level(option))}
      </>
    ) : (
      t(`scales.${question.type}.${option}`)
    );
  const specials: RadioOption[] = [
    ...(question.allowsNotApplicable ? [{ value: 'not-applicable', label: t('answers.not-applicable') }] : []),
    ...(question.allowsDontKnow ? [{ value: 'dont-know', label: t('answers.dont-know') }] : []),
  ];
  const options: RadioOption[] = [
    ...listScaleOptions(question.type).map((option) => ({ value: option, label: label(option) })),
    ...specials.map((option, index) => (index === 0 ? { ...option, dividerBefore: t('answers.or') } : option)),
  ];
  const error = errorFor('choice');
  return (
    <>
      <FieldError id={`${id}-error`} message={error} />
      <Radios
        id={id}
        options={options}
        registration={form.register(`${question.id}.choice`)}
        inline={question.type === 'yes-partly-no'}
      />
    </>
  );
}
