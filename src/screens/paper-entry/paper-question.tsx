import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isScaleType, type AnswerDraft, type SpecialResponse } from '../../questionnaire/answer-draft';
import { MAX_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import type { PaperQuestion as PaperQuestionEntry } from '../../questionnaire/paper-entry/paper-order';
import {
  isTypedType,
  listPaperOptions,
  listSpecialResponses,
  PAPER_KEYS,
} from '../../questionnaire/paper-entry/paper-keys';
import { paths } from '../../paths';
import { describeScaleOption } from '../../wording/answers';
import { TypedAnswer, type TypedPart } from './typed-answer';

const SPECIAL_KEY: Record<SpecialResponse, string> = {
  'dont-know': PAPER_KEYS.dontKnow,
  'not-applicable': PAPER_KEYS.notApplicable,
};

export const noteFieldId = (questionId: string) => `paper-${questionId}-note`;

/**
 * One question of the paper form as the helper types it up: the section, the number and text as printed, the
 * options as buttons numbered like their keys (pressed state shown), the honest answers with their letters, or the
 * field(s) to type into; and the note written beside it on paper. A question too rich for this (the inventory of
 * information systems) says so and links to its section screen.
 */
export function PaperQuestion({
  assessmentId,
  entry,
  draft,
  errors,
  headingRef,
  onOption,
  onSpecial,
  onTyped,
  onDone,
  onLeaveField,
  onPage,
  onNote,
}: {
  assessmentId: string;
  entry: PaperQuestionEntry;
  draft: AnswerDraft;
  errors: Partial<Record<TypedPart, string>>;
  headingRef: Ref<HTMLHeadingElement>;
  onOption: (optionId: string) => void;
  onSpecial: (special: SpecialResponse) => void;
  onTyped: (part: TypedPart, value: string) => void;
  onDone: () => void;
  onLeaveField: () => void;
  onPage: (direction: 'previous' | 'next') => void;
  onNote: (note: string) => void;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const { question, number, sectionId, sectionNumber } = entry;
  const keys = questionKeys(question.id);
  const type = question.type;
  const headingId = `paper-question-${question.id}`;
  const special = isScaleType(type) ? draft.choice : draft.special;
  const optionLabel = (optionId: string) =>
    isScaleType(type) ? describeScaleOption(t, tc, question.id, type, optionId) : tc(keys.option(optionId));
  const isSelected = (optionId: string) =>
    isScaleType(type) ? draft.choice === optionId : draft.optionIds.includes(optionId);
  const noteKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onLeaveField();
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      onPage(event.key === 'PageUp' ? 'previous' : 'next');
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      onDone();
    }
  };
  const options = listPaperOptions(question);
  const specials = listSpecialResponses(question);

  return (
    <section className="paper-question" aria-labelledby={headingId}>
      <p className="paper-question__section">
        {t('paperEntry.sectionLabel', { number: sectionNumber, title: tc(sectionKeys(sectionId).title) })}
      </p>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="paper-question__text">
        <span className="paper-question__number">{number}</span> {tc(keys.text)}
      </h2>
      {type === 'multi-choice' ? <p className="hint">{t('paperEntry.multiHint')}</p> : null}
      {options.length > 0 ? (
        <ul className="paper-options" aria-label={t('paperEntry.optionsLabel')}>
          {options.map((optionId, index) => (
            <li key={optionId}>
              <button
                type="button"
                className="paper-option"
                aria-pressed={isSelected(optionId)}
                onClick={() => onOption(optionId)}
              >
                <kbd className="paper-key" aria-hidden="true">
                  {index + 1}
                </kbd>
                <span>{optionLabel(optionId)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {isTypedType(type) ? (
        <TypedAnswer
          question={question}
          type={type}
          draft={draft}
          errors={errors}
          onChange={onTyped}
          onDone={onDone}
          onLeave={onLeaveField}
          onPage={onPage}
        />
      ) : null}
      {type === 'system-inventory' ? (
        <div className="notice">
          <p>{t('paperEntry.inventory')}</p>
          <p>
            <Link href={paths.section.to(assessmentId, sectionId, question.id)}>
              {t('paperEntry.inventoryLink', { title: tc(sectionKeys(sectionId).title) })}
            </Link>
          </p>
        </div>
      ) : null}
      {specials.length > 0 ? (
        <ul className="paper-options paper-options--special" aria-label={t('paperEntry.specialLabel')}>
          {specials.map((response) => (
            <li key={response}>
              <button
                type="button"
                className="paper-option"
                aria-pressed={special === response}
                onClick={() => onSpecial(response)}
              >
                <kbd className="paper-key" aria-hidden="true">
                  {SPECIAL_KEY[response]}
                </kbd>
                <span>{t(`answers.${response}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-group paper-note">
        <label className="label" htmlFor={noteFieldId(question.id)}>
          {t('paperEntry.note')}
        </label>
        <div id={`${noteFieldId(question.id)}-hint`} className="hint">
          {t('paperEntry.noteHint')}
        </div>
        <textarea
          id={noteFieldId(question.id)}
          className="input textarea"
          rows={2}
          maxLength={MAX_TEXT_LENGTH}
          value={draft.note}
          aria-describedby={`${noteFieldId(question.id)}-hint`}
          onChange={(event) => onNote(event.target.value)}
          onKeyDown={noteKeyDown}
        />
      </div>
    </section>
  );
}
