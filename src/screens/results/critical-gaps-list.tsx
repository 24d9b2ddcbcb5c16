import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { criticalGapKey } from '../../questionnaire/content-keys';
import { findQuestion } from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import type { CriticalGapFinding } from '../../scoring/score-assessment';

export function CriticalGapsList({
  assessmentId,
  gaps,
}: {
  assessmentId: string;
  gaps: readonly CriticalGapFinding[];
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  if (gaps.length === 0) return <p>{t('results.noCriticalGaps')}</p>;
  return (
    <ul className="gap-list">
      {gaps.map((gap) => {
        const section = findQuestion(gap.questionId)?.section;
        return (
          <li key={gap.gapId} className="gap-list__item">
            <strong>{tc(criticalGapKey(gap.gapId))}</strong>{' '}
            <span>{t('results.capsGrade', { grade: gap.capGrade })}</span>{' '}
            {section ? (
              <Link href={paths.section.to(assessmentId, section.id, gap.questionId)}>{t('results.goToQuestion')}</Link>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
