/**
 * When to offer a backup. Everything lives only in this browser, so the assessment list shows when each assessment
 * was last exported and, gently (a notice, never a dialog), offers a backup when work would be lost with the device:
 *
 * - an assessment has changes not in any export, and either
 * - at least REMINDER_AFTER_CHANGES answers and plan items changed since its last export, or
 * - at least REMINDER_AFTER_DAYS days passed since its last export (or its creation, if never exported).
 *
 * "Later" snoozes the reminder for REMINDER_SNOOZE_DAYS (the screen keeps `snoozedUntil`, e.g. in localStorage).
 *
 * Pure module: no React, no storage, no i18next.
 */

export const REMINDER_AFTER_CHANGES = 20;
export const REMINDER_AFTER_DAYS = 7;
export const REMINDER_SNOOZE_DAYS = 3;

const DAY_MS = 86_400_000;

export interface ExportStatus {
  assessmentId: string;
  createdAt: string;
  updatedAt: string;
  /** When the assessment was last in an export that was read back and checked. */
  lastExportedAt?: string;
  /** Answers and plan items saved after `lastExportedAt` (all of them when never exported). */
  changesSinceExport: number;
  /** The sample assessment (issue 13): fictional and made again in one click, so never worth a backup reminder. */
  sample?: true;
}

/** Records (answers, plan items) changed after `since`; all of them when `since` is undefined. */
export function countChangesSince(records: readonly { updatedAt: string }[], since: string | undefined): number {
  if (since === undefined) return records.length;
  const mark = Date.parse(since);
  return records.filter((record) => Date.parse(record.updatedAt) > mark).length;
}

/** Whether the assessment holds anything no export has. */
export function hasUnexportedChanges(status: ExportStatus): boolean {
  if (status.changesSinceExport > 0) return true;
  return status.lastExportedAt !== undefined && Date.parse(status.updatedAt) > Date.parse(status.lastExportedAt);
}

export type BackupReminder =
  | { due: false }
  | {
      due: true;
      /** `changes` when some assessment reached the number of changes, else `days`. */
      reason: 'changes' | 'days';
      /** The assessments a backup would protect, in the order given. */
      assessmentIds: string[];
      /** The most changes and the most days without export among them, for the message. */
      changes: number;
      days: number;
    };

export function backupReminder(statuses: readonly ExportStatus[], now: string, snoozedUntil?: string): BackupReminder {
  const nowMs = Date.parse(now);
  if (snoozedUntil !== undefined && nowMs < Date.parse(snoozedUntil)) return { due: false };
  const daysSinceExport = (status: ExportStatus) =>
    Math.floor((nowMs - Date.parse(status.lastExportedAt ?? status.createdAt)) / DAY_MS);
  const due = statuses.filter(
    (status) =>
      !status.sample &&
      hasUnexportedChanges(status) &&
      (status.changesSinceExport >= REMINDER_AFTER_CHANGES || daysSinceExport(status) >= REMINDER_AFTER_DAYS),
  );
  if (due.length === 0) return { due: false };
  const changes = Math.max(...due.map((status) => status.changesSinceExport));
  return {
    due: true,
    reason: changes >= REMINDER_AFTER_CHANGES ? 'changes' : 'days',
    assessmentIds: due.map((status) => status.assessmentId),
    changes,
    days: Math.max(...due.map(daysSinceExport)),
  };
}

/** The end of a snooze started now. */
export function snoozeUntil(now: string): string {
  return new Date(Date.parse(now) + REMINDER_SNOOZE_DAYS * DAY_MS).toISOString();
}
