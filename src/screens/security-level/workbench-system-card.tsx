import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../paths';
import { lawKeys } from '../../security-level/law/law-keys';
import type { NextStep, WorkbenchSystem } from '../../security-level/workbench-systems';
import { StatusTag } from '../../ui/status-tag';

const STEP_TONE: Record<NextStep, 'grey' | 'blue' | 'green' | 'red'> = {
  'owner-classifies': 'grey',
  classify: 'grey',
  'finish-classification': 'blue',
  'record-level': 'blue',
  'prepare-dossier': 'blue',
  'dossier-in-progress': 'blue',
  'record-approval': 'blue',
  'level-differs': 'red',
  approved: 'green',
};

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The page the next step is done on: its link is the primary button of the card. */
const STEP_PAGE: Record<NextStep, 'classification' | 'dossier' | 'duties'> = {
  'owner-classifies': 'classification',
  classify: 'classification',
  'finish-classification': 'classification',
  'record-level': 'classification',
  'level-differs': 'classification',
  'prepare-dossier': 'dossier',
  'dossier-in-progress': 'dossier',
  'record-approval': 'dossier',
  approved: 'duties',
};

/** One system of the workbench: what it is, its levels, the rules it follows, what is next, and its pages. */
export function WorkbenchSystemCard({ assessmentId, system }: { assessmentId: string; system: WorkbenchSystem }) {
  const { t } = useTranslation();
  const { row, result, nextStep } = system;
  const headingId = `workbench-system-${row.id}`;
  const level = (value: string | undefined, none: string) =>
    value === undefined ? none : t('securityWorkbench.level', { level: value });
  const isUsedOnly = row.role === 'user';
  const linkClass = (page: (typeof STEP_PAGE)[NextStep]) =>
    STEP_PAGE[nextStep] === page ? 'button' : 'button button--secondary';
  const ofSystem = (
    <>
      {' '}
      <span className="visually-hidden">{t('securityWorkbench.overview.links.ofSystem', { name: row.name })}</span>
    </>
  );
  return (
    <li className="card">
      <h3 id={headingId} className="card__title">
        {row.name}
      </h3>
      <dl className="summary-list">
        <SummaryRow label={t('securityWorkbench.overview.fields.role')}>
          {row.role ? t(`inventory.role.${row.role}`) : t('securityWorkbench.overview.roleNotStated')}
        </SummaryRow>
        <SummaryRow label={t('securityWorkbench.overview.fields.systemType')}>
          {t(`inventory.systemType.${row.systemType}`)}
        </SummaryRow>
        {isUsedOnly ? null : (
          <>
            <SummaryRow label={t('securityWorkbench.overview.fields.proposedLevel')}>
              {level(result.level, t('securityWorkbench.overview.noLevel'))}
            </SummaryRow>
            <SummaryRow label={t('securityWorkbench.overview.fields.recordedLevel')}>
              {level(row.proposedLevel, t('securityWorkbench.overview.notYet'))}
            </SummaryRow>
          </>
        )}
        <SummaryRow label={t('securityWorkbench.overview.fields.approvedLevel')}>
          {level(row.approvedLevel, t('securityWorkbench.overview.notYet'))}
        </SummaryRow>
        {isUsedOnly ? null : (
          <SummaryRow label={t('securityWorkbench.overview.fields.regime')}>
            {t(lawKeys.regime(result.regime.regime).short)}
          </SummaryRow>
        )}
        <SummaryRow label={t('securityWorkbench.overview.fields.nextStep')}>
          <StatusTag tone={STEP_TONE[nextStep]}>{t(`securityWorkbench.nextStep.${nextStep}`)}</StatusTag>
        </SummaryRow>
      </dl>
      {isUsedOnly ? null : (
        <nav aria-label={t('securityWorkbench.overview.links.label', { name: row.name })}>
          <p className="button-group">
            <Link href={paths.securityClassification.to(assessmentId, row.id)} className={linkClass('classification')}>
              {t('securityWorkbench.overview.links.classification')}
              {ofSystem}
            </Link>
            <Link href={paths.securityDossier.to(assessmentId, row.id)} className={linkClass('dossier')}>
              {t('securityWorkbench.overview.links.dossier')}
              {ofSystem}
            </Link>
            <Link href={paths.securityBaseline.to(assessmentId, row.id)} className="button button--secondary">
              {t('securityWorkbench.overview.links.baseline')}
              {ofSystem}
            </Link>
            <Link href={paths.securityDuties.to(assessmentId, row.id)} className={linkClass('duties')}>
              {t('securityWorkbench.overview.links.duties')}
              {ofSystem}
            </Link>
          </p>
        </nav>
      )}
    </li>
  );
}
