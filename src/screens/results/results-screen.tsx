import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { questionnaire } from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import { scoreAssessment } from '../../scoring/score-assessment';
import { useAssessment } from '../../storage/use-assessments';
import { PageHeading } from '../../ui/page-heading';
import { describeAssessment } from '../assessment-labels';
import { ConsensusNotice } from '../consensus/consensus-notice';
import { NotFoundScreen } from '../not-found-screen';
import { SampleBanner } from '../sample/sample-badge';
import { todayIso } from '../today';
import { CriticalGapsList } from './critical-gaps-list';
import { FrameTables } from './frame-tables';
import { ReportActions } from './report-actions';
import { RetiredAnswers } from '../upgrade/retired-answers';
import { ScoreExplanation } from './score-explanation';
import { ScoreSummary } from './score-summary';
import { SectionChart } from './section-chart';
import { TargetTable } from './target-table';

export function ResultsScreen() {
  const { t } = useTranslation();
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const loaded = useAssessment(assessmentId);
  const score = useMemo(
    () =>
      loaded
        ? scoreAssessment(questionnaire, loaded.assessment.profile.unitType, loaded.answers, todayIso())
        : undefined,
    [loaded],
  );
  if (loaded === undefined) return <p role="status">{t('common.loading')}</p>;
  if (loaded === null || !score) return <NotFoundScreen />;
  const { assessment, answers } = loaded;
  return (
    <>
      <Link href={paths.assessment.to(assessment.id)} className="back-link">
        {t('common.backToTaskList')}
      </Link>
      <PageHeading
        title={`${t('results.title')} – ${describeAssessment(t, assessment)}`}
        caption={describeAssessment(t, assessment)}
      >
        {t('results.title')}
      </PageHeading>
      <SampleBanner assessment={assessment} />
      <ConsensusNotice assessment={assessment} />
      <ScoreSummary score={score} />
      <p>
        <Link href={paths.plan.to(assessment.id)} className="button">
          {t('results.openPlan')}
        </Link>
      </p>
      <h2>{t('results.sectionsHeading')}</h2>
      <SectionChart sections={score.sections} />
      <h2>{t('results.criticalGapsHeading')}</h2>
      <CriticalGapsList assessmentId={assessment.id} gaps={score.criticalGaps} />
      {score.targets.length ? <h2>{t('results.targetsHeading')}</h2> : null}
      <TargetTable targets={score.targets} />
      <h2>{t('results.frames.heading')}</h2>
      <FrameTables score={score} />
      <h2>{t('results.whyHeading')}</h2>
      <p className="hint">{t('results.whyIntro')}</p>
      <ScoreExplanation assessmentId={assessment.id} sections={score.sections} answers={answers} />
      <RetiredAnswers answers={answers} />
      <p className="hint">{t('results.methodologyNote')}</p>
      <ReportActions assessmentId={assessment.id} />
    </>
  );
}
