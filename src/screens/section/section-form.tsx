import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, type FocusEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import '../../zod-config';
import { z } from 'zod';
import type { Assessment } from '../../assessment/assessment-schema';
import { answerDraftSchema } from '../../questionnaire/answer-draft';
import { draftFromEntry, type AnswerEntry } from '../../questionnaire/answer-entry';
import { sectionKeys } from '../../questionnaire/content-keys';
import type { Section } from '../../questionnaire/content-schema';
import {
  listApplicableQuestions,
  nextSectionId,
  previousSectionId,
  questionnaire,
} from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import type { SuggestedAnswer } from '../../security-level/suggested-answers';
import { saveResumePoint } from '../../storage/answers';
import type { StoredRecord } from '../../storage/record-writer';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/error-summary';
import { PageHeading } from '../../ui/page-heading';
import { describeAssessment } from '../assessment-labels';
import { todayIso } from '../today';
import { LeavePanel } from './leave-panel';
import { QuestionField } from './question-field';
import { errorParams, fieldDomId, flattenErrors } from './question-errors';
import { SaveStatusMessage } from './save-status';
import type { SectionValues } from './section-form-types';
import { useAfterPointerRelease } from './use-after-pointer-release';
import { useLeaveGuard } from './use-leave-guard';
import { questionIdOf, useSectionWriter } from './use-section-writer';

type Entries = ReadonlyMap<string, StoredRecord<AnswerEntry>>;

/**
 * One section of the questionnaire. Validation is calm: a question is checked when the person leaves it or
 * presses save, never between the two boxes of a pair or while typing; once a question shows an error, it is
 * checked again as it changes, so the error goes as soon as it is fixed.
 */
export function SectionForm({
  assessment,
  initialEntries,
  liveEntries,
  section,
  suggestions,
}: {
  assessment: Assessment;
  initialEntries: Entries;
  /** The stored records as they change (other tabs included); the form starts from `initialEntries`. */
  liveEntries: Entries;
  section: Section;
  /** Answers the security workbench suggests, by question id (the security section only). */
  suggestions?: ReadonlyMap<string, SuggestedAnswer>;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const questions = useMemo(
    () => listApplicableQuestions(section, assessment.profile.unitType),
    [section, assessment.profile.unitType],
  );
  const schema = useMemo(() => {
    const today = todayIso();
    return z.object(Object.fromEntries(questions.map((question) => [question.id, answerDraftSchema(question, today)])));
  }, [questions]);
  const form = useForm<SectionValues>({
    resolver: zodResolver(schema),
    defaultValues: Object.fromEntries(
      questions.map((question) => [question.id, draftFromEntry(initialEntries.get(question.id)?.value)]),
    ),
    // Validation is driven by hand (leaving a question, saving): see `onBlur` and the watch below.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes focus after a failed save; the form must not move it elsewhere.
    shouldFocusError: false,
  });
  const { status, invalidQuestionIds, remoteChanges, flush, onQuestionLeft } = useSectionWriter({
    form,
    questions,
    initialEntries,
    liveEntries,
    assessmentId: assessment.id,
    sectionId: section.id,
  });
  const { block, leave, dismiss } = useLeaveGuard({ flush, invalidQuestionIds });
  const afterPointerRelease = useAfterPointerRelease();

  useEffect(() => {
    void saveResumePoint(assessment.id, { sectionId: section.id }).catch(() => undefined);
    // Client-side rendering means the browser cannot scroll to #question-… by itself.
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView({ block: 'start' });
    // Drafts kept from an earlier visit show their errors again.
    for (const question of questions) {
      if (initialEntries.get(question.id)?.value.draft) void form.trigger(question.id);
    }
    // Only when the section opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [assessment.id, section.id]);

  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const left = questionIdOf(event.target);
    const entered = questionIdOf(event.relatedTarget instanceof Element ? event.relatedTarget : null);
    if (!left || left === entered) return;
    // After the click that moved the focus has landed: an error appearing now must not move its target away.
    afterPointerRelease(() => {
      void form.trigger(left);
      onQuestionLeft(left);
    });
  };

  const sectionIndex = questionnaire.sections.findIndex((candidate) => candidate.id === section.id);
  const next = nextSectionId(section.id);
  const previous = previousSectionId(section.id);
  const nextHref = next ? paths.section.to(assessment.id, next) : paths.assessment.to(assessment.id);
  const title = tc(sectionKeys(section.id).title);
  const { errors, submitCount } = form.formState;
  const questionNumber = (questionId: string) => questions.findIndex((question) => question.id === questionId) + 1;
  const summary: ErrorSummaryItem[] = questions.flatMap((question, index) =>
    flattenErrors(errors[question.id]).map((error) => ({
      fieldId: fieldDomId(question.id, error.path),
      message: t('section.errorInQuestion', {
        number: index + 1,
        message: t(error.messageKey, errorParams(question, error.path, t, tc)),
      }),
    })),
  );

  const saveAndContinue = form.handleSubmit(() => leave(nextHref));

  return (
    <>
      <Link href={paths.assessment.to(assessment.id)} className="back-link">
        {t('common.backToTaskList')}
      </Link>
      <PageHeading
        title={`${title} – ${describeAssessment(t, assessment)}`}
        caption={t('section.caption', { number: sectionIndex + 1, total: questionnaire.sections.length })}
      >
        {title}
      </PageHeading>
      <p className="lead">{tc(sectionKeys(section.id).description)}</p>
      <p className="hint">{t('section.autosaveHint', { count: questions.length })}</p>
      <form noValidate onSubmit={(event) => void saveAndContinue(event)} onBlur={onBlur}>
        <ErrorSummary items={summary} submitCount={submitCount} />
        {submitCount > 0 && summary.length > 0 ? (
          <div className="continue-with-drafts">
            <p className="hint">{t('section.errorsKeptHint')}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void leave(nextHref, { keepDrafts: true })}
            >
              {t('section.continueWithDrafts')}
            </button>
          </div>
        ) : null}
        {block ? (
          <LeavePanel
            block={block}
            questionNumber={questionNumber}
            onStay={() => {
              dismiss();
              const first = questions.find((question) => invalidQuestionIds.has(question.id));
              if (first) {
                void form.trigger(first.id);
                document.getElementById(`question-${first.id}`)?.scrollIntoView({ block: 'start' });
              }
            }}
            onLeave={() => void leave(block.href, { keepDrafts: true })}
            onRetry={() => void leave(block.href)}
          />
        ) : null}
        {questions.map((question, index) => (
          <QuestionField
            key={question.id}
            question={question}
            number={index + 1}
            unitType={assessment.profile.unitType}
            form={form}
            remoteChange={remoteChanges.get(question.id)}
            suggestion={suggestions?.get(question.id)}
          />
        ))}
        <SaveStatusMessage status={status} invalidCount={invalidQuestionIds.size} />
        <div className="button-group">
          <button type="submit" className="button">
            {next ? t('section.saveAndContinue') : t('section.saveAndFinish')}
          </button>
          {previous ? (
            <Link href={paths.section.to(assessment.id, previous)} className="button button--secondary">
              {t('section.previous')}
            </Link>
          ) : null}
        </div>
      </form>
    </>
  );
}
