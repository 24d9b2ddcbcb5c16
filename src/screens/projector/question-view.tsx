import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import { findQuestion } from '../../questionnaire/questionnaire';
import type { QuestionFigures } from '../../workshop/projector/projector-model';
import { LegalBasis } from '../legal-basis';
import type { NameOf } from './class-names';
import { DistributionBars } from './distribution-bars';
import { HiddenResults } from './hidden-results';

/**
 * View 3: one question for discussion, as the units read it; once revealed, how the class answered it, right under the
 * question so that it is on the first screenful; then the question's help text and legal basis.
 */
export function QuestionView({
  figures,
  position,
  total,
  isRevealed,
  nameOf,
  sampleIds,
  headingRef,
}: {
  figures: QuestionFigures;
  position: number;
  total: number;
  isRevealed: boolean;
  nameOf?: NameOf;
  sampleIds: ReadonlySet<string>;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const found = findQuestion(figures.questionId);
  if (!found) return null;
  const keys = questionKeys(figures.questionId);
  return (
    <section aria-labelledby="projector-view-heading" className="projector-question">
      <p className="projector-question__position">
        {t('projector.question.position', {
          position,
          total,
          section: tc(sectionKeys(figures.distribution.sectionId).title),
        })}
      </p>
      <h2 id="projector-view-heading" ref={headingRef} tabIndex={-1}>
        {tc(keys.text)}
      </h2>
      <h3>{t('projector.question.distribution')}</h3>
      {isRevealed ? (
        <DistributionBars
          question={found.question}
          distribution={figures.distribution}
          nameOf={nameOf}
          sampleIds={sampleIds}
        />
      ) : (
        <HiddenResults />
      )}
      <div className="projector-question__about">
        <p>
          <span className="legal-basis__label">{t('projector.question.help')}:</span> {tc(keys.help)}
        </p>
        <LegalBasis references={found.question.legalBasis} />
      </div>
    </section>
  );
}
