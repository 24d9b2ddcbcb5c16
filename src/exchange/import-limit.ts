/**
 * The device holds at most as many assessments as one backup file can (`MAX_ASSESSMENTS`), so that every device
 * can always be backed up to one file and every backup restored onto an empty device. An import that would take
 * the device past it is refused before anything is written; a device that already holds more (older data) cannot be
 * backed up in one file, and says so. See "Limits" in docs/file-format.md.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { MAX_ASSESSMENTS } from './file-format';

/**
 * Per assessment of a file, what importing it does. `new`: not on this device (or only deleted, awaiting undo);
 * `identical`: here with exactly the same content, left alone; `conflict`: here with other content, the user
 * chooses keep both or replace.
 */
export type ImportEntryStatus = 'new' | 'identical' | 'conflict';

export type ImportMode = 'keep-both' | 'replace';

/** How many assessments an import adds to the device: every new one, and a copy of every conflict kept both ways. */
export function countAdded(statuses: readonly ImportEntryStatus[], mode: ImportMode): number {
  return statuses.filter((status) => status === 'new' || (status === 'conflict' && mode === 'keep-both')).length;
}

/** The counts the refusal tells the user: "This device already holds 2; only 998 more fit. The file adds 1,000." */
export interface ImportRoom {
  /** Assessments on the device now (deleted ones awaiting undo are not counted: they are never in a backup). */
  onDevice: number;
  /** How many the import would add. */
  adding: number;
  /** How many more fit (0 when the device is at or over the maximum). */
  room: number;
  max: number;
  fits: boolean;
}

export function importRoom(onDevice: number, adding: number, max: number = MAX_ASSESSMENTS): ImportRoom {
  const room = Math.max(0, max - onDevice);
  return { onDevice, adding, room, max, fits: adding <= room };
}
