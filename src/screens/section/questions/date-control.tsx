import { useTranslation } from 'react-i18next';
import { questionKeys } from '../../../questionnaire/content-keys';
import type { QuestionOfType } from '../../../questionnaire/content-schema';
import { DateField } from '../../../ui/date-field';
import { fieldDomId } from '../question-errors';
import type { ControlProps } from '../section-form-types';

/**
 * A date typed day/month/year, as officials write it, in both languages (never the browser's locale-dependent
 * picker, which shows month first in an English browser).
 */
export function DateControl({ question, form, errorFor }: ControlProps<QuestionOfType<'date'>>) {
  const { t: tc } = useTranslation('questionnaire');
  return (
    <DateField
      id={fieldDomId(question.id, ['date'])}
      label={tc(questionKeys(question.id).label)}
      error={errorFor('date')}
      registration={form.register(`${question.id}.date`)}
    />
  );
}
