import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { AssessmentScore } from '../../scoring/score-assessment';
import { GradeLegend } from './grade-legend';

/**
 * The overall score and grade with the grade bands beside them, the reminder that this is a self-assessment and not
 * an official rating, how complete the answers are, and why the grade is capped if it is.
 */
export function ScoreSummary({ score }: { score: AssessmentScore }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (score.score === undefined || !score.grade) {
    return <p className="notice">{t('results.nothingYet')}</p>;
  }
  const completeness = score.applicable ? Math.round((score.answered / score.applicable) * 100) : 0;
  return (
    <div className="score-summary">
      <div className="score-summary__figures">
        <p className="score-summary__score">
          <span className="score-summary__label">{t('results.overall')}</span>
          <span className="score-summary__value">{format.number(score.score)}</span>
          <span className="score-summary__max"> / 100</span>
        </p>
        <p className={`score-summary__grade grade grade--${score.grade}`}>
          <span className="score-summary__label">{t('results.grade')}</span>
          <span className="score-summary__value">{score.grade}</span>
        </p>
        <GradeLegend />
      </div>
      <p className="score-summary__not-official">{t('results.notOfficial')}</p>
      <p>
        {t('results.completeness', {
          answered: score.answered,
          total: score.applicable,
          percent: completeness,
        })}
      </p>
      {score.isProvisional && score.lowest !== undefined && score.highest !== undefined ? (
        <p className="notice">
          {t('results.provisional', { lowest: format.number(score.lowest), highest: format.number(score.highest) })}
        </p>
      ) : null}
      {score.uncappedGrade && score.uncappedGrade !== score.grade ? (
        <p className="notice notice--error">
          {t('results.capped', { grade: score.grade, uncapped: score.uncappedGrade })}
        </p>
      ) : null}
    </div>
  );
}
