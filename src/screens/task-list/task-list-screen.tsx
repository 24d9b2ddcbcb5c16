import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import {
  measureProgress,
  measureSectionProgress,
  percentDone,
  statusOf,
  type SectionStatus,
} from '../../assessment/progress';
import { useFormat } from '../../i18n/use-format';
import { sectionKeys } from '../../questionnaire/content-keys';
import { questionnaire } from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import { useAssessmentWithPlan } from '../../storage/use-assessments';
import { PageHeading } from '../../ui/page-heading';
import { ProgressBar } from '../../ui/progress-bar';
import { StatusTag } from '../../ui/status-tag';
import { describeAssessment, describePeriod, describeUnit } from '../assessment-labels';
import { ConsensusNotice } from '../consensus/consensus-notice';
import { NotFoundScreen } from '../not-found-screen';
import { SampleBanner } from '../sample/sample-badge';
import { SampleReset } from '../sample/sample-reset';
import { AssessmentFiles } from '../files/assessment-files';
import { ReportActions } from '../results/report-actions';
import { UpgradeNotice } from '../upgrade/upgrade-notice';
import { WorkbenchTaskListLink } from '../security-level/workbench-link';

const STATUS_TONE: Record<SectionStatus, 'grey' | 'blue' | 'green'> = {
  'not-started': 'grey',
  'in-progress': 'blue',
  completed: 'green',
};

export function TaskListScreen() {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const loaded = useAssessmentWithPlan(assessmentId);
  if (loaded === undefined) return <p role="status">{t('common.loading')}</p>;
  if (loaded === null) return <NotFoundScreen />;
  const { assessment, answers } = loaded;
  const { profile } = assessment;
  const overall = measureProgress(questionnaire.sections, profile.unitType, answers);
  const resume = assessment.resumeAt;

  return (
    <>
      <Link href={paths.home.to()} className="back-link">
        {t('common.backToList')}
      </Link>
      <PageHeading title={describeAssessment(t, assessment)} caption={t('taskList.caption')}>
        {describeAssessment(t, assessment)}
      </PageHeading>
      <SampleBanner assessment={assessment} />
      <dl className="summary-list">
        <div>
          <dt>{t('list.unit')}</dt>
          <dd>{describeUnit(t, profile)}</dd>
        </div>
        <div>
          <dt>{t('list.period')}</dt>
          <dd>{describePeriod(t, profile)}</dd>
        </div>
        <div>
          <dt>{t('taskList.assessor')}</dt>
          <dd>
            {profile.assessorName}, {profile.assessorRole}
          </dd>
        </div>
        <div>
          <dt>{t('taskList.contentVersion')}</dt>
          <dd>
            {t('taskList.contentVersionValue', {
              version: assessment.questionnaireVersion,
              date: format.date(questionnaire.legalAsOf),
            })}
          </dd>
        </div>
      </dl>
      <p>
        <Link href={paths.profile.to(assessment.id)}>{t('taskList.editProfile')}</Link>
      </p>
      <UpgradeNotice assessment={assessment} answers={answers} />
      <ConsensusNotice assessment={assessment} />
      <ProgressBar
        percent={percentDone(overall)}
        label={t('progress.answered', { answered: overall.answered, total: overall.total })}
      />
      {resume ? (
        <p>
          <Link href={paths.section.to(assessment.id, resume.sectionId, resume.questionId)} className="button">
            {t('taskList.continue', { section: tc(sectionKeys(resume.sectionId).title) })}
          </Link>
        </p>
      ) : null}
      <p className="button-group">
        <Link href={paths.results.to(assessment.id)} className="button button--secondary">
          {t('taskList.results')}
        </Link>
        <Link href={paths.plan.to(assessment.id)} className="button button--secondary">
          {t('taskList.plan')}
        </Link>
        <Link href={paths.sendQr.to(assessment.id)} className="button button--secondary">
          {t('taskList.sendQr')}
        </Link>
        <Link href={paths.paperEntry.to(assessment.id)} className="button button--secondary">
          {t('taskList.paperEntry')}
        </Link>
        <WorkbenchTaskListLink assessmentId={assessment.id} />
      </p>
      <h2 className="heading-m">{t('taskList.sectionsHeading')}</h2>
      <ol className="task-list">
        {questionnaire.sections.map((section, index) => {
          const progress = measureSectionProgress(section, profile.unitType, answers);
          const status = statusOf(progress);
          const statusId = `status-${section.id}`;
          return (
            <li key={section.id} className="task-list__item">
              <div className="task-list__name">
                <Link href={paths.section.to(assessment.id, section.id)} aria-describedby={statusId}>
                  {index + 1}. {tc(sectionKeys(section.id).title)}
                </Link>
                <span className="task-list__count">
                  {t('progress.answered', { answered: progress.answered, total: progress.total })}
                </span>
              </div>
              <span id={statusId} className="task-list__status">
                <StatusTag tone={STATUS_TONE[status]}>{t(`status.${status}`)}</StatusTag>
              </span>
            </li>
          );
        })}
      </ol>
      <ReportActions assessmentId={assessment.id} />
      <AssessmentFiles loaded={loaded} />
      <SampleReset assessment={assessment} />
    </>
  );
}
