/**
 * The classification of one system of the inventory (issue 14, item 1): a short guided set of questions, prefilled
 * from the inventory row, and the proposed level with every criterion that led there, the rules that apply today, the
 * warnings, and what is still missing. The level is written into the inventory only when the unit says so.
 *
 * Texts: locales/<language>/screen-security-workbench.json, and the law's in screen-security-law.json.
 */
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { findInventoryRow } from '../../security-level/inventory';
import { useSecurityWorkbench } from '../../storage/use-system-security';
import { PageHeading } from '../../ui/page-heading';
import { NotFoundScreen } from '../not-found-screen';
import { todayIso } from '../today';
import { ClassificationForm } from './classification-form';

export function ClassificationScreen() {
  use(screenTextsReady('security-workbench'));
  use(screenTextsReady('security-law'));
  const { t } = useTranslation();
  const { assessmentId = '', systemId = '' } = useParams<{ assessmentId: string; systemId: string }>();
  const data = useSecurityWorkbench(assessmentId);
  if (data === undefined) return <p role="status">{t('common.loading')}</p>;
  if (data === null) return <NotFoundScreen />;
  const back = (
    <Link href={paths.securityWorkbench.to(assessmentId)} className="back-link">
      {t('securityWorkbench.classification.back')}
    </Link>
  );
  const row = findInventoryRow(data.answers, systemId);
  if (!row) {
    const title = t('securityWorkbench.overview.title');
    return (
      <>
        {back}
        <PageHeading title={title}>{title}</PageHeading>
        <p>{t('securityWorkbench.classification.notFound')}</p>
      </>
    );
  }
  const title = t('securityWorkbench.classification.title', { name: row.name });
  return (
    <>
      {back}
      <PageHeading title={title} caption={t('securityWorkbench.classification.caption')}>
        {title}
      </PageHeading>
      <p className="lead">{t('securityWorkbench.classification.intro')}</p>
      <p>
        {row.role
          ? t('securityWorkbench.classification.role', { role: t(`inventory.role.${row.role}`) })
          : t('securityWorkbench.classification.roleNotStated')}
      </p>
      <p className="hint">{t('securityWorkbench.classification.prefilled')}</p>
      <ClassificationForm
        key={systemId}
        assessmentId={assessmentId}
        row={row}
        record={data.systems.get(systemId)}
        today={todayIso()}
      />
    </>
  );
}
