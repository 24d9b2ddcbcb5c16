import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { sectionKeys } from '../../questionnaire/content-keys';
import type { SectionScore } from '../../scoring/score-assessment';
import { describeSectionScore } from '../../wording/scores';

/**
 * A bar per section. The bars are drawn with CSS (no chart library to load) and hidden from assistive technology;
 * each row's visible text carries the same numbers, so the list reads the same with a screen reader or on paper.
 * A section gets its grade only once enough of its scored questions are answered; until then the row says how many.
 */
export function SectionChart({ sections }: { sections: readonly SectionScore[] }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  return (
    <ul className="section-chart">
      {sections.map((section) => (
        <li key={section.sectionId} className="section-chart__row">
          <span className="section-chart__name">{tc(sectionKeys(section.sectionId).title)}</span>
          <span className="section-chart__bar" aria-hidden="true">
            <span className="section-chart__fill" style={{ width: `${section.score ?? 0}%` }} />
          </span>
          <span className="section-chart__value">
            {describeSectionScore(t, format, section)}
            {section.unanswered > 0 ? ` · ${t('results.sectionUnanswered', { count: section.unanswered })}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
