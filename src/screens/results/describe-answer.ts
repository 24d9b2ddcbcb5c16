/** Answers and improvements in words, in the current language, for the "why this score" explanation and the plan. */
import type { TFunction } from 'i18next';
import type { Answer } from '../../questionnaire/answer-schema';
import { questionKeys } from '../../questionnaire/content-keys';
import type { DeadlineKind, Question } from '../../questionnaire/content-schema';
import { deadlineStateOf } from '../../scoring/remediation';
import type { Improvement } from '../../scoring/score-answer';

type Format = { number: (value: number) => string; date: (isoDate: string) => string };

export function describeAnswer(
  t: TFunction,
  tc: TFunction,
  format: Format,
  question: Question,
  answer?: Answer,
): string {
  const response = answer?.response;
  if (!response) return t('results.answer.unanswered');
  if (response.kind === 'not-applicable') return t('answers.not-applicable');
  if (response.kind === 'dont-know') return t('answers.dont-know');
  const value = response.value;
  switch (value.type) {
    case 'yes-partly-no':
    case 'coverage':
      return t(`scales.${value.type}.${value.choice}`);
    case 'maturity':
      return `${t('scales.maturityLevel', { level: value.choice })} ${tc(questionKeys(question.id).level(value.choice))}`;
    case 'percentage':
      return `${format.number(value.percent)}%`;
    case 'count-pair':
      return t('results.answer.countPair', { part: format.number(value.part), whole: format.number(value.whole) });
    case 'date':
      return format.date(value.date);
    case 'multi-choice':
      return value.optionIds.map((id) => tc(questionKeys(question.id).option(id))).join('; ');
    case 'text':
      return value.text;
    case 'system-inventory':
      return t('results.answer.systems', { count: value.systems.length });
  }
}

/**
 * What would raise an answer, as the state to reach («đạt trạng thái “100% hồ sơ được số hóa”», «Tỷ lệ … đạt 95%»),
 * never as the answer to pick: the question's `goal` text for a yes/partly/no or coverage question (the option's
 * label only while a question has no goal yet).
 */
export function describeImprovement(
  t: TFunction,
  tc: TFunction,
  format: Format,
  question: Question,
  improvement: Improvement,
  answer?: Answer,
): string {
  const keys = questionKeys(question.id);
  switch (improvement.kind) {
    case 'choose': {
      if (question.type === 'maturity') {
        return t('results.raise.chooseLevel', {
          level: improvement.optionId,
          description: tc(keys.level(improvement.optionId)),
        });
      }
      // i18next gives the key back for a missing text: a question without its goal yet names the option instead.
      const goal = tc(keys.goal, { defaultValue: '' });
      return t('results.raise.reachState', {
        goal: goal && goal !== keys.goal ? goal : t(`scales.${question.type}.${improvement.optionId}`),
      });
    }
    case 'reach-percent':
      return t('results.raise.reachPercent', { label: tc(keys.label), percent: format.number(improvement.percent) });
    case 'reach-count':
      return t('results.raise.reachCount', {
        label: tc(keys.part),
        part: format.number(improvement.part),
        whole: format.number(improvement.whole),
      });
    case 'renew-within-months':
      return t('results.raise.renew', { label: tc(keys.label), months: improvement.months });
    case 'select-options':
      return t('results.raise.selectOptions', {
        options: improvement.optionIds.map((id) => tc(keys.option(id))).join('; '),
      });
    case 'fix-systems': {
      const value = answer?.response?.kind === 'value' ? answer.response.value : undefined;
      const systems = value?.type === 'system-inventory' ? value.systems : [];
      const names = systems.filter((system) => improvement.systemIds.includes(system.id)).map((system) => system.name);
      return t('results.raise.fixSystems', { names: names.join('; ') });
    }
    case 'find-out':
      return t('results.raise.findOut');
  }
}

/**
 * A date the content names, by its kind: an aim reads «Mục tiêu đến 31/12/2026», a legal deadline «Hạn theo quy định:
 * 05/04/2025», and once passed «Đã quá hạn từ 05/04/2025». A date without a kind is read as an aim: it never claims a
 * legal force the content does not give it. (The PDF writes the same: report/report-text.ts#describeDeadline.)
 */
export function describeDeadline(
  t: TFunction,
  format: Format,
  deadline: string,
  kind: DeadlineKind | undefined,
  today: string,
): string {
  return t(`deadlines.${deadlineStateOf(deadline, kind, today)}`, { date: format.date(deadline) });
}
