import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { questionTextsReady, screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { findInventoryRow } from '../../security-level/inventory';
import { lawKeys } from '../../security-level/law/law-keys';
import { requirementGroupsFor } from '../../security-level/law/requirement-groups';
import { emptySystemSecurity } from '../../security-level/system-security-schema';
import { classifyWorkbenchSystem } from '../../security-level/workbench-systems';
import { useSecurityWorkbench } from '../../storage/use-system-security';
import { PageHeading } from '../../ui/page-heading';
import { describeAssessment } from '../assessment-labels';
import { NotFoundScreen } from '../not-found-screen';
import { SampleBanner } from '../sample/sample-badge';
import { todayIso } from '../today';
import { BaselineForm } from './baseline-form';

/**
 * The baseline self-check of one system (issue 14, item 3): the requirement groups of its proposed level and
 * regime, each met / partly / not met / not applicable with evidence, a gap with its owner and due date (they become
 * items of the remediation plan). Without a level yet, it sends the person to the classification.
 */
export function BaselineScreen() {
  const { t } = useTranslation();
  use(screenTextsReady('security-baseline'));
  use(screenTextsReady('security-law'));
  use(questionTextsReady(['security']));
  const { assessmentId = '', systemId = '' } = useParams<{ assessmentId: string; systemId: string }>();
  const data = useSecurityWorkbench(assessmentId);
  if (data === undefined) return <p role="status">{t('common.loading')}</p>;
  if (data === null) return <NotFoundScreen />;
  const { assessment } = data;
  const row = findInventoryRow(data.answers, systemId);
  const back = (
    <Link href={paths.securityWorkbench.to(assessment.id)} className="back-link">
      {t('securityBaseline.backToWorkbench')}
    </Link>
  );
  if (!row) {
    return (
      <>
        {back}
        <PageHeading title={t('securityBaseline.title')}>{t('securityBaseline.title')}</PageHeading>
        <p>{t('securityBaseline.systemNotFound')}</p>
      </>
    );
  }
  const today = todayIso();
  const liveRecord = data.systems.get(systemId);
  const result = classifyWorkbenchSystem(
    liveRecord ?? emptySystemSecurity(systemId, `${today}T00:00:00.000Z`),
    row,
    today,
  );
  const title = t('securityBaseline.title');
  const heading = (
    <PageHeading title={`${title} – ${row.name} – ${describeAssessment(t, assessment)}`} caption={row.name}>
      {title}
    </PageHeading>
  );
  if (!result.level) {
    return (
      <>
        {back}
        {heading}
        <SampleBanner assessment={assessment} />
        <p>{t('securityBaseline.noLevel')}</p>
        <p>
          <Link href={paths.securityClassification.to(assessment.id, systemId)} className="button">
            {t('securityBaseline.toClassification')}
          </Link>
        </p>
      </>
    );
  }
  const regime = result.regime.regime;
  const groups = requirementGroupsFor(regime, result.level);
  return (
    <>
      {back}
      {heading}
      <SampleBanner assessment={assessment} />
      <p className="lead">{t('securityBaseline.intro')}</p>
      <p>{t('securityBaseline.levelAndRegime', { level: result.level, regime: t(lawKeys.regime(regime).name) })}</p>
      {groups.length === 0 ? (
        <p>{t('securityBaseline.noGroups')}</p>
      ) : (
        <BaselineForm
          // The form reads the record once, when it mounts: later live changes never reset what is typed. A new
          // level or regime means other groups: the form starts again from what is stored.
          key={`${assessmentId}/${systemId}/${regime}/${result.level}`}
          assessmentId={assessment.id}
          row={row}
          groups={groups}
          initialRecord={liveRecord}
          liveRecord={liveRecord}
        />
      )}
    </>
  );
}
