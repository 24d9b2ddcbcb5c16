/**
 * The answers the security section's questions can take from what the unit recorded in the security workbench
 * (issue 14, item 3), so that it does not answer the same thing twice. A suggestion is only offered: the section
 * screen shows it with what it is based on, and nothing is written until the person uses it.
 *
 * - `security-levels-determined` (coverage): the share of owned systems with a proposed level (the classification's,
 *   or the one on the inventory row); offered once one has a level.
 * - `security-plan-before-go-live` (coverage): the share of owned systems whose self-check is complete with every
 *   group met or not applicable; offered once one owned system's self-check is complete.
 * - `security-management-measures` (multi-choice): the options whose requirement groups (`RequirementGroup.feeds`)
 *   are met or not applicable in every owned, classified system, at least one of them met; "none" when every such
 *   group is answered and no option qualifies.
 * - `security-last-inspection` (date): the latest inspection recorded, for the unit or for an owned system.
 *
 * A unit with an inventory but no owned system is offered "not applicable" for the two coverage questions. Owned
 * systems are the rows whose role is `owner` or not stated (rows carried from content 1.1.0 count as owned).
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { AnswerResponse, InformationSystem } from '../questionnaire/answer-schema';
import type { COVERAGE_LEVELS } from '../questionnaire/content-schema';
import { baselineOf, baselineProgress, type GroupsFor, type SystemLevel } from './baseline-gaps';
import type { SystemSecurity, UnitSecurity } from './system-security-schema';

export const SUGGESTED_QUESTION_IDS = [
  'security-levels-determined',
  'security-plan-before-go-live',
  'security-management-measures',
  'security-last-inspection',
] as const;
export type SuggestedQuestionId = (typeof SUGGESTED_QUESTION_IDS)[number];

/** The management measures' options, in the question's order (security-section.ts). */
export const MANAGEMENT_MEASURE_OPTIONS = [
  'policy',
  'responsible-staff',
  'risk-assessment',
  'backup-and-operations',
  'end-of-life',
] as const;

/**
 * What a suggestion rests on, for "based on …": `classification` of `count` of the `total` owned systems;
 * `self-check` of `count` systems (of `total` owned); `inspection` recorded for `systemName` or for the unit;
 * `no-owned-system` in the inventory.
 */
export type SuggestionBasis =
  | { kind: 'classification'; count: number; total: number }
  | { kind: 'self-check'; count: number; total: number }
  | { kind: 'inspection'; systemName?: string }
  | { kind: 'no-owned-system' };

export interface SuggestedAnswer {
  questionId: SuggestedQuestionId;
  response: AnswerResponse;
  basis: SuggestionBasis;
}

export interface SuggestionInput {
  /** The inventory, or undefined while its question is unanswered (then nothing is suggested). */
  rows: readonly InformationSystem[] | undefined;
  records: ReadonlyMap<string, SystemSecurity>;
  levels: ReadonlyMap<string, SystemLevel>;
  unit: UnitSecurity | undefined;
  groupsFor: GroupsFor;
  /** YYYY-MM-DD: a date after it is not offered (the date question refuses it). */
  today: string;
}

type Coverage = (typeof COVERAGE_LEVELS)[number];

/** A share on the coverage scale: none 0; some under half; half from half to under 90%; most from 90% (scales.coverage). */
export function coverageOf(count: number, total: number): Coverage {
  if (count <= 0 || total <= 0) return 'none';
  const share = count / total;
  if (share >= 0.9) return 'most';
  return share >= 0.5 ? 'half' : 'some';
}

export const isOwned = (row: InformationSystem) => row.role === undefined || row.role === 'owner';

const coverage = (choice: Coverage): AnswerResponse => ({ kind: 'value', value: { type: 'coverage', choice } });

function levelsDetermined(owned: readonly InformationSystem[], input: SuggestionInput): SuggestedAnswer | undefined {
  const count = owned.filter((row) => input.levels.get(row.id)?.level ?? row.proposedLevel).length;
  // Nothing classified yet says nothing about dossiers prepared elsewhere: no suggestion rather than "none".
  if (count === 0) return undefined;
  return {
    questionId: 'security-levels-determined',
    response: coverage(coverageOf(count, owned.length)),
    basis: { kind: 'classification', count, total: owned.length },
  };
}

function planBeforeGoLive(owned: readonly InformationSystem[], input: SuggestionInput): SuggestedAnswer | undefined {
  const progress = owned.map((row) =>
    baselineProgress(baselineOf(input.levels.get(row.id), input.records.get(row.id), input.groupsFor)),
  );
  const checked = progress.filter((item) => item.isComplete).length;
  if (checked === 0) return undefined;
  const allMet = progress.filter((item) => item.isAllMet).length;
  return {
    questionId: 'security-plan-before-go-live',
    response: coverage(coverageOf(allMet, owned.length)),
    basis: { kind: 'self-check', count: checked, total: owned.length },
  };
}

function managementMeasures(owned: readonly InformationSystem[], input: SuggestionInput): SuggestedAnswer | undefined {
  const feeding = owned
    .map((row) =>
      baselineOf(input.levels.get(row.id), input.records.get(row.id), input.groupsFor).filter(
        ({ group }) => group.feeds?.questionId === 'security-management-measures' && group.feeds.optionId,
      ),
    )
    .filter((entries) => entries.length > 0);
  if (feeding.length === 0) return undefined;
  const entries = feeding.flat();
  const checkedSystems = feeding.filter((system) => system.some(({ check }) => check)).length;
  if (checkedSystems === 0) return undefined;
  const chosen = MANAGEMENT_MEASURE_OPTIONS.filter((optionId) => {
    const ofOption = entries.filter(({ group }) => group.feeds?.optionId === optionId);
    return (
      ofOption.length > 0 &&
      ofOption.every(({ check }) => check?.status === 'met' || check?.status === 'not-applicable') &&
      ofOption.some(({ check }) => check?.status === 'met')
    );
  });
  const isEveryGroupAnswered = entries.every(({ check }) => check);
  if (chosen.length === 0 && !isEveryGroupAnswered) return undefined;
  return {
    questionId: 'security-management-measures',
    response: {
      kind: 'value',
      value: { type: 'multi-choice', optionIds: chosen.length ? [...chosen] : ['none'] },
    },
    basis: { kind: 'self-check', count: checkedSystems, total: owned.length },
  };
}

function lastInspection(owned: readonly InformationSystem[], input: SuggestionInput): SuggestedAnswer | undefined {
  const dates: { date: string; systemName?: string }[] = [];
  if (input.unit?.lastOrganisationInspectionOn) dates.push({ date: input.unit.lastOrganisationInspectionOn });
  for (const row of owned) {
    for (const date of [row.lastInspectedOn, input.records.get(row.id)?.duties.lastInspectedOn]) {
      if (date) dates.push({ date, systemName: row.name });
    }
  }
  // The latest; on the same day the unit's own inspection (listed first) is the one named.
  const latest = dates
    .filter(({ date }) => date <= input.today)
    .reduce<(typeof dates)[number] | undefined>(
      (best, item) => (!best || item.date > best.date ? item : best),
      undefined,
    );
  if (!latest) return undefined;
  return {
    questionId: 'security-last-inspection',
    response: { kind: 'value', value: { type: 'date', date: latest.date } },
    basis: latest.systemName ? { kind: 'inspection', systemName: latest.systemName } : { kind: 'inspection' },
  };
}

export function suggestAnswers(input: SuggestionInput): Map<SuggestedQuestionId, SuggestedAnswer> {
  const suggestions = new Map<SuggestedQuestionId, SuggestedAnswer>();
  if (!input.rows) return suggestions;
  const owned = input.rows.filter(isOwned);
  const add = (suggestion: SuggestedAnswer | undefined) => {
    if (suggestion) suggestions.set(suggestion.questionId, suggestion);
  };
  if (owned.length === 0) {
    for (const questionId of ['security-levels-determined', 'security-plan-before-go-live'] as const) {
      add({ questionId, response: { kind: 'not-applicable' }, basis: { kind: 'no-owned-system' } });
    }
  } else {
    add(levelsDetermined(owned, input));
    add(planBeforeGoLive(owned, input));
    add(managementMeasures(owned, input));
  }
  add(lastInspection(owned, input));
  return suggestions;
}
