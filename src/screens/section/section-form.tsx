import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import '../../zod-config';
import { z } from 'zod';
import type { Assessment } from '../../assessment/assessment-schema';
import { answerDraftSchema, draftFromAnswer } from '../../questionnaire/answer-draft';
import type { Answer } from '../../questionnaire/answer-schema';
import { sectionKeys } from '../../questionnaire/content-keys';
import type { Section } from '../../questionnaire/content-schema';
import {
  listApplicableQuestions,
  nextSectionId,
  previousSectionId,
  questionnaire,
} from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import { saveResumePoint } from '../../storage/answers';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/error-summary';
import { PageHeading } from '../../ui/page-heading';
import { describeAssessment } from '../assessment-labels';
import { QuestionField } from './question-field';
import { errorParams, fieldDomId, flattenErrors } from './question-errors';
import { SaveStatusMessage } from './save-status';
import { todayIso } from '../today';
import { useAutosave, type SectionValues } from './use-autosave';

export function SectionForm({
  assessment,
  initialAnswers,
  liveAnswers,
  section,
}: {
  assessment: Assessment;
  initialAnswers: ReadonlyMap<string, Answer>;
  /** The stored answers as they change (other tabs included); the form starts from `initialAnswers`. */
  liveAnswers: ReadonlyMap<string, Answer>;
  section: Section;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const [, navigate] = useLocation();
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
      questions.map((question) => [question.id, draftFromAnswer(initialAnswers.get(question.id))]),
    ),
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  const { status, invalidQuestionIds, remoteChanges, flush } = useAutosave({
    form,
    questions,
    initialAnswers,
    liveAnswers,
    assessmentId: assessment.id,
    sectionId: section.id,
  });

  useEffect(() => {
    void saveResumePoint(assessment.id, { sectionId: section.id }).catch(() => undefined);
    // Client-side rendering means the browser cannot scroll to #question-… by itself.
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView({ block: 'start' });
  }, [assessment.id, section.id]);

  const sectionIndex = questionnaire.sections.findIndex((candidate) => candidate.id === section.id);
  const next = nextSectionId(section.id);
  const previous = previousSectionId(section.id);
  const title = tc(sectionKeys(section.id).title);
  const { errors, submitCount } = form.formState;
  const summary: ErrorSummaryItem[] = questions.flatMap((question) =>
    flattenErrors(errors[question.id]).map((error) => ({
      fieldId: fieldDomId(question.id, error.path),
      message: t(error.messageKey, errorParams(question, error.path, t, tc)),
    })),
  );

  const saveAndContinue = form.handleSubmit(async () => {
    await flush();
    navigate(next ? paths.section.to(assessment.id, next) : paths.assessment.to(assessment.id));
  });

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
      <form noValidate onSubmit={(event) => void saveAndContinue(event)}>
        <ErrorSummary items={summary} submitCount={submitCount} />
        {questions.map((question, index) => (
          <QuestionField
            key={question.id}
            question={question}
            number={index + 1}
            form={form}
            remoteChange={remoteChanges.get(question.id)}
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
