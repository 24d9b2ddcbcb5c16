/**
 * The workbench's view of the unit's systems (issue 14): every row of the security section's inventory with its
 * workbench record (or an empty one), its classification result, and what the unit has to do next for it. Used by
 * the workbench's overview and by every screen of a system.
 *
 * Which questions of the classification apply depends on earlier answers (the online service's depth only for a
 * system that serves citizens and businesses...): `factApplies` says so, and the classification stored is only made of
 * the facts that apply, so that every screen classifies from what the unit was shown.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Answer, InformationSystem, SecurityLevel } from '../questionnaire/answer-schema';
import type { Classification, ClassificationFact } from './classification-schema';
import type { ClassificationResult } from './classification-result';
import { classifySystem, withRowFacts } from './classify';
import { inventoryRows } from './inventory';
import { dossierComponentsFor } from './law/dossier-components';
import { emptySystemSecurity, type SystemSecurity } from './system-security-schema';

/**
 * What is next for a system, in the order the work goes:
 * - `owner-classifies`: the unit only uses it; its owner classifies it.
 * - `classify`: nothing answered yet; `finish-classification`: answered, but not enough for a level.
 * - `record-level`: a level is proposed; the inventory does not hold it yet.
 * - `prepare-dossier`, `dossier-in-progress`: the level dossier, not started or under way.
 * - `record-approval`: every part of the dossier is done; the approved level is not in the inventory yet.
 * - `level-differs`: the level approved earlier is not the one the classification gives today.
 * - `approved`: the approved level is the one the classification gives.
 */
export const NEXT_STEPS = [
  'owner-classifies',
  'classify',
  'finish-classification',
  'record-level',
  'prepare-dossier',
  'dossier-in-progress',
  'record-approval',
  'level-differs',
  'approved',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

export interface WorkbenchSystem {
  row: InformationSystem;
  /** The stored record, or an empty one for a system the workbench has not seen yet. */
  record: SystemSecurity;
  hasRecord: boolean;
  result: ClassificationResult;
  nextStep: NextStep;
}

export interface WorkbenchSystems {
  /** Systems the unit owns or operates, or whose role is not stated yet: it classifies them. */
  classified: WorkbenchSystem[];
  /** Systems the unit only uses: the owner classifies them. */
  usedOnly: WorkbenchSystem[];
}

/** The facts a question is asked for only after some answers. The others are always asked. */
const CONDITIONAL_FACTS: Partial<Record<ClassificationFact, (classification: Classification) => boolean>> = {
  onlineServiceDepth: (c) => c.systemType === 'citizen-services',
  conditionalBusinessService: (c) => c.systemType === 'citizen-services',
  userCount: (c) => c.systemType === 'citizen-services',
  basicDataSubjects: (c) => c.systemType === 'citizen-services' && (c.informationTypes ?? []).includes('personal'),
  sensitiveDataSubjects: (c) => c.systemType === 'citizen-services' && (c.informationTypes ?? []).includes('personal'),
  infrastructureReach: (c) => c.systemType === 'infrastructure',
  worksGrade: (c) => c.systemType === 'industrial-control',
};

/** Whether the classification screen asks for `fact`, given the answers so far (with the row's prefill, `classify.ts#withRowFacts`). */
export function factApplies(fact: ClassificationFact, classification: Classification): boolean {
  return CONDITIONAL_FACTS[fact]?.(classification) ?? true;
}

/** The classification with only the facts that apply: what is stored and classified. */
export function applicableClassification(classification: Classification): Classification {
  const kept: Record<string, unknown> = {};
  for (const [fact, value] of Object.entries(classification)) {
    if (value !== undefined && factApplies(fact as ClassificationFact, classification)) kept[fact] = value;
  }
  return kept;
}

/** Facts the unit answered itself (the row's prefill does not count). */
export function hasAnyFact(classification: Classification): boolean {
  return Object.values(classification).some((value) => value !== undefined);
}

/** Classifies a system from its record and row, as every screen of the workbench does. */
export function classifyWorkbenchSystem(
  record: SystemSecurity,
  row: InformationSystem | undefined,
  today: string,
): ClassificationResult {
  const classification = applicableClassification(withRowFacts(record.classification, row));
  return classifySystem({ classification, row, today });
}

function dossierStep(record: SystemSecurity, result: ClassificationResult, level: SecurityLevel): NextStep {
  const needed = dossierComponentsFor(result.regime.regime, level);
  const statusOf = new Map(record.dossier.map((item) => [item.componentId, item.status]));
  const statuses = needed.map((component) => statusOf.get(component.id) ?? 'to-do');
  if (statuses.every((status) => status === 'to-do')) return 'prepare-dossier';
  if (statuses.every((status) => status === 'done')) return 'record-approval';
  return 'dossier-in-progress';
}

export function nextStepOf(row: InformationSystem, record: SystemSecurity, result: ClassificationResult): NextStep {
  if (row.role === 'user') return 'owner-classifies';
  const level = result.level;
  if (level === undefined) return hasAnyFact(record.classification) ? 'finish-classification' : 'classify';
  if (row.approvedLevel !== undefined) return row.approvedLevel === level ? 'approved' : 'level-differs';
  if (row.proposedLevel !== level) return 'record-level';
  return dossierStep(record, result, level);
}

export function workbenchSystem(
  row: InformationSystem,
  stored: SystemSecurity | undefined,
  today: string,
  now: string,
): WorkbenchSystem {
  const record = stored ?? emptySystemSecurity(row.id, now);
  const result = classifyWorkbenchSystem(record, row, today);
  return { row, record, hasRecord: stored !== undefined, result, nextStep: nextStepOf(row, record, result) };
}

/** Every system of the inventory, in the unit's order, split by who classifies it. */
export function workbenchSystems({
  answers,
  records,
  today,
  now,
}: {
  answers: ReadonlyMap<string, Answer>;
  records: ReadonlyMap<string, SystemSecurity>;
  /** Today on the user's clock, YYYY-MM-DD (the regime and its deadlines depend on it). */
  today: string;
  /** The time an empty record is stamped with. */
  now: string;
}): WorkbenchSystems {
  const systems = inventoryRows(answers).map((row) => workbenchSystem(row, records.get(row.id), today, now));
  return {
    classified: systems.filter((system) => system.row.role !== 'user'),
    usedOnly: systems.filter((system) => system.row.role === 'user'),
  };
}
