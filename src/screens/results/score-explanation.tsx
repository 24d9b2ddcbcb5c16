import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../i18n/use-format';
import type { Answer } from '../../questionnaire/answer-schema';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import { findSection } from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import type { SectionScore } from '../../scoring/score-assessment';
import { describeAnswer, describeImprovement } from './describe-answer';

/**
 * "Why this score": for each section, each question's answer, what it earned out of what it could, and which
 * answer would raise it. Folded per section so the page stays short on a phone.
 */
export function ScoreExplanation({
  assessmentId,
  sections,
  answers,
}: {
  assessmentId: string;
  sections: readonly SectionScore[];
  answers: ReadonlyMap<string, Answer>;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  return (
    <>
      {sections.map((section) => {
        const content = findSection(section.sectionId);
        const countedWeight = section.questions.reduce((sum, question) => sum + question.countedWeight, 0);
        return (
          <details key={section.sectionId} className="details explanation">
            <summary className="details__summary">
              {tc(sectionKeys(section.sectionId).title)}:{' '}
              {section.score === undefined ? t('results.sectionNotScored') : format.number(section.score)}
            </summary>
            <p className="hint">
              {t('results.explainSection', {
                dontKnow: section.dontKnow,
                notApplicable: section.notApplicable,
                unanswered: section.unanswered,
              })}
            </p>
            <ul className="explanation__list">
              {section.questions
                .filter((question) => question.weight > 0)
                .map((question) => {
                  const definition = content?.questions.find((candidate) => candidate.id === question.questionId);
                  if (!definition) return null;
                  const answer = answers.get(question.questionId);
                  const earnedPoints = question.earned * question.countedWeight;
                  return (
                    <li key={question.questionId} className="explanation__item">
                      <Link href={paths.section.to(assessmentId, section.sectionId, question.questionId)}>
                        {tc(questionKeys(question.questionId).label)}
                      </Link>
                      <div>
                        {t('results.yourAnswer')} {describeAnswer(t, tc, format, definition, answer)}
                      </div>
                      <div>
                        {question.countedWeight > 0
                          ? t('results.earned', {
                              earned: format.number(Math.round(earnedPoints * 100) / 100),
                              weight: question.countedWeight,
                              share: format.number(Math.round((question.countedWeight / countedWeight) * 1000) / 10),
                            })
                          : t(`results.leftOut.${question.status}`)}
                      </div>
                      {question.improvement ? (
                        <div className="explanation__raise">
                          {t('results.toRaise')}{' '}
                          {describeImprovement(t, tc, format, definition, question.improvement, answer)}
                        </div>
                      ) : null}
                    </li>
                  );
                })}
            </ul>
          </details>
        );
      })}
    </>
  );
}
