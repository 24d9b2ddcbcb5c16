import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { questionKeys } from '../../../questionnaire/content-keys';
import type { QuestionOfType } from '../../../questionnaire/content-schema';
import { TextField } from '../../../ui/text-field';
import { fieldDomId } from '../question-errors';
import type { ControlProps } from '../section-form-types';

export function PercentageControl({
  question,
  form,
  errorFor,
  nationalTarget,
}: ControlProps<QuestionOfType<'percentage'>>) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const hint = [
    t('answers.percentHint'),
    nationalTarget ? t('answers.nationalTarget', { target: format.number(nationalTarget) }) : '',
  ].join(' ');
  return (
    <TextField
      id={fieldDomId(question.id, ['percent'])}
      label={tc(questionKeys(question.id).label)}
      hint={hint.trim()}
      error={errorFor('percent')}
      registration={form.register(`${question.id}.percent`)}
      inputMode="decimal"
      width="short"
      autoComplete="off"
    />
  );
}
