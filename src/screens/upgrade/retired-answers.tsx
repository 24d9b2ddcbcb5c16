/**
 * Answers given to questions the current content no longer asks (kept by the content upgrade): shown on the results
 * page, read-only and apart from the score, so nothing the unit once recorded disappears from view.
 */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { Answer } from '../../questionnaire/answer-schema';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import { questionnaire } from '../../questionnaire/questionnaire';
import { describeAnswer } from '../../wording/answers';

type Retired = (typeof questionnaire.retiredQuestions)[number];

/** The retired questions this assessment holds an answer (or a note) for, in the content's order. */
export function listRetiredAnswers(answers: ReadonlyMap<string, Answer>): { retired: Retired; answer: Answer }[] {
  return questionnaire.retiredQuestions.flatMap((retired) => {
    const answer = answers.get(retired.question.id);
    return answer && (answer.response || answer.note) ? [{ retired, answer }] : [];
  });
}

export function RetiredAnswers({ answers }: { answers: ReadonlyMap<string, Answer> }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const listed = listRetiredAnswers(answers);
  if (listed.length === 0) return null;
  return (
    <section aria-labelledby="retired-answers-heading">
      <h2 id="retired-answers-heading">{t('upgrade.retiredHeading')}</h2>
      <p className="hint">{t('upgrade.retiredIntro')}</p>
      <dl className="summary-list retired-answers">
        {listed.map(({ retired, answer }) => (
          <div key={retired.question.id}>
            <dt>
              {tc(questionKeys(retired.question.id).label)}
              <span className="hint"> ({tc(sectionKeys(retired.sectionId).title)})</span>
            </dt>
            <dd>
              {describeAnswer(t, tc, format, retired.question, answer)}
              {answer.note ? <p className="hint">{t('upgrade.retiredNote', { note: answer.note })}</p> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
