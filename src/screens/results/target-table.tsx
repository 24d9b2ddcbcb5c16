import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { nationalTargetKey } from '../../questionnaire/content-keys';
import type { NationalTarget } from '../../questionnaire/content-schema';
import { findQuestion, questionnaire } from '../../questionnaire/questionnaire';
import { TARGET_STATUS_KEYS, type TargetComparison, type TargetStatus } from '../../scoring/score-assessment';
import { StatusTag } from '../../ui/status-tag';
import { todayIso } from '../today';
import { describeDeadline } from '../../wording/deadline';

const TARGET_TONES: Readonly<Record<TargetStatus, 'green' | 'red' | 'grey'>> = {
  met: 'green',
  'not-met': 'red',
  'no-data': 'grey',
};

/**
 * Each national target that applies to the unit: what it asks, by when (an aim «Mục tiêu đến …», or a legal deadline,
 * overdue once passed), what the unit reached, met or not.
 */
function deadlineKindOf(targetId: string) {
  const targets: readonly NationalTarget[] = questionnaire.nationalTargets;
  return targets.find((target) => target.id === targetId)?.deadlineKind;
}

export function TargetTable({ targets }: { targets: readonly TargetComparison[] }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const reached = (target: TargetComparison) => {
    if (!target.reached) return t('results.answer.unanswered');
    if ('percent' in target.reached) return `${format.number(target.reached.percent)}%`;
    const question = findQuestion(target.questionId)?.question;
    return question ? t(`scales.${question.type}.${target.reached.optionId}`) : target.reached.optionId;
  };
  if (targets.length === 0) return null;
  const today = todayIso();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('results.targetsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.targetColumn')}</th>
            <th scope="col">{t('results.reachedColumn')}</th>
            <th scope="col">{t('results.metColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={target.targetId}>
              <td>
                {tc(nationalTargetKey(target.targetId))}
                {target.deadline ? (
                  <span className="hint">
                    {' '}
                    ({describeDeadline(t, format, target.deadline, deadlineKindOf(target.targetId), today)})
                  </span>
                ) : null}
              </td>
              <td>{reached(target)}</td>
              <td>
                <StatusTag tone={TARGET_TONES[target.status]}>{t(TARGET_STATUS_KEYS[target.status])}</StatusTag>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
