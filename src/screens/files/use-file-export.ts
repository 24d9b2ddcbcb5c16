import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readBack } from '../../exchange/read-back';
import { exportAssessments, markExported } from '../../storage/exchange';
import { describeStorageError } from '../storage-messages';
import { saveTextFile } from './save-file';

export type ExportMessage = { kind: 'done' | 'error'; text: string };

/**
 * Exports assessments as a JSON file: reads them in one transaction, hands the file to the browser, reads it back
 * and compares, and only then says "saved" and records the export (for the backup reminder).
 */
export function useFileExport() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<ExportMessage>();
  const exportJson = async (ids: readonly string[] | 'all', fileName: string) => {
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
      setMessage({ kind: 'error', text: t(describeStorageError(error)) });
    }
  };
  const exportCsv = async (csv: string, fileName: string) => {
    await saveTextFile(csv, fileName, 'text/csv;charset=utf-8');
    setMessage({ kind: 'done', text: t('exchange.actions.savedCsv', { name: fileName }) });
  };
  return { message, exportJson, exportCsv };
}
