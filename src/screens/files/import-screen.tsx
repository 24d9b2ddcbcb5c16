import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MAX_FILE_BYTES, type AssessmentFile } from '../../exchange/file-format';
import { parseAssessmentBytes, type FileError, type FileWarning } from '../../exchange/parse-file';
import { paths } from '../../paths';
import { importFile, previewImport, undoImport, type ImportMode, type ImportResult } from '../../storage/exchange';
import { PageHeading } from '../../ui/page-heading';
import { describeStorageError } from '../storage-messages';

type Step =
  | { kind: 'choose' }
  | { kind: 'refused'; error: FileError }
  | { kind: 'ready'; file: AssessmentFile; conflicts: number; warnings: FileWarning[] }
  | { kind: 'imported'; result: ImportResult; count: number }
  | { kind: 'undone' };

/**
 * Importing a file from someone else: the whole file is checked before anything is written, a refused file says why
 * in the user's language and changes nothing, a clash with an assessment already here is the user's choice, and an
 * import can be undone.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [mode, setMode] = useState<ImportMode>('keep-both');
  const [failure, setFailure] = useState<string>();

  const choose = async (chosen: File | undefined) => {
    setFailure(undefined);
    if (!chosen) return;
    // Refused before reading: a huge file would freeze an old phone while it is read.
    if (chosen.size > MAX_FILE_BYTES) {
      setStep({
        kind: 'refused',
        error: { code: 'too-large', params: { maxMegabytes: MAX_FILE_BYTES / 1024 / 1024 } },
      });
      return;
    }
    const parsed = parseAssessmentBytes(new Uint8Array(await chosen.arrayBuffer()));
    if (!parsed.ok) {
      setStep({ kind: 'refused', error: parsed.error });
      return;
    }
    const preview = await previewImport(parsed.file);
    const conflicts = preview.filter((entry) => entry.status === 'conflict').length;
    setStep({ kind: 'ready', file: parsed.file, conflicts, warnings: parsed.warnings });
  };

  const confirm = async (file: AssessmentFile) => {
    try {
      const result = await importFile(file, mode, {
        titleForCopy: (assessment) =>
          t('exchange.importScreen.copyTitle', { name: assessment.title ?? assessment.profile.unitName }),
      });
      setStep({ kind: 'imported', result, count: file.assessments.length });
    } catch (error) {
      setFailure(t(describeStorageError(error)));
    }
  };

  const undo = async (result: ImportResult) => {
    try {
      await undoImport(result);
      setStep({ kind: 'undone' });
    } catch (error) {
      setFailure(t(describeStorageError(error)));
    }
  };

  return (
    <>
      <Link href={paths.home.to()} className="back-link">
        {t('common.backToList')}
      </Link>
      <PageHeading title={t('exchange.importScreen.title')}>{t('exchange.importScreen.title')}</PageHeading>
      <p className="lead">{t('exchange.importScreen.intro')}</p>
      <div className="form-group">
        <label className="label" htmlFor="import-file">
          {t('exchange.importScreen.file')}
        </label>
        <input
          id="import-file"
          className="file-input"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {failure ? (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      ) : null}
      {step.kind === 'refused' ? (
        <div className="notice notice--error" role="alert">
          {/* Text from the file is shown only as React text: markup in it is never interpreted. */}
          <p>{t(`exchange.errors.${step.error.code}`, step.error.params)}</p>
          <p>{t('exchange.nothingChanged')}</p>
        </div>
      ) : null}
      {step.kind === 'ready' ? (
        <section aria-labelledby="import-ready">
          <h2 id="import-ready" className="heading-m">
            {t('exchange.importScreen.ready', { count: step.file.assessments.length })}
          </h2>
          {step.warnings.map((warning) => (
            <p key={warning.code} className="notice">
              {t(`exchange.warnings.${warning.code}`, warning.params)}
            </p>
          ))}
          {step.conflicts > 0 ? (
            <fieldset className="fieldset form-group">
              <legend className="fieldset__legend">
                {t('exchange.importScreen.conflicts', { count: step.conflicts })}
              </legend>
              <div className="radios">
                {(['keep-both', 'replace'] as const).map((option) => (
                  <div key={option} className="radios__item">
                    <input
                      id={`import-mode-${option}`}
                      className="radios__input"
                      type="radio"
                      name="import-mode"
                      checked={mode === option}
                      onChange={() => setMode(option)}
                    />
                    <label className="radios__label" htmlFor={`import-mode-${option}`}>
                      {t(option === 'keep-both' ? 'exchange.importScreen.keepBoth' : 'exchange.importScreen.replace')}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          ) : null}
          <button type="button" className="button" onClick={() => void confirm(step.file)}>
            {t('exchange.importScreen.submit')}
          </button>
        </section>
      ) : null}
      {step.kind === 'imported' ? (
        <div className="notice notice--success" role="status">
          <p>{t('exchange.importScreen.done', { count: step.count })}</p>
          <div className="button-group">
            <Link href={paths.home.to()} className="button">
              {t('common.backToList')}
            </Link>
            <button type="button" className="button button--secondary" onClick={() => void undo(step.result)}>
              {t('exchange.importScreen.undo')}
            </button>
          </div>
        </div>
      ) : null}
      {step.kind === 'undone' ? (
        <p className="notice" role="status">
          {t('exchange.importScreen.undone')}
        </p>
      ) : null}
    </>
  );
}
