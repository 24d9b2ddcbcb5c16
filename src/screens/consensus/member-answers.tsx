import { useTranslation } from 'react-i18next';
import type { ConsensusMember, ConsensusQuestion } from '../../assessment/consensus-schema';
import { useFormat } from '../../i18n/use-format';
import type { Answer, AnswerResponse } from '../../questionnaire/answer-schema';
import type { Question } from '../../questionnaire/content-schema';
import { describeAnswer } from '../../wording/answers';

/** A response in words, as the results screen writes an answer. */
export function useDescribeResponse(question: Question) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  return (response?: AnswerResponse) =>
    describeAnswer(t, tc, format, question, response ? ({ response } as Answer) : undefined);
}

/** Each member's answer and note to one question, side by side (stacked on a narrow screen), with their names. */
export function MemberAnswers({
  question,
  record,
  members,
}: {
  question: Question;
  record: ConsensusQuestion;
  members: readonly ConsensusMember[];
}) {
  const { t } = useTranslation();
  const describe = useDescribeResponse(question);
  return (
    <ul className="consensus-answers" aria-label={t('consensus.discussion.answersLabel')}>
      {members.map((member) => {
        const answer = record.answers.find(({ memberId }) => memberId === member.memberId)?.answer;
        return (
          <li key={member.memberId} className="consensus-answers__member">
            <span className="consensus-answers__name">
              {member.role ? `${member.name}, ${member.role}` : member.name}
            </span>
            <span className="consensus-answers__answer">
              {answer?.response ? describe(answer.response) : t('consensus.discussion.blank')}
            </span>
            <span className="consensus-answers__note">
              {answer?.note ? t('consensus.discussion.note', { note: answer.note }) : t('consensus.discussion.noNote')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
