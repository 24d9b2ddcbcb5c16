/**
 * The baseline gaps as rows of the plan CSV, after the questionnaire's actions, in the plan's columns: the priority;
 * "Security measures of your systems" as the section; no question id (no question of the questionnaire); the system
 * with its level as the question; the requirement group as the action; no role and no national deadline; the owner,
 * due date, the self-check's result as the status, and the evidence as the note.
 */
import type { TFunction } from 'i18next';
import type { PlanCsvRow } from '../../exchange/csv';
import type { Answer } from '../../questionnaire/answer-schema';
import type { BaselineGap } from '../../security-level/baseline-gaps';
import { lawKeys } from '../../security-level/law/law-keys';
import type { NumberDateFormat } from '../../wording/types';
import { loadWorkbenchGaps } from './baseline-report-gaps';

export function securityGapCsvRows(t: TFunction, format: NumberDateFormat, gaps: readonly BaselineGap[]): PlanCsvRow[] {
  return gaps.map((gap) => ({
    priority: t(`plan.priorities.${gap.priority}`),
    section: t('securityBaseline.plan.csvSection'),
    questionId: '',
    question: `${gap.systemName} (${t('securityBaseline.plan.level', { level: gap.level })})`,
    action: t(lawKeys.requirementGroup(gap.groupId).name),
    role: '',
    nationalDeadline: '',
    owner: gap.owner ?? '',
    dueOn: gap.dueOn ? format.date(gap.dueOn) : '',
    status: t(`securityBaseline.statuses.${gap.status}`),
    note: gap.evidence ?? '',
  }));
}

/** Loaded with the CSV (a dynamic `import()`), so the law data never weighs on the files screen. */
export async function loadSecurityGapCsvRows(
  t: TFunction,
  format: NumberDateFormat,
  assessmentId: string,
  answers: ReadonlyMap<string, Answer>,
  today: string,
): Promise<PlanCsvRow[]> {
  return securityGapCsvRows(t, format, await loadWorkbenchGaps(assessmentId, answers, today));
}
