import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerDraft } from '../../questionnaire/answer-draft';
import { MAX_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import { questionKeys } from '../../questionnaire/content-keys';
import type { Question } from '../../questionnaire/content-schema';
import type { TypedQuestionType } from '../../questionnaire/paper-entry/paper-keys';
import { FieldShell } from '../../ui/field-shell';

/** The draft parts a typed question keeps its value in. */
export type TypedPart = 'percent' | 'part' | 'whole' | 'date' | 'text';

export const fieldIdOf = (questionId: string, part: TypedPart) => `paper-${questionId}-${part}`;

export function firstPartOf(type: TypedQuestionType): TypedPart {
  return type === 'percentage' ? 'percent' : type === 'count-pair' ? 'part' : type;
}

/**
 * The field(s) of a question answered by typing: a percentage, two counts, a date, a text. Enter is the helper's
 * "done" (in the first of two counts it goes to the second); Escape leaves the field so that the letter keys work
 * again; Page Up/Down go back and forward. Every other key is the field's own.
 */
export function TypedAnswer({
  question,
  type,
  draft,
  errors,
  onChange,
  onDone,
  onLeave,
  onPage,
}: {
  question: Question;
  type: TypedQuestionType;
  draft: AnswerDraft;
  errors: Partial<Record<TypedPart, string>>;
  onChange: (part: TypedPart, value: string) => void;
  onDone: () => void;
  onLeave: () => void;
  /** Page Up/Down go back and forward from a field too: in a field this small they have nothing else to do. */
  onPage: (direction: 'previous' | 'next') => void;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const keys = questionKeys(question.id);
  const keyDown = (part: TypedPart) => (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onLeave();
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      onPage(event.key === 'PageUp' ? 'previous' : 'next');
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      if (part === 'part') document.getElementById(fieldIdOf(question.id, 'whole'))?.focus();
      else onDone();
    }
  };
  const field = (part: TypedPart, label: string, hint: string, inputMode: 'decimal' | 'numeric' | 'text') => {
    const id = fieldIdOf(question.id, part);
    return (
      <FieldShell key={part} id={id} label={label} hint={hint} error={errors[part]}>
        {(described) =>
          part === 'text' ? (
            <textarea
              id={id}
              className={`input textarea${errors[part] ? ' input--error' : ''}`}
              rows={3}
              maxLength={MAX_TEXT_LENGTH}
              value={draft.text}
              onChange={(event) => onChange(part, event.target.value)}
              onKeyDown={keyDown(part)}
              {...described}
            />
          ) : (
            <input
              id={id}
              className={`input input--${part === 'date' ? 'medium' : 'short'}${errors[part] ? ' input--error' : ''}`}
              type="text"
              inputMode={inputMode}
              autoComplete="off"
              value={draft[part]}
              onChange={(event) => onChange(part, event.target.value)}
              onKeyDown={keyDown(part)}
              {...described}
            />
          )
        }
      </FieldShell>
    );
  };
  switch (type) {
    case 'percentage':
      return field('percent', tc(keys.label), t('paperEntry.typed.percentHint'), 'decimal');
    case 'count-pair':
      return (
        <>
          {field('part', tc(keys.part), t('paperEntry.typed.partHint'), 'numeric')}
          {field('whole', tc(keys.whole), t('paperEntry.typed.wholeHint'), 'numeric')}
        </>
      );
    case 'date':
      return field('date', tc(keys.label), t('paperEntry.typed.dateHint'), 'numeric');
    case 'text':
      return field('text', tc(keys.label), t('paperEntry.typed.textHint'), 'text');
  }
}
