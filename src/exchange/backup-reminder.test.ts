import {
  backupReminder,
  countChangesSince,
  hasUnexportedChanges,
  REMINDER_AFTER_CHANGES,
  REMINDER_AFTER_DAYS,
  snoozeUntil,
  type ExportStatus,
} from './backup-reminder';

const NOW = '2026-11-22T09:00:00.000Z';
const daysBefore = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();

function status(overrides: Partial<ExportStatus> = {}): ExportStatus {
  return {
    assessmentId: 'a',
    createdAt: daysBefore(30),
    updatedAt: daysBefore(1),
    lastExportedAt: daysBefore(2),
    changesSinceExport: 1,
    ...overrides,
  };
}

test('changes are the records saved after the export; all of them when never exported', () => {
  const records = [{ updatedAt: daysBefore(3) }, { updatedAt: daysBefore(1) }, { updatedAt: NOW }];
  expect(countChangesSince(records, daysBefore(2))).toBe(2);
  expect(countChangesSince(records, undefined)).toBe(3);
  // Timestamps compare as times, not as strings of different precision.
  expect(countChangesSince([{ updatedAt: '2026-11-22T09:00:00.5Z' }], '2026-11-22T09:00:00.000Z')).toBe(1);
});

test('a rename after the export counts as unexported even with no answer changed', () => {
  expect(hasUnexportedChanges(status({ changesSinceExport: 0 }))).toBe(true);
  expect(hasUnexportedChanges(status({ changesSinceExport: 0, updatedAt: daysBefore(3) }))).toBe(false);
  expect(hasUnexportedChanges(status({ changesSinceExport: 0, lastExportedAt: undefined }))).toBe(false);
});

test('no reminder for a recent export with few changes', () => {
  expect(backupReminder([status()], NOW)).toEqual({ due: false });
});

test(`a reminder after ${REMINDER_AFTER_CHANGES} changes, even the same day`, () => {
  const many = status({ assessmentId: 'b', changesSinceExport: REMINDER_AFTER_CHANGES, lastExportedAt: daysBefore(0) });
  expect(backupReminder([status(), many], NOW)).toEqual({
    due: true,
    reason: 'changes',
    assessmentIds: ['b'],
    changes: REMINDER_AFTER_CHANGES,
    days: 0,
  });
});

test(`a reminder ${REMINDER_AFTER_DAYS} days after the last export when something changed`, () => {
  const old = status({ lastExportedAt: daysBefore(REMINDER_AFTER_DAYS), updatedAt: daysBefore(1) });
  expect(backupReminder([old], NOW)).toMatchObject({ due: true, reason: 'days', days: REMINDER_AFTER_DAYS });
  expect(backupReminder([{ ...old, lastExportedAt: daysBefore(REMINDER_AFTER_DAYS - 1) }], NOW)).toEqual({
    due: false,
  });
});

test('never exported: days count from creation', () => {
  const fresh = status({ lastExportedAt: undefined, createdAt: daysBefore(2), changesSinceExport: 5 });
  expect(backupReminder([fresh], NOW).due).toBe(false);
  expect(backupReminder([{ ...fresh, createdAt: daysBefore(8) }], NOW)).toMatchObject({ due: true, days: 8 });
});

test('nothing changed since the export: no reminder, however long ago', () => {
  const idle = status({ lastExportedAt: daysBefore(300), updatedAt: daysBefore(301), changesSinceExport: 0 });
  expect(backupReminder([idle], NOW)).toEqual({ due: false });
});

test('an empty assessment never exported is not worth a reminder', () => {
  const empty = status({ lastExportedAt: undefined, createdAt: daysBefore(60), changesSinceExport: 0 });
  expect(backupReminder([empty], NOW)).toEqual({ due: false });
});

test('"later" silences the reminder until the snooze ends', () => {
  const due = status({ changesSinceExport: 50 });
  const until = snoozeUntil(NOW);
  expect(backupReminder([due], NOW, until)).toEqual({ due: false });
  expect(backupReminder([due], until, until).due).toBe(true);
});

test('the sample assessment never asks for a backup, however much it changed', () => {
  const sample = status({ changesSinceExport: REMINDER_AFTER_CHANGES * 4, createdAt: daysBefore(30), sample: true });
  expect(backupReminder([sample], NOW)).toEqual({ due: false });
  expect(backupReminder([sample, status({ changesSinceExport: REMINDER_AFTER_CHANGES })], NOW).due).toBe(true);
});
