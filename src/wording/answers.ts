/**
 * Answers, what would raise them, a national target's reached value and an answer's evidence, in words: for the
 * "why this score" explanation, the plan, the CSV and collection exports, and the PDF report.
 *
 * Pure module: the translation functions (`t` for `common`, `tc` for `questionnaire`) and the formatter are passed in.
 */
import type { Answer, Evidence } from '../questionnaire/answer-schema';
import { questionKeys } from '../questionnaire/content-keys';
import type { Question } from '../questionnaire/content-schema';
import type { Improvement } from '../scoring/score-answer';
import type { TargetComparison } from '../scoring/score-assessment';
import type { NumberDateFormat, Translate } from './types';

/** The scales whose options are words of the `scales` texts (a maturity level also has the question's own text). */
export type ScaleType = 'yes-partly-no' | 'coverage' | 'maturity';

/** One option of a fixed scale: «Có», «Một phần», or «Mức 3: …» with the question's text of that level. */
export function describeScaleOption(
  t: Translate,
  tc: Translate,
  questionId: string,
  scale: ScaleType,
  optionId: string,
): string {
  return scale === 'maturity'
    ? `${t('scales.maturityLevel', { level: optionId })} ${tc(questionKeys(questionId).level(optionId))}`
    : t(`scales.${scale}.${optionId}`);
}

export function describeAnswer(
  t: Translate,
  tc: Translate,
  format: NumberDateFormat,
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
    case 'maturity':
      return describeScaleOption(t, tc, question.id, value.type, value.choice);
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
  t: Translate,
  tc: Translate,
  format: NumberDateFormat,
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

/** What a national target's question reached: the share, the option chosen, or that it is unanswered. */
export function describeTargetReached(
  t: Translate,
  tc: Translate,
  format: NumberDateFormat,
  question: Pick<Question, 'id' | 'type'> | undefined,
  reached: TargetComparison['reached'],
): string {
  if (!reached) return t('results.answer.unanswered');
  if ('percent' in reached) return `${format.number(reached.percent)}%`;
  const type = question?.type;
  if (question && (type === 'yes-partly-no' || type === 'coverage' || type === 'maturity'))
    return describeScaleOption(t, tc, question.id, type, reached.optionId);
  return reached.optionId;
}

/** «125/QĐ-UBND, 05/10/2026, UBND tỉnh»: the evidence document's number, date and issuer, as given; or undefined. */
export function describeEvidence(format: NumberDateFormat, evidence: Evidence | undefined): string | undefined {
  if (!evidence) return undefined;
  const parts = [
    evidence.documentNumber,
    evidence.issuedOn ? format.date(evidence.issuedOn) : undefined,
    evidence.issuer,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}
