import { useTranslation } from 'react-i18next';
import { questionKeys } from '../../../questionnaire/content-keys';
import type { QuestionOfType } from '../../../questionnaire/content-schema';
import { TextField } from '../../../ui/text-field';
import { fieldDomId } from '../question-errors';
import type { ControlProps } from '../section-form-types';

/** The browser's date picker: it gives ISO dates whatever the display language, and works by keyboard. */
export function DateControl({ question, form, errorFor }: ControlProps<QuestionOfType<'date'>>) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  return (
    <TextField
      id={fieldDomId(question.id, ['date'])}
      label={tc(questionKeys(question.id).label)}
      hint={t('answers.dateHint')}
      error={errorFor('date')}
      registration={form.register(`${question.id}.date`)}
      type="date"
      width="medium"
    />
  );
}
