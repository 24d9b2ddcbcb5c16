import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PlanItem } from '../../assessment/plan-item-schema';
import { useFormat } from '../../i18n/use-format';
import type { Answer } from '../../questionnaire/answer-schema';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import { findQuestion } from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import type { RemediationItem } from '../../scoring/remediation';
import { StatusTag } from '../../ui/status-tag';
import { LegalBasis } from '../legal-basis';
import { describeImprovement } from '../../wording/answers';
import { describeDeadline } from '../../wording/deadline';
import { todayIso } from '../today';
import { PlanItemForm } from './plan-item-form';

const PRIORITY_TONE = { high: 'red', medium: 'blue', low: 'grey' } as const;

/**
 * One action of the plan: what to do, why (legal basis, the state that closes the gap), who, the national date (an aim
 * or a legal deadline, overdue once passed), and the unit's own follow-up.
 */
export function PlanItemCard({
  assessmentId,
  item,
  planItem,
  answer,
}: {
  assessmentId: string;
  item: RemediationItem;
  planItem: PlanItem | undefined;
  answer: Answer | undefined;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const keys = questionKeys(item.questionId);
  const question = findQuestion(item.questionId)?.question;
  const headingId = `plan-item-${item.questionId}`;
  return (
    <article className="card plan-item" aria-labelledby={headingId}>
      <p className="plan-item__tags">
        <StatusTag tone={PRIORITY_TONE[item.priority]}>{t(`plan.priorities.${item.priority}`)}</StatusTag>{' '}
        {item.isCritical ? <StatusTag tone="red">{t('plan.critical')}</StatusTag> : null}
      </p>
      <h3 id={headingId} className="card__title">
        {tc(keys.action)}
      </h3>
      <dl className="summary-list">
        <div>
          <dt>{t('plan.question')}</dt>
          <dd>
            <Link href={paths.section.to(assessmentId, item.sectionId, item.questionId)}>{tc(keys.label)}</Link> (
            {tc(sectionKeys(item.sectionId).title)})
          </dd>
        </div>
        {question && item.improvement ? (
          <div>
            <dt>{t('plan.gap')}</dt>
            <dd>{describeImprovement(t, tc, format, question, item.improvement, answer)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('plan.role')}</dt>
          <dd>{t(`roles.${item.role}`)}</dd>
        </div>
        {item.deadline ? (
          <div>
            <dt>{t('plan.nationalDeadline')}</dt>
            <dd>{describeDeadline(t, format, item.deadline, item.deadlineKind, todayIso())}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('plan.gain')}</dt>
          <dd>{t('plan.gainValue', { points: format.number(item.impact) })}</dd>
        </div>
      </dl>
      <LegalBasis references={item.legalBasis} />
      <PlanItemForm assessmentId={assessmentId} questionId={item.questionId} item={planItem} />
    </article>
  );
}
