import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markExported } from '../../storage/export-status';
import { describeStorageError } from '../storage-messages';
import { canShareFile, probeFile, shareFile } from './share-file';
import type { ExportMessage } from './use-file-export';

const TYPE = 'application/json';

/**
 * Shares assessments as the same JSON file the export downloads (same bytes, name and type), through the phone's
 * share sheet. As the download, the file is read back and checked first, and the export is recorded (for the backup
 * reminder) only once the file has gone somewhere: a closed sheet records nothing, and says so quietly.
 *
 * `isSupported` is asked once, with an empty file of the same type: the button is not shown where it is false.
 */
export function useFileShare() {
  const { t } = useTranslation();
  const [isSupported] = useState(() => typeof File === 'function' && canShareFile(probeFile('probe.json', TYPE)));
  const [message, setMessage] = useState<ExportMessage>();
  const shareJson = async (ids: readonly string[], fileName: string) => {
    setMessage({ kind: 'working', text: t('exchange.actions.working') });
    const [{ exportAssessments }, { readBack }] = await Promise.all([
      import('../../storage/exchange'),
      import('../../exchange/read-back'),
    ]);
    try {
      const exported = await exportAssessments(ids);
      const file = new File([exported.text], fileName, { type: TYPE });
      if (!readBack(await file.text(), exported.file).ok) {
        setMessage({ kind: 'error', text: t('exchange.errors.read-back-failed') });
        return;
      }
      let outcome;
      try {
        outcome = await shareFile(file);
      } catch (error) {
        console.error(error);
        setMessage({ kind: 'error', text: t('exchange.actions.shareFailed') });
        return;
      }
      if (outcome === 'cancelled') {
        setMessage({ kind: 'done', text: t('exchange.actions.shareCancelled') });
        return;
      }
      await markExported(exported.assessmentIds, exported.file.exportedAt);
      setMessage({ kind: 'done', text: t('exchange.actions.shared', { name: fileName }) });
    } catch (error) {
      setMessage({ kind: 'error', text: t(describeStorageError(error)) });
    }
  };
  return { isSupported, message, shareJson };
}
