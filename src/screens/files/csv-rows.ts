/** The CSV rows of an assessment, in the current language (the exchange module only writes what it is given). */
import type { TFunction } from 'i18next';
import type { NumberDateFormat } from '../../wording/types';
import type { PlanItem } from '../../assessment/plan-item-schema';
import { answerCode, type AnswerCsvRow, type PlanCsvRow } from '../../exchange/csv';
import type { Answer, InformationSystem } from '../../questionnaire/answer-schema';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import type { Question, UnitType } from '../../questionnaire/content-schema';
import { listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import type { RemediationItem } from '../../scoring/remediation';
import { describeAnswer } from '../../wording/answers';
import { describeDeadline } from '../../wording/deadline';
import { todayIso } from '../today';

type Format = NumberDateFormat;

/**
 * One inventory row in a cell: its name, then each field given ("Vai trò của đơn vị: Chủ quản; Loại hệ thống: …"),
 * the role said to be not stated when a row carried from 1.1.0 has none.
 */
function describeSystem(t: TFunction, format: Format, system: InformationSystem): string {
  const field = (key: string, value: string) => `${t(`inventory.fields.${key}`)}: ${value}`;
  const level = (value: string) => t('inventory.level', { level: value });
  const parts = [
    field('role', system.role ? t(`inventory.role.${system.role}`) : t('inventory.notStated')),
    field('systemType', t(`inventory.systemType.${system.systemType}`)),
    ...(system.handlesProcedures === undefined
      ? []
      : [field('handlesProcedures', t(system.handlesProcedures ? 'inventory.yes' : 'inventory.no'))]),
    ...(system.proposedLevel ? [field('proposedLevel', level(system.proposedLevel))] : []),
    ...(system.appraisedOn ? [field('appraisedOn', format.date(system.appraisedOn))] : []),
    ...(system.approvedLevel ? [field('approvedLevel', level(system.approvedLevel))] : []),
    ...(system.approvedOn ? [field('approvedOn', format.date(system.approvedOn))] : []),
    ...(system.hasSecurityPlan ? [field('hasSecurityPlan', t(`scales.yes-partly-no.${system.hasSecurityPlan}`))] : []),
    ...(system.lastInspectedOn ? [field('lastInspectedOn', format.date(system.lastInspectedOn))] : []),
  ];
  return `${system.name} (${parts.join('; ')})`;
}

/** The answer text; an inventory lists its rows after the count, one per line, so a spreadsheet shows them all. */
function answerText(t: TFunction, tc: TFunction, format: Format, question: Question, answer: Answer | undefined) {
  const text = describeAnswer(t, tc, format, question, answer);
  const value = answer?.response?.kind === 'value' ? answer.response.value : undefined;
  if (value?.type !== 'system-inventory' || value.systems.length === 0) return text;
  return [text, ...value.systems.map((system) => describeSystem(t, format, system))].join('\n');
}

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
        answerText: answerText(t, tc, format, question, answer),
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
  today: string = todayIso(),
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
      // As on the plan screen: an aim («Mục tiêu đến …») is never written as a deadline.
      nationalDeadline: item.deadline ? describeDeadline(t, format, item.deadline, item.deadlineKind, today) : '',
      owner: recorded?.owner ?? '',
      dueOn: recorded?.dueOn ? format.date(recorded.dueOn) : '',
      status: t(`plan.statuses.${recorded?.status ?? 'to-do'}`),
      note: recorded?.note ?? '',
    };
  });
}
