import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markExported } from '../../storage/export-status';
import { useBusyAction } from '../../ui/busy-button';
import { describeStorageError } from '../storage-messages';
import { saveTextFile } from './save-file';

export type ExportMessage = { kind: 'working' | 'done' | 'error'; text: string };

/**
 * Exports assessments as a JSON file: reads them in one transaction, hands the file to the browser, reads it back
 * and compares, and only then says "saved" and records the export (for the backup reminder).
 *
 * `busy` is the one guard of the screen's export buttons (see BusyButton): one export at a time, so that a double
 * click makes one file and the message beside the buttons is about the file being made.
 */
export function useFileExport() {
  const { t } = useTranslation();
  const busy = useBusyAction();
  const [message, setMessage] = useState<ExportMessage>();
  const exportJson = async (ids: readonly string[] | 'all', fileName: string) => {
    setMessage({ kind: 'working', text: t('exchange.actions.working') });
    // The file code (writing, and reading back with the file's schema) loads on the first export, not with the list.
    const [{ AssessmentLimitError, exportAssessments }, { readBack }] = await Promise.all([
      import('../../storage/exchange'),
      import('../../exchange/read-back'),
    ]);
    try {
      const exported = await exportAssessments(ids);
      const savedText = await saveTextFile(exported.text, fileName, 'application/json');
      const check = readBack(savedText, exported.file);
      if (!check.ok) {
        setMessage({ kind: 'error', text: t('exchange.errors.read-back-failed') });
        return;
      }
      await markExported(exported.assessmentIds, exported.file.exportedAt);
      setMessage({ kind: 'done', text: t('exchange.actions.saved', { name: fileName }) });
    } catch (error) {
      const text =
        error instanceof AssessmentLimitError && error.limit.kind === 'backup'
          ? t('exchange.errors.too-many-to-back-up', { count: error.limit.count, max: error.limit.max })
          : t(describeStorageError(error));
      setMessage({ kind: 'error', text });
    }
  };
  /**
   * The CSV is written (`makeCsv`, which may first load the question texts) inside the action, so that it is guarded
   * and its failure is reported too.
   */
  const exportCsv = async (makeCsv: () => string | Promise<string>, fileName: string) => {
    setMessage({ kind: 'working', text: t('exchange.actions.workingCsv') });
    try {
      await saveTextFile(await makeCsv(), fileName, 'text/csv;charset=utf-8');
      setMessage({ kind: 'done', text: t('exchange.actions.savedCsv', { name: fileName }) });
    } catch (error) {
      console.error(error);
      setMessage({ kind: 'error', text: t('exchange.actions.failedCsv') });
    }
  };
  return { busy, message, exportJson, exportCsv };
}
