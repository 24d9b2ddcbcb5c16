import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../i18n/use-format';
import type { Answer } from '../../questionnaire/answer-schema';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import { findSection } from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import type { QuestionScore, SectionScore } from '../../scoring/score-assessment';
import { describeAnswer, describeImprovement } from '../../wording/answers';
import { describeSectionScore } from '../../wording/scores';

/** Why a scored question is not in its section's score, in the order the lists are shown. */
const LEFT_OUT = ['not-applicable', 'unanswered', 'not-scored'] as const;

/**
 * What the section was judged on: the questions that counted, those left out and why, and how many of its scored
 * questions are not asked of this type of unit (a commune scored on four security questions sees it is four).
 */
function JudgedOn({ section, scoredInContent }: { section: SectionScore; scoredInContent: number }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const scored = section.questions.filter((question) => question.weight > 0);
  const labels = (questions: readonly QuestionScore[]) =>
    questions.map((question) => tc(questionKeys(question.questionId).label)).join('; ');
  const counted = scored.filter((question) => question.countedWeight > 0);
  const notAsked = scoredInContent - scored.length;
  return (
    <div className="judged-on">
      <p>
        {counted.length
          ? t('results.judgedOn', { count: counted.length, labels: labels(counted) })
          : t('results.judgedOnNone')}
      </p>
      {LEFT_OUT.map((status) => {
        const left = scored.filter((question) => question.countedWeight === 0 && question.status === status);
        return left.length ? (
          <p key={status} className="hint">
            {t(`results.leftOutList.${status}`, { count: left.length, labels: labels(left) })}
          </p>
        ) : null;
      })}
      {notAsked > 0 ? <p className="hint">{t('results.notAsked', { count: notAsked })}</p> : null}
    </div>
  );
}

/**
 * "Why this score": for each section, what it was judged on, then each question's answer, what it earned out of what
 * it could, and the state that would raise it. Folded per section so the page stays short on a phone.
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
            <p>{describeSectionScore(t, format, section)}</p>
            <JudgedOn
              section={section}
              scoredInContent={content?.questions.filter((question) => question.weight > 0).length ?? 0}
            />
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
