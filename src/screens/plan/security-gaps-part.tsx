import { use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { paths } from '../../paths';
import type { BaselineGap } from '../../security-level/baseline-gaps';
import { lawKeys } from '../../security-level/law/law-keys';
import { useSecurityWorkbench } from '../../storage/use-system-security';
import { StatusTag } from '../../ui/status-tag';
import { LegalBasis } from '../legal-basis';
import { workbenchGaps } from '../security-level/baseline-levels';
import { todayIso } from '../today';

const PRIORITY_TONE = { high: 'red', medium: 'blue', low: 'grey' } as const;

/**
 * "Security measures of your systems": the baseline self-check's gaps (security-level/baseline-gaps.ts), after the
 * questionnaire's actions, each linking to its system's self-check, where its owner and due date are edited. Shown
 * only when there is one; the score does not count them.
 */
export function SecurityGapsPart({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  use(screenTextsReady('security-baseline'));
  use(screenTextsReady('security-law'));
  const data = useSecurityWorkbench(assessmentId);
  const gaps = useMemo(() => (data ? workbenchGaps(data, todayIso()) : []), [data]);
  if (gaps.length === 0) return null;
  return (
    <section aria-labelledby="plan-group-security">
      <h2 id="plan-group-security">{t('securityBaseline.plan.heading', { count: gaps.length })}</h2>
      <p className="hint">{t('securityBaseline.plan.intro')}</p>
      <ul className="card-list">
        {gaps.map((gap) => (
          <li key={`${gap.systemId}/${gap.groupId}`}>
            <SecurityGapCard assessmentId={assessmentId} gap={gap} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SecurityGapCard({ assessmentId, gap }: { assessmentId: string; gap: BaselineGap }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `plan-security-${gap.systemId}-${gap.groupId}`;
  const notSet = <span className="hint">{t('securityBaseline.plan.notSet')}</span>;
  return (
    <article className="card plan-item" aria-labelledby={headingId}>
      <p className="plan-item__tags">
        <StatusTag tone={PRIORITY_TONE[gap.priority]}>{t(`plan.priorities.${gap.priority}`)}</StatusTag>{' '}
        {gap.confirmation === 'confirmed' ? null : (
          <StatusTag tone="grey">{t(lawKeys.confirmation(gap.confirmation))}</StatusTag>
        )}
      </p>
      <h3 id={headingId} className="card__title">
        {t(lawKeys.requirementGroup(gap.groupId).name)}
      </h3>
      <dl className="summary-list">
        <div>
          <dt>{t('securityBaseline.plan.system')}</dt>
          <dd>
            {gap.systemName} ({t('securityBaseline.plan.level', { level: gap.level })})
          </dd>
        </div>
        <div>
          <dt>{t('securityBaseline.plan.status')}</dt>
          <dd>{t(`securityBaseline.statuses.${gap.status}`)}</dd>
        </div>
        <div>
          <dt>{t('securityBaseline.plan.owner')}</dt>
          <dd>{gap.owner ?? notSet}</dd>
        </div>
        <div>
          <dt>{t('securityBaseline.plan.dueOn')}</dt>
          <dd>{gap.dueOn ? format.date(gap.dueOn) : notSet}</dd>
        </div>
      </dl>
      <LegalBasis references={gap.legalBasis} />
      <p>
        <Link href={paths.securityBaseline.to(assessmentId, gap.systemId)}>
          {t('securityBaseline.plan.openSelfCheck', { system: gap.systemName })}
        </Link>
      </p>
    </article>
  );
}
