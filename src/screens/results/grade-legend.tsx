import { useTranslation } from 'react-i18next';
import { SECTION_GRADE_MIN_ANSWERED_SHARE } from '../../scoring/score-assessment';
import { describeGradeBands as gradeBands } from '../../wording/scores';

/** «90–100 điểm», …, «dưới 50 điểm» (wording/scores.ts), under the name other screens import it by. */
export { gradeBands };

/** What the grade letters mean, that a critical gap can cap them, and when a section gets one at all. */
export function GradeLegend() {
  const { t } = useTranslation();
  return (
    <div className="grade-legend">
      <p className="grade-legend__heading" id="grade-legend-heading">
        {t('results.gradeLegend.heading')}
      </p>
      <ul className="grade-legend__list" aria-labelledby="grade-legend-heading">
        {gradeBands(t).map(({ grade, band }) => (
          <li key={grade}>
            <strong>{grade}</strong> {band}
          </li>
        ))}
      </ul>
      <p className="hint">{t('results.gradeLegend.caps')}</p>
      <p className="hint">
        {t('results.gradeLegend.sections', { percent: Math.round(SECTION_GRADE_MIN_ANSWERED_SHARE * 100) })}
      </p>
    </div>
  );
}
