import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import type { QuestionFigures } from '../../workshop/projector/projector-model';
import type { QuestionOrder } from '../../workshop/projector/question-order';
import { HiddenResults } from './hidden-results';

const points = (share: number) => Math.round(share * 1000) / 10;

/** View 2: every question in the trainer's order, with the figure it is ordered by; each opens for discussion. */
export function QuestionsView({
  ordered,
  order,
  isRevealed,
  onOpen,
  headingRef,
}: {
  ordered: readonly QuestionFigures[];
  order: QuestionOrder;
  isRevealed: boolean;
  onOpen: (questionId: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  return (
    <section aria-labelledby="projector-view-heading">
      <h2 id="projector-view-heading" ref={headingRef} tabIndex={-1}>
        {t('projector.questions.title', { order: t(`projector.order.${order}`) })}
      </h2>
      <p className="projector-view-intro">{t(`projector.order.${order}How`)}</p>
      {!isRevealed ? (
        <HiddenResults />
      ) : (
        <ol className="projector-questions">
          {ordered.map((figures) => {
            const { distribution } = figures;
            const asked = distribution.classSize - distribution.notAsked.count;
            return (
              <li key={figures.questionId}>
                <button type="button" className="projector-questions__open" onClick={() => onOpen(figures.questionId)}>
                  <span className="projector-questions__label">{tc(questionKeys(figures.questionId).label)}</span>
                  <span className="projector-questions__figures">
                    {order === 'disagreement'
                      ? t('projector.questions.disagreement', { percent: format.number(points(figures.disagreement)) })
                      : figures.meanEarned === undefined
                        ? t('projector.questions.noMean')
                        : t('projector.questions.mean', { score: format.number(points(figures.meanEarned)) })}
                    {' · '}
                    {t('projector.questions.answered', { answered: distribution.answered, asked })}
                    {' · '}
                    {tc(sectionKeys(distribution.sectionId).title)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
