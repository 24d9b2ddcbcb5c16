/** The CSV rows of an assessment, in the current language (the exchange module only writes what it is given). */
import type { TFunction } from 'i18next';
import type { PlanItem } from '../../assessment/plan-item-schema';
import { answerCode, type AnswerCsvRow, type PlanCsvRow } from '../../exchange/csv';
import type { Answer } from '../../questionnaire/answer-schema';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import type { UnitType } from '../../questionnaire/content-schema';
import { listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import type { RemediationItem } from '../../scoring/remediation';
import { describeAnswer } from '../results/describe-answer';

type Format = { number: (value: number) => string; date: (isoDate: string) => string };

export function answerRows(
  t: TFunction,
  tc: TFunction,
  format: Format,
  unitType: UnitType,
  answers: ReadonlyMap<string, Answer>,
): AnswerCsvRow[] {
  return questionnaire.sections.flatMap((section) =>
    listApplicableQuestions(section, unitType).map((question) => {
      const answer = answers.get(question.id);
      return {
        section: tc(sectionKeys(section.id).title),
        questionId: question.id,
        question: tc(questionKeys(question.id).text),
        answerCode: answerCode(answer),
        answerText: describeAnswer(t, tc, format, question, answer),
        note: answer?.note ?? '',
      };
    }),
  );
}

export function planRows(
  t: TFunction,
  tc: TFunction,
  format: Format,
  items: readonly RemediationItem[],
  planItems: ReadonlyMap<string, PlanItem>,
): PlanCsvRow[] {
  return items.map((item) => {
    const recorded = planItems.get(item.questionId);
    return {
      priority: t(`plan.priorities.${item.priority}`),
      section: tc(sectionKeys(item.sectionId).title),
      questionId: item.questionId,
      question: tc(questionKeys(item.questionId).label),
      action: tc(questionKeys(item.questionId).action),
      role: t(`roles.${item.role}`),
      nationalDeadline: item.deadline ? format.date(item.deadline) : '',
      owner: recorded?.owner ?? '',
      dueOn: recorded?.dueOn ? format.date(recorded.dueOn) : '',
      status: t(`plan.statuses.${recorded?.status ?? 'to-do'}`),
      note: recorded?.note ?? '',
    };
  });
}
