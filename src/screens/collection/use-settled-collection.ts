import type { ReceivedAssessment } from '../../collection/received-schema';
import { useCollection } from '../../storage/use-collection';
import { useImportRunning } from './import-activity';

/**
 * The collection, live, except while an import runs on this page: then as it was, until the import ends. `enabled`
 * false: not read yet.
 */
export function useSettledCollection({ enabled = true }: { enabled?: boolean } = {}): ReceivedAssessment[] | undefined {
  return useCollection({ paused: useImportRunning(), enabled });
}
