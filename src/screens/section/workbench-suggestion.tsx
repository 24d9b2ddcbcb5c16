import { useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { AnswerDraft } from '../../questionnaire/answer-draft';
import { answerFromDraft, draftFromAnswer } from '../../questionnaire/answer-draft';
import { canonicalJson } from '../../questionnaire/answer-entry';
import type { AnswerResponse } from '../../questionnaire/answer-schema';
import type { Question } from '../../questionnaire/content-schema';
import type { SuggestedAnswer, SuggestionBasis } from '../../security-level/suggested-answers';
import { describeAnswer } from '../../wording/answers';
import type { Translate } from '../../wording/types';
import type { SectionValues } from './section-form-types';

/** Multi-choice options compare as a set: the order they were ticked in says nothing. */
function signatureOf(response: AnswerResponse | undefined): string {
  if (response?.kind === 'value' && response.value.type === 'multi-choice') {
    return canonicalJson({
      ...response,
      value: { ...response.value, optionIds: [...response.value.optionIds].sort() },
    });
  }
  return canonicalJson(response ?? null);
}

export function describeBasis(t: Translate, basis: SuggestionBasis): string {
  const key = 'securityBaseline.suggestion.basis';
  switch (basis.kind) {
    case 'classification':
    case 'self-check':
      return t(`${key}.${basis.kind}`, { count: basis.count, total: basis.total });
    case 'inspection':
      return basis.systemName
        ? t(`${key}.inspection-system`, { system: basis.systemName })
        : t(`${key}.inspection-unit`);
    case 'no-owned-system':
      return t(`${key}.no-owned-system`);
  }
}

/**
 * "The security workbench suggests: …, based on …" above a question, with "Use this answer", which puts the answer
 * in the form as if the person had chosen it (the answer writer saves it; the note and evidence stay), and "Undo"
 * after it. Nothing shows while the answer already is the suggestion; nothing is written without the person's action.
 */
export function WorkbenchSuggestion({
  question,
  form,
  suggestion,
}: {
  question: Question;
  form: UseFormReturn<SectionValues>;
  suggestion: SuggestedAnswer;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const draft = useWatch({ control: form.control, name: question.id });
  const [previous, setPrevious] = useState<{ draft: AnswerDraft; undone: boolean }>();
  const current = draft ? answerFromDraft(question, draft, '')?.response : undefined;
  const isSame = signatureOf(current) === signatureOf(suggestion.response);
  if (isSame && (!previous || previous.undone)) return null;
  const answer = describeAnswer(t, tc, format, question, {
    questionId: question.id,
    response: suggestion.response,
    updatedAt: '',
  });
  const put = (next: AnswerDraft) => {
    form.setValue(question.id, next, { shouldDirty: true });
    void form.trigger(question.id);
  };
  const use = () => {
    const before = form.getValues(question.id);
    const suggested = draftFromAnswer({ questionId: question.id, response: suggestion.response, updatedAt: '' });
    put({
      ...before,
      choice: suggested.choice,
      special: suggested.special,
      optionIds: suggested.optionIds,
      date: suggested.date,
    });
    setPrevious({ draft: before, undone: false });
  };
  const undo = () => {
    if (!previous) return;
    put(previous.draft);
    setPrevious({ ...previous, undone: true });
  };
  const isUsed = previous !== undefined && isSame;
  return (
    <div className="notice" data-suggestion={question.id}>
      {isUsed ? null : (
        <p>{t('securityBaseline.suggestion.text', { answer, basis: describeBasis(t, suggestion.basis) })}</p>
      )}
      <div className="button-group">
        {isUsed ? (
          <button type="button" className="button button--secondary" onClick={undo}>
            {t('securityBaseline.suggestion.undo')}
          </button>
        ) : (
          <button type="button" className="button button--secondary" onClick={use}>
            {t('securityBaseline.suggestion.use')}
          </button>
        )}
      </div>
      <p role="status" className="hint">
        {isUsed
          ? t('securityBaseline.suggestion.used')
          : previous?.undone
            ? t('securityBaseline.suggestion.undone')
            : ''}
      </p>
    </div>
  );
}
