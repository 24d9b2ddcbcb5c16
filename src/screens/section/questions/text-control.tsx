import { useTranslation } from 'react-i18next';
import { MAX_TEXT_LENGTH } from '../../../questionnaire/answer-schema';
import { questionKeys } from '../../../questionnaire/content-keys';
import type { QuestionOfType } from '../../../questionnaire/content-schema';
import { TextField } from '../../../ui/text-field';
import { fieldDomId } from '../question-errors';
import type { ControlProps } from '../section-form-types';

export function TextControl({ question, form, errorFor }: ControlProps<QuestionOfType<'text'>>) {
  const { t: tc } = useTranslation('questionnaire');
  return (
    <TextField
      id={fieldDomId(question.id, ['text'])}
      label={tc(questionKeys(question.id).label)}
      error={errorFor('text')}
      registration={form.register(`${question.id}.text`)}
      multiline
      characterLimit={MAX_TEXT_LENGTH}
    />
  );
}
