import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { questionKeys } from '../../questionnaire/content-keys';
import { findQuestion } from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import { useAssessment } from '../../storage/use-assessments';
import { PageHeading } from '../../ui/page-heading';
import { orderForDiscussion } from '../../workshop/consensus/classify';
import { listConsensusQuestionIds } from '../../workshop/consensus/merge';
import { describeAssessment } from '../assessment-labels';
import { NotFoundScreen } from '../not-found-screen';
import { DifferenceItem } from './difference-item';
import { MemberAnswers, useDescribeResponse } from './member-answers';
import type { ConsensusQuestion } from '../../assessment/consensus-schema';
import type { Question } from '../../questionnaire/content-schema';
import './consensus.css';

function AgreedRow({ question, record }: { question: Question; record: ConsensusQuestion }) {
  const { t: tc } = useTranslation('questionnaire');
  const describe = useDescribeResponse(question);
  return (
    <li>
      <strong>{tc(questionKeys(question.id).label)}</strong>: {describe(record.response)}
    </li>
  );
}

/**
 * Consensus for one unit (issue 13), the discussion: the questions the members answered differently come first,
 * each with every member's answer and note and the group's choice; then those only some answered, then (collapsed)
 * those all agreed on. It also serves as the record of who answered what, linked from the merged assessment.
 */
export function ConsensusDiscussionScreen() {
  use(screenTextsReady('consensus'));
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const loaded = useAssessment(assessmentId);
  if (loaded === undefined) return <p role="status">{t('common.loading')}</p>;
  if (loaded === null) return <NotFoundScreen />;
  const { assessment } = loaded;
  const record = assessment.consensus;
  const title = describeAssessment(t, assessment);
  if (!record) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <p>{t('consensus.discussion.notConsensus')}</p>
      </>
    );
  }
  const { members } = record;
  const ordered = orderForDiscussion(
    record.questions,
    members.length,
    listConsensusQuestionIds(assessment.profile.unitType),
  ).flatMap((item) => {
    const question = findQuestion(item.question.questionId)?.question;
    return question ? [{ ...item, definition: question }] : [];
  });
  const differences = ordered.filter(({ agreement }) => agreement === 'differs');
  const partial = ordered.filter(({ agreement }) => agreement === 'partial');
  const agreed = ordered.filter(({ agreement }) => agreement === 'agreed');
  const notesOnly = ordered.filter(({ agreement }) => agreement === 'unanswered');
  const decided = differences.filter(({ question }) => question.outcome === 'decided').length;

  return (
    <>
      <Link href={paths.home.to()} className="back-link">
        {t('common.backToList')}
      </Link>
      <PageHeading title={title} caption={t('consensus.discussion.caption')}>
        {title}
      </PageHeading>
      <p className="lead">
        {t('consensus.discussion.members', {
          count: members.length,
          formatted: format.number(members.length),
          names: members.map(({ name }) => name).join(', '),
        })}
      </p>
      <p role="status">
        {differences.length > 0 && decided === differences.length
          ? t('consensus.discussion.allDecided')
          : t('consensus.discussion.progress', {
              decided: format.number(decided),
              total: format.number(differences.length),
            })}
      </p>
      <div className="button-group">
        <Link href={paths.assessment.to(assessment.id)} className="button button--secondary">
          {t('consensus.discussion.openAssessment')}
        </Link>
        <Link href={paths.results.to(assessment.id)} className="button button--secondary">
          {t('consensus.discussion.openResults')}
        </Link>
      </div>

      <h2>{t('consensus.discussion.differencesHeading')}</h2>
      {differences.length === 0 ? <p>{t('consensus.discussion.noDifferences')}</p> : null}
      {differences.map(({ question, groups, definition }) => (
        <DifferenceItem
          key={question.questionId}
          assessmentId={assessment.id}
          question={definition}
          record={question}
          groups={groups}
          members={members}
        />
      ))}

      {partial.length > 0 ? (
        <>
          <h2>{t('consensus.discussion.partialHeading')}</h2>
          <p>{t('consensus.discussion.partialIntro')}</p>
          {partial.map(({ question, definition }) => (
            <section key={question.questionId} className="consensus-item" aria-labelledby={`partial-${definition.id}`}>
              <h3 id={`partial-${definition.id}`} className="heading-s">
                {tc(questionKeys(definition.id).label)}
              </h3>
              <MemberAnswers question={definition} record={question} members={members} />
            </section>
          ))}
        </>
      ) : null}

      {agreed.length > 0 ? (
        <details className="details">
          <summary className="details__summary">
            {t('consensus.discussion.agreedHeading', {
              count: agreed.length,
              formatted: format.number(agreed.length),
            })}
          </summary>
          <ul className="details__body">
            {agreed.map(({ question, definition }) => (
              <AgreedRow key={question.questionId} question={definition} record={question} />
            ))}
          </ul>
        </details>
      ) : null}

      {notesOnly.length > 0 ? (
        <>
          <h2>{t('consensus.discussion.notesOnlyHeading')}</h2>
          {notesOnly.map(({ question, definition }) => (
            <section key={question.questionId} className="consensus-item" aria-labelledby={`notes-${definition.id}`}>
              <h3 id={`notes-${definition.id}`} className="heading-s">
                {tc(questionKeys(definition.id).label)}
              </h3>
              <MemberAnswers question={definition} record={question} members={members} />
            </section>
          ))}
        </>
      ) : null}
    </>
  );
}
