import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../assessment/assessment-schema';
import { useFormat } from '../../i18n/use-format';
import type { InformationSystem, SecurityLevel } from '../../questionnaire/answer-schema';
import type { ClassificationResult } from '../../security-level/classification-result';
import type { SystemSecurity } from '../../security-level/system-security-schema';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { createFormat } from '../../wording/format';
import { saveBlob } from '../files/save-file';
import { todayIso } from '../today';

type ExportKind = 'docx' | 'pdf';

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; file: ExportKind }
  | { kind: 'done'; file: ExportKind; fileName: string; kb: number }
  | { kind: 'error'; file: ExportKind; isOffline: boolean };

/** "Thành phố Hà Nội" → "Hà Nội", "Ninh Bình Province" → "Ninh Bình": the place name of an official document. */
function placeOf(provinceLabel: string): string {
  return provinceLabel.replace(/^(Thành phố|Tỉnh)\s+/u, '').replace(/\s+(City|Province)$/u, '');
}

/**
 * "Draft as Word (.docx)" and "Draft as PDF": the draft of the level justification and the security plan, in the
 * language of the screen. The draft, the Word library and the PDF engine are loaded only when asked for, and the
 * file is made on the device, offline too. The bytes handed to the download are read back and checked before the
 * screen says the file is saved.
 */
export function DossierExports({
  assessment,
  row,
  record,
  result,
  level,
}: {
  assessment: Assessment;
  row: InformationSystem;
  record: SystemSecurity;
  result: ClassificationResult;
  level: SecurityLevel;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const busy = useBusyAction();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function run(file: ExportKind) {
    setStatus({ kind: 'working', file });
    try {
      const { buildDossierDraft } = await import('../../security-level/dossier-draft');
      const locale = {
        language: format.language,
        t: (key: string, values?: Record<string, unknown>) => t(key, values),
        tc: (key: string, values?: Record<string, unknown>) => tc(key, values),
        format: createFormat(format.language),
      };
      const { profile } = assessment;
      const draft = buildDossierDraft({
        locale,
        unit: { name: profile.unitName, place: placeOf(t(`provinces.${profile.provinceId}`)) },
        row,
        record,
        result,
        level,
        today: todayIso(),
      });
      const name = t('securityDossier.exports.fileName', { system: row.name, unit: profile.unitName });
      let blob: Blob;
      let fileName: string;
      if (file === 'docx') {
        const docx = await import('../../docx/create-dossier-docx');
        const { toFileSlug } = await import('../../report/file-name');
        blob = await docx.writeDossierDocx(draft);
        if (!docx.readBackDocx(new Uint8Array(await blob.arrayBuffer()), [row.name, draft.title])) {
          throw new Error('The Word file did not read back');
        }
        fileName = `${toFileSlug(name) || 'dossier'}.docx`;
      } else {
        const pdf = await import('../../report/dossier/create-dossier-pdf');
        blob = await pdf.createDossierPdf({ ...locale, t, tc }, draft);
        if (!pdf.readBackPdf(new Uint8Array(await blob.arrayBuffer()))) throw new Error('The PDF did not read back');
        fileName = pdf.toPdfFileName(name);
      }
      saveBlob(blob, fileName);
      setStatus({ kind: 'done', file, fileName, kb: Math.max(1, Math.round(blob.size / 1024)) });
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'error', file, isOffline: !navigator.onLine });
    }
  }

  const message = (() => {
    switch (status.kind) {
      case 'idle':
        return undefined;
      case 'working':
        return t('securityDossier.exports.busy');
      case 'done':
        return t('securityDossier.exports.done', { file: status.fileName, size: format.number(status.kb) });
      case 'error':
        return status.isOffline ? t('securityDossier.exports.failedOffline') : t('securityDossier.exports.failed');
    }
  })();
  return (
    <section aria-labelledby="dossier-exports-heading" className="dossier-exports" data-export-status={status.kind}>
      <h2 id="dossier-exports-heading">{t('securityDossier.exports.heading')}</h2>
      <p className="hint">{t('securityDossier.exports.intro')}</p>
      <p className="hint">{t('securityDossier.exports.private')}</p>
      <div className="button-group">
        <BusyButton
          busy={busy}
          actionKey="docx"
          busyLabel={t('securityDossier.exports.busy')}
          onAction={() => run('docx')}
        >
          {t('securityDossier.exports.docx')}
        </BusyButton>
        <BusyButton
          busy={busy}
          actionKey="pdf"
          busyLabel={t('securityDossier.exports.busy')}
          onAction={() => run('pdf')}
          className="button button--secondary"
        >
          {t('securityDossier.exports.pdf')}
        </BusyButton>
      </div>
      <ActionStatus message={message} isError={status.kind === 'error'} />
    </section>
  );
}
