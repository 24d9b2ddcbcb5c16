import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { sectionKeys } from '../../questionnaire/content-keys';
import type { ProjectorModel } from '../../workshop/projector/projector-model';
import type { NameOf } from './class-names';
import { HiddenResults } from './hidden-results';
import { SpreadChart } from './spread-chart';

/** View 1: each section's spread of the class's scores, as a chart and in words. */
export function SectionsView({
  model,
  isRevealed,
  nameOf,
  headingRef,
}: {
  model: ProjectorModel;
  isRevealed: boolean;
  nameOf?: NameOf;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  return (
    <section aria-labelledby="projector-view-heading">
      <h2 id="projector-view-heading" ref={headingRef} tabIndex={-1}>
        {t('projector.sections.title')}
      </h2>
      <p className="projector-view-intro">
        {t('projector.sections.intro')} {model.sampleCount > 0 ? t('projector.sections.legendSample') : ''}
      </p>
      {!isRevealed ? (
        <HiddenResults />
      ) : (
        <ul className="projector-sections">
          {model.sections.map((spread) => (
            <li key={spread.sectionId} className="projector-sections__item">
              <h3>{tc(sectionKeys(spread.sectionId).title)}</h3>
              {spread.count === 0 ? (
                <p>{t('projector.sections.noScores')}</p>
              ) : (
                <>
                  <SpreadChart spread={spread} />
                  <p className="projector-sections__figures">
                    {t('projector.sections.figures', {
                      min: format.number(spread.min ?? 0),
                      q1: format.number(spread.lowerQuartile ?? 0),
                      median: format.number(spread.median ?? 0),
                      q3: format.number(spread.upperQuartile ?? 0),
                      max: format.number(spread.max ?? 0),
                    })}
                  </p>
                  <p className="visually-hidden">
                    {t('projector.sections.scores', {
                      scores: spread.dots
                        .map((dot) => format.number(dot.score) + (dot.isSample ? ` (${t('projector.sample')})` : ''))
                        .join('; '),
                    })}
                  </p>
                  {nameOf ? (
                    <p>
                      {t('projector.sections.units', {
                        units: spread.dots
                          .map((dot) => `${nameOf(dot.assessmentId)} ${format.number(dot.score)}`)
                          .join('; '),
                      })}
                    </p>
                  ) : null}
                </>
              )}
              {spread.withoutScore > 0 ? (
                <p>{t('projector.sections.withoutScore', { count: spread.withoutScore })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
