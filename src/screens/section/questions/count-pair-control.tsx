import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { questionKeys } from '../../../questionnaire/content-keys';
import type { QuestionOfType } from '../../../questionnaire/content-schema';
import { TextField } from '../../../ui/text-field';
import { fieldDomId } from '../question-errors';
import type { ControlProps } from '../section-form-types';

/** "X out of Y": two whole numbers, X never above Y. Each re-checks the other (`deps`): the rule binds both. */
export function CountPairControl({
  question,
  form,
  errorFor,
  nationalTarget,
}: ControlProps<QuestionOfType<'count-pair'>>) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const keys = questionKeys(question.id);
  return (
    <div className="inline-fields">
      <TextField
        id={fieldDomId(question.id, ['part'])}
        label={tc(keys.part)}
        hint={nationalTarget ? t('answers.nationalTarget', { target: format.number(nationalTarget) }) : undefined}
        error={errorFor('part')}
        registration={form.register(`${question.id}.part`, { deps: [`${question.id}.whole`] })}
        inputMode="numeric"
        width="short"
        autoComplete="off"
      />
      <span className="inline-fields__joiner" aria-hidden="true">
        {t('answers.outOf')}
      </span>
      <TextField
        id={fieldDomId(question.id, ['whole'])}
        label={tc(keys.whole)}
        error={errorFor('whole')}
        registration={form.register(`${question.id}.whole`, { deps: [`${question.id}.part`] })}
        inputMode="numeric"
        width="short"
        autoComplete="off"
      />
    </div>
  );
}
