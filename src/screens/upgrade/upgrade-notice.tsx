/**
 * Shown on the task list of an assessment that was answered under an older content version and upgraded: what was
 * kept, what to check, and the new questions still to answer, each a link. Closed by the person; it does not come
 * back (the list of new questions stays reachable through the sections).
 */
import { Suspense, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Assessment } from '../../assessment/assessment-schema';
import { questionTextsReady } from '../../i18n/i18n';
import type { Answer } from '../../questionnaire/answer-schema';
import type { Question, Section } from '../../questionnaire/content-schema';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import { listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import { listQuestionsNewSince } from '../../questionnaire/upgrade/upgrade-records';
import { paths } from '../../paths';
import { closeUpgradeNotice } from '../../storage/assessments';
import { BusyButton, useBusyAction } from '../../ui/busy-button';
import { listRetiredAnswers } from './retired-answers';

export function UpgradeNotice({
  assessment,
  answers,
}: {
  assessment: Assessment;
  answers: ReadonlyMap<string, Answer>;
}) {
  const { t } = useTranslation();
  const busy = useBusyAction();
  const [closeFailed, setCloseFailed] = useState(false);
  const close = async () => {
    setCloseFailed(false);
    // The notice only informs: if it cannot be stored as closed, it stays, and the person is told why.
    await closeUpgradeNotice(assessment.id).catch(() => setCloseFailed(true));
  };
  const from = assessment.upgradedFrom;
  if (!from || assessment.upgradeNoticeClosedAt) return null;
  const fresh = new Set(listQuestionsNewSince(from.version, questionnaire));
  const unitType = assessment.profile.unitType;
  const toAnswer = questionnaire.sections
    .map((section) => ({
      section,
      questions: listApplicableQuestions(section, unitType).filter(
        (question) => fresh.has(question.id) && answers.get(question.id)?.response === undefined,
      ),
    }))
    .filter((group) => group.questions.length > 0);
  const retiredCount = listRetiredAnswers(answers).length;
  const headingId = `upgrade-notice-${assessment.id}`;

  return (
    <section className="notice upgrade-notice" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading-s">
        {t('upgrade.heading', { version: assessment.questionnaireVersion })}
      </h2>
      <p>{t('upgrade.kept', { from: from.version })}</p>
      {retiredCount > 0 ? <p>{t('upgrade.retired', { count: retiredCount })}</p> : null}
      {from.unitTypeInferred ? (
        <p>
          {t('upgrade.unitTypeInferred', { unitType: t(`unitTypes.${unitType}.name`) })}{' '}
          <Link href={paths.profile.to(assessment.id)}>{t('taskList.editProfile')}</Link>
        </p>
      ) : null}
      {toAnswer.length > 0 ? (
        <>
          <p>
            {t('upgrade.newQuestions', { count: toAnswer.reduce((sum, group) => sum + group.questions.length, 0) })}
          </p>
          {/* The questions' names load with this list: the task list itself shows none (issue 11). */}
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <NewQuestionLinks assessmentId={assessment.id} groups={toAnswer} />
          </Suspense>
        </>
      ) : (
        <p>{t('upgrade.noNewQuestions')}</p>
      )}
      <BusyButton busy={busy} onAction={close} className="button button--secondary" busyLabel={t('upgrade.closing')}>
        {t('upgrade.close')}
      </BusyButton>
      {closeFailed ? (
        <p className="error-message" role="alert">
          {t('upgrade.closeFailed')}
        </p>
      ) : null}
    </section>
  );
}

function NewQuestionLinks({
  assessmentId,
  groups,
}: {
  assessmentId: string;
  groups: { section: Section; questions: Question[] }[];
}) {
  const { t: tc } = useTranslation('questionnaire');
  use(questionTextsReady(groups.map((group) => group.section.id)));
  return (
    <ul className="upgrade-notice__list">
      {groups.map(({ section, questions }) => (
        <li key={section.id}>
          {tc(sectionKeys(section.id).title)}:{' '}
          {questions.map((question, index) => (
            <span key={question.id}>
              {index > 0 ? '; ' : null}
              <Link href={paths.section.to(assessmentId, section.id, question.id)}>
                {tc(questionKeys(question.id).label)}
              </Link>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
