/**
 * The regime and proposed level of every inventory system, as every workbench screen classifies it
 * (`workbench-systems.ts#classifyWorkbenchSystem`), for the baseline's gaps and the section's suggestions; and the
 * gaps and suggestions themselves from the workbench's live data.
 */
import type { Answer, InformationSystem } from '../../questionnaire/answer-schema';
import type { SystemLevel } from '../../security-level/baseline-gaps';
import { listBaselineGaps } from '../../security-level/baseline-gaps';
import { inventoryRows, INVENTORY_QUESTION_ID } from '../../security-level/inventory';
import { requirementGroupsFor } from '../../security-level/law/requirement-groups';
import { suggestAnswers } from '../../security-level/suggested-answers';
import {
  emptySystemSecurity,
  type SystemSecurity,
  type UnitSecurity,
} from '../../security-level/system-security-schema';
import { classifyWorkbenchSystem } from '../../security-level/workbench-systems';

export function systemLevels(
  rows: readonly InformationSystem[],
  records: ReadonlyMap<string, SystemSecurity>,
  today: string,
): Map<string, SystemLevel> {
  return new Map(
    rows.map((row) => {
      const record = records.get(row.id) ?? emptySystemSecurity(row.id, `${today}T00:00:00.000Z`);
      const result = classifyWorkbenchSystem(record, row, today);
      return [row.id, { regime: result.regime.regime, level: result.level }];
    }),
  );
}

export interface WorkbenchInput {
  answers: ReadonlyMap<string, Answer>;
  systems: ReadonlyMap<string, SystemSecurity>;
  unit: UnitSecurity | undefined;
}

/** The remediation items of the baseline's gaps, every system of the inventory. */
export function workbenchGaps(data: WorkbenchInput, today: string) {
  const rows = inventoryRows(data.answers);
  return listBaselineGaps({
    rows,
    records: data.systems,
    levels: systemLevels(rows, data.systems, today),
    groupsFor: requirementGroupsFor,
  });
}

/** The answers the workbench suggests for the security section. */
export function workbenchSuggestions(data: WorkbenchInput, today: string) {
  const response = data.answers.get(INVENTORY_QUESTION_ID)?.response;
  const rows = response?.kind === 'value' ? inventoryRows(data.answers) : undefined;
  return suggestAnswers({
    rows,
    records: data.systems,
    levels: systemLevels(rows ?? [], data.systems, today),
    unit: data.unit,
    groupsFor: requirementGroupsFor,
    today,
  });
}
