import { memo } from 'react';
import { useFormState, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isScaleType } from '../../questionnaire/answer-draft';
import { questionKeys } from '../../questionnaire/content-keys';
import type { Question, UnitType } from '../../questionnaire/content-schema';
import type { SuggestedAnswer } from '../../security-level/suggested-answers';
import { LegalBasis } from '../legal-basis';
import { shownNationalTarget } from './national-target';
import { NoteAndEvidence } from './note-and-evidence';
import { errorParams, flattenErrors } from './question-errors';
import { QuestionControl } from './question-control';
import { SpecialResponses } from './special-responses';
import { RemoteChangeNotice } from './remote-change-notice';
import type { ErrorLookup, RemoteChange, SectionValues } from './section-form-types';
import { WorkbenchSuggestion } from './workbench-suggestion';

/**
 * One question: a fieldset whose legend is the question, its help text as the hint, the legal basis, the control
 * for its type, the honest "not applicable" / "don't know" where allowed, and an optional note with evidence.
 */
export const QuestionField = memo(function QuestionField({
  question,
  number,
  unitType,
  form,
  remoteChange,
  suggestion,
}: {
  question: Question;
  number: number;
  /** The assessed unit's type: a national target is shown only where it binds it. */
  unitType: UnitType;
  form: UseFormReturn<SectionValues>;
  remoteChange?: RemoteChange;
  /** The answer the security workbench suggests (issue 14), if any. */
  suggestion?: SuggestedAnswer;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const keys = questionKeys(question.id);
  // Subscribed to this question's errors only: with `memo`, typing in one question re-renders that question alone.
  const { errors: formErrors } = useFormState({ control: form.control, name: question.id });
  const errors = flattenErrors(formErrors[question.id]);
  const errorFor: ErrorLookup = (path) => {
    const error = errors.find((candidate) => candidate.path.join('.') === path);
    return error ? t(error.messageKey, errorParams(question, error.path, t, tc)) : undefined;
  };
  const hintId = `question-${question.id}-hint`;
  const nationalTarget = shownNationalTarget(question, unitType);
  const hasSpecials = !isScaleType(question.type) && (question.allowsNotApplicable || question.allowsDontKnow);
  return (
    <section id={`question-${question.id}`} className={`question${errors.length ? ' question--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={hintId}>
        <legend className="fieldset__legend fieldset__legend--question">
          <span className="question__number">{number}.</span> {tc(keys.text)}
        </legend>
        <div id={hintId} className="hint">
          {tc(keys.help)}
        </div>
        <LegalBasis references={question.legalBasis} />
        {remoteChange ? <RemoteChangeNotice change={remoteChange} /> : null}
        {suggestion ? <WorkbenchSuggestion question={question} form={form} suggestion={suggestion} /> : null}
        {hasSpecials ? (
          <SpecialResponses question={question} form={form}>
            <QuestionControl question={question} form={form} errorFor={errorFor} nationalTarget={nationalTarget} />
          </SpecialResponses>
        ) : (
          <QuestionControl question={question} form={form} errorFor={errorFor} nationalTarget={nationalTarget} />
        )}
        <NoteAndEvidence question={question} form={form} errorFor={errorFor} />
      </fieldset>
    </section>
  );
});
