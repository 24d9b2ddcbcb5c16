import { useLiveQuery } from 'dexie-react-hooks';
import type { ExportStatus } from '../exchange/backup-reminder';
import { readExportStatus } from './export-status';

/** When each assessment was last exported and what changed since, kept live for the list and the reminder. */
export function useExportStatus(): ExportStatus[] | undefined {
  return useLiveQuery(() => readExportStatus(), []);
}
