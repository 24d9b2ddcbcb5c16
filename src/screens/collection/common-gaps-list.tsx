import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommonGap } from '../../collection/compare/common-gaps';
import { useFormat } from '../../i18n/use-format';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import { LegalBasis } from '../legal-basis';

const FIRST = 20;

/** The questions most units fail, most common first: a province-wide remediation priority list. */
export function CommonGapsList({ gaps }: { gaps: readonly CommonGap[] }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const [showAll, setShowAll] = useState(false);
  if (gaps.length === 0) return <p>{t('collection.gaps.none')}</p>;
  const shown = showAll ? gaps : gaps.slice(0, FIRST);
  return (
    <>
      <p className="hint">{t('collection.gaps.intro')}</p>
      <ol className="collection-gaps">
        {shown.map((gap) => (
          <li key={gap.questionId} className="collection-gaps__item">
            <h3 className="heading-s">{tc(questionKeys(gap.questionId).label)}</h3>
            <p className="hint">{tc(sectionKeys(gap.sectionId).title)}</p>
            <p>
              <strong>
                {t('collection.gaps.share', {
                  percent: format.number(Math.round(gap.share * 1000) / 10),
                  failing: gap.failing,
                  applicable: gap.applicable,
                })}
              </strong>
              {gap.critical > 0 ? ` · ${t('collection.gaps.critical', { count: gap.critical })}` : ''}
              {gap.unanswered > 0 ? ` · ${t('collection.gaps.unanswered', { count: gap.unanswered })}` : ''}
            </p>
            <p>
              <span className="legal-basis__label">{t('collection.gaps.action')}</span> {tc(gap.actionKey)}
            </p>
            <LegalBasis references={gap.legalBasis} />
          </li>
        ))}
      </ol>
      {gaps.length > FIRST ? (
        <button type="button" className="button button--secondary" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('collection.gaps.showFewer') : t('collection.gaps.showAll', { count: gaps.length })}
        </button>
      ) : null}
    </>
  );
}
