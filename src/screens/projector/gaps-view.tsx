import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommonGap } from '../../collection/compare/common-gaps';
import { useFormat } from '../../i18n/use-format';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import { LegalBasis } from '../legal-basis';
import { HiddenResults } from './hidden-results';

/** A projector holds about ten at a readable size; the collection's report lists them all. */
const SHOWN = 10;

/** View 4: the class's most common gaps, with what to do about each. */
export function GapsView({
  gaps,
  isRevealed,
  headingRef,
}: {
  gaps: readonly CommonGap[];
  isRevealed: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  return (
    <section aria-labelledby="projector-view-heading">
      <h2 id="projector-view-heading" ref={headingRef} tabIndex={-1}>
        {t('projector.gaps.title')}
      </h2>
      <p className="projector-view-intro">{t('projector.gaps.intro')}</p>
      {!isRevealed ? (
        <HiddenResults />
      ) : gaps.length === 0 ? (
        <p>{t('projector.gaps.none')}</p>
      ) : (
        <ol className="projector-gaps">
          {gaps.slice(0, SHOWN).map((gap) => (
            <li key={gap.questionId} className="projector-gaps__item">
              <h3>{tc(questionKeys(gap.questionId).label)}</h3>
              <p>
                <strong>
                  {t('projector.gaps.share', {
                    percent: format.number(Math.round(gap.share * 1000) / 10),
                    failing: gap.failing,
                    applicable: gap.applicable,
                  })}
                </strong>{' '}
                · {tc(sectionKeys(gap.sectionId).title)}
              </p>
              <p>
                <span className="legal-basis__label">{t('projector.gaps.action')}</span> {tc(gap.actionKey)}
              </p>
              <LegalBasis references={gap.legalBasis} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
