import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../questionnaire/content-schema';
import { listGradeBands } from '../../scoring/grade';
import { SECTION_GRADE_MIN_ANSWERED_SHARE } from '../../scoring/score-assessment';

/** «90–100 điểm», …, «dưới 50 điểm»: each grade's band, read from the floors the engine grades by. */
export function gradeBands(t: TFunction): { grade: Grade; band: string }[] {
  return listGradeBands().map((band) => ({
    grade: band.grade,
    band:
      'below' in band
        ? t('results.gradeLegend.below', { below: band.below })
        : t('results.gradeLegend.range', { from: band.from, to: band.to }),
  }));
}

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
