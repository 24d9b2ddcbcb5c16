/**
 * The gaps of the baseline self-check as items of the remediation plan (issue 14, item 3): every requirement group a
 * unit found partly or not met, in every system of its inventory, with the system, the group, its legal basis, the
 * owner and due date the unit gave, and a priority. They are listed apart from the questionnaire's items and never
 * change the score: the section's questions are scored from its answers only.
 *
 * The groups are those of the system's level and regime today, so a check of a group that no longer applies (the
 * level or the regime changed) is kept in the record but is not a gap.
 *
 * Priority rule:
 * - `high`: a group not met in a system of level 3 or above;
 * - `medium`: a group not met at level 1 or 2, or partly met at level 3 or above;
 * - `low`: a group partly met at level 1 or 2.
 * Then, within a priority: the inventory's order of systems, and the law data's order of groups.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { InformationSystem, SecurityLevel } from '../questionnaire/answer-schema';
import type { LegalReference } from '../questionnaire/content-schema';
import type { Priority } from '../scoring/remediation';
import type { Regime } from './classification-schema';
import type { Confirmation, RequirementGroup } from './law/law-schema';
import type { BaselineCheck, BaselineStatus, SystemSecurity } from './system-security-schema';

/** The requirement groups of a level in a regime: `law/requirement-groups.ts#requirementGroupsFor`. */
export type GroupsFor = (regime: Regime, level: SecurityLevel) => readonly RequirementGroup[];

/** What the baseline needs of a system's classification: its regime today and its proposed level, if any. */
export interface SystemLevel {
  regime: Regime;
  level?: SecurityLevel;
}

export type GapStatus = Extract<BaselineStatus, 'partly' | 'not-met'>;

export interface BaselineGap {
  systemId: string;
  systemName: string;
  groupId: string;
  family: RequirementGroup['family'];
  status: GapStatus;
  level: SecurityLevel;
  regime: Regime;
  legalBasis: readonly LegalReference[];
  confirmation: Confirmation;
  evidence?: string;
  owner?: string;
  dueOn?: string;
  priority: Priority;
}

export interface BaselineInput {
  rows: readonly InformationSystem[];
  records: ReadonlyMap<string, SystemSecurity>;
  /** The classification of each system by id (`classify.ts#classifySystem`). */
  levels: ReadonlyMap<string, SystemLevel>;
  groupsFor: GroupsFor;
}

const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

export function isGap(status: BaselineStatus | undefined): status is GapStatus {
  return status === 'partly' || status === 'not-met';
}

export function gapPriority(status: GapStatus, level: SecurityLevel): Priority {
  const isHighLevel = Number(level) >= 3;
  if (status === 'not-met') return isHighLevel ? 'high' : 'medium';
  return isHighLevel ? 'medium' : 'low';
}

/** The groups that apply to a system today, with the unit's check of each (undefined while not answered). */
export function baselineOf(
  level: SystemLevel | undefined,
  record: SystemSecurity | undefined,
  groupsFor: GroupsFor,
): { group: RequirementGroup; check: BaselineCheck | undefined }[] {
  if (!level?.level) return [];
  const checks = new Map((record?.baseline ?? []).map((check) => [check.groupId, check]));
  return groupsFor(level.regime, level.level).map((group) => ({ group, check: checks.get(group.id) }));
}

export interface BaselineProgress {
  total: number;
  answered: number;
  gaps: number;
  /** Every group answered, and each met or not applicable. */
  isComplete: boolean;
  isAllMet: boolean;
}

export function baselineProgress(entries: ReturnType<typeof baselineOf>): BaselineProgress {
  const answered = entries.filter((entry) => entry.check !== undefined).length;
  const gaps = entries.filter((entry) => isGap(entry.check?.status)).length;
  const isComplete = entries.length > 0 && answered === entries.length;
  return { total: entries.length, answered, gaps, isComplete, isAllMet: isComplete && gaps === 0 };
}

export function listBaselineGaps({ rows, records, levels, groupsFor }: BaselineInput): BaselineGap[] {
  const gaps = rows.flatMap((row) => {
    const level = levels.get(row.id);
    return baselineOf(level, records.get(row.id), groupsFor).flatMap(({ group, check }): BaselineGap[] => {
      if (!level?.level || !check || !isGap(check.status)) return [];
      return [
        {
          systemId: row.id,
          systemName: row.name,
          groupId: group.id,
          family: group.family,
          status: check.status,
          level: level.level,
          regime: level.regime,
          legalBasis: group.legalBasis,
          confirmation: group.confirmation,
          evidence: check.evidence,
          owner: check.owner,
          dueOn: check.dueOn,
          priority: gapPriority(check.status, level.level),
        },
      ];
    });
  });
  // Array.prototype.sort is stable: equal priorities keep the inventory's and the law data's order.
  return gaps.sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]);
}
