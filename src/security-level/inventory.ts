/**
 * The systems the workbench works on: the rows of the security section's inventory (question
 * `security-system-inventory`), in the order the unit listed them.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Answer, InformationSystem } from '../questionnaire/answer-schema';

export const INVENTORY_QUESTION_ID = 'security-system-inventory';

export function inventoryRows(answers: ReadonlyMap<string, Answer>): InformationSystem[] {
  const response = answers.get(INVENTORY_QUESTION_ID)?.response;
  if (response?.kind !== 'value' || response.value.type !== 'system-inventory') return [];
  return response.value.systems;
}

export function findInventoryRow(
  answers: ReadonlyMap<string, Answer>,
  systemId: string,
): InformationSystem | undefined {
  return inventoryRows(answers).find((row) => row.id === systemId);
}
