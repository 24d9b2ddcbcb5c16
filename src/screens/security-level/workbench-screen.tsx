/**
 * The security-by-level workbench (issue 14): what it is for, every system of the security section's inventory with
 * its levels, the rules it follows and what is next, and the way to each system's pages and to the unit's calendar.
 * Systems the unit only uses are listed apart: their owner classifies them.
 *
 * Texts: locales/<language>/screen-security-workbench.json, and the law's in screen-security-law.json.
 */
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { useFormat } from '../../i18n/use-format';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { INVENTORY_QUESTION_ID } from '../../security-level/inventory';
import { securityLaw } from '../../security-level/law/law-version';
import { workbenchSystems } from '../../security-level/workbench-systems';
import { useSecurityWorkbench } from '../../storage/use-system-security';
import { PageHeading } from '../../ui/page-heading';
import { describeAssessment } from '../assessment-labels';
import { NotFoundScreen } from '../not-found-screen';
import { todayIso } from '../today';
import { WorkbenchSystemCard } from './workbench-system-card';

export function SecurityWorkbenchScreen() {
  use(screenTextsReady('security-workbench'));
  use(screenTextsReady('security-law'));
  const { t } = useTranslation();
  const format = useFormat();
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const data = useSecurityWorkbench(assessmentId);
  if (data === undefined) return <p role="status">{t('common.loading')}</p>;
  if (data === null) return <NotFoundScreen />;
  const { assessment, answers, systems: records } = data;
  const { classified, usedOnly } = workbenchSystems({
    answers,
    records,
    today: todayIso(),
    now: new Date().toISOString(),
  });
  const inventoryPath = paths.section.to(assessment.id, 'security', INVENTORY_QUESTION_ID);
  const title = t('securityWorkbench.overview.title');
  return (
    <>
      <Link href={paths.assessment.to(assessment.id)} className="back-link">
        {t('securityWorkbench.overview.back')}
      </Link>
      <PageHeading title={title} caption={describeAssessment(t, assessment)}>
        {title}
      </PageHeading>
      <p className="lead">{t('securityWorkbench.overview.intro')}</p>
      <p>{t('securityWorkbench.overview.intro2')}</p>
      <p className="hint">{t('securityWorkbench.overview.lawAsOf', { date: format.date(securityLaw.asOf) })}</p>
      <p className="button-group">
        <Link href={paths.securityCalendar.to(assessment.id)} className="button button--secondary">
          {t('securityWorkbench.overview.calendar')}
        </Link>
        <Link href={inventoryPath}>{t('securityWorkbench.overview.editInventory')}</Link>
      </p>
      {classified.length === 0 && usedOnly.length === 0 ? (
        <section aria-labelledby="workbench-empty" className="notice">
          <h2 id="workbench-empty" className="heading-m">
            {t('securityWorkbench.overview.emptyHeading')}
          </h2>
          <p>{t('securityWorkbench.overview.empty')}</p>
          <p>
            <Link href={inventoryPath} className="button">
              {t('securityWorkbench.overview.emptyLink')}
            </Link>
          </p>
        </section>
      ) : null}
      {classified.length > 0 ? (
        <section aria-labelledby="workbench-classified">
          <h2 id="workbench-classified" className="heading-m">
            {t('securityWorkbench.overview.classifiedHeading')}
          </h2>
          <ul className="card-list">
            {classified.map((system) => (
              <WorkbenchSystemCard key={system.row.id} assessmentId={assessment.id} system={system} />
            ))}
          </ul>
        </section>
      ) : null}
      {usedOnly.length > 0 ? (
        <section aria-labelledby="workbench-used">
          <h2 id="workbench-used" className="heading-m">
            {t('securityWorkbench.overview.usedHeading')}
          </h2>
          <p>{t('securityWorkbench.overview.usedIntro')}</p>
          <ul className="card-list">
            {usedOnly.map((system) => (
              <WorkbenchSystemCard key={system.row.id} assessmentId={assessment.id} system={system} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
