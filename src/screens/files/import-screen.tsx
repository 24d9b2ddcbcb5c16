import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MAX_FILE_BYTES, type AssessmentFile } from '../../exchange/file-format';
import { parseAssessmentBytes, type FileError, type FileWarning } from '../../exchange/parse-file';
import { paths } from '../../paths';
import { importFile, previewImport, undoImport, type ImportMode, type ImportResult } from '../../storage/exchange';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { PageHeading } from '../../ui/page-heading';
import { describeStorageError } from '../storage-messages';

type Step =
  | { kind: 'choose' }
  | { kind: 'refused'; error: FileError }
  | { kind: 'ready'; file: AssessmentFile; conflicts: number; warnings: FileWarning[] }
  | { kind: 'imported'; result: ImportResult; count: number }
  | { kind: 'undone' };

/** What failed, shown next to what the user used: the file input, the import button or the undo button. */
type Failure = { during: 'choose' | 'import' | 'undo'; text: string };

/**
 * Importing a file from someone else: the whole file is checked before anything is written, a refused file says why
 * in the user's language and changes nothing, a clash with an assessment already here is the user's choice, and an
 * import can be undone.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [mode, setMode] = useState<ImportMode>('keep-both');
  const [failure, setFailure] = useState<Failure>();
  // Importing and undoing: one at a time, each a BusyButton.
  const busy = useBusyAction();
  const [isChecking, setChecking] = useState(false);
  // Choosing another file while one is being checked: only the latest choice is shown.
  const latestChoice = useRef(0);

  const choose = async (chosen: File | undefined) => {
    const choice = ++latestChoice.current;
    const isLatest = () => choice === latestChoice.current;
    setFailure(undefined);
    setChecking(false);
    if (!chosen) return;
    // Refused before reading: a huge file would freeze an old phone while it is read.
    if (chosen.size > MAX_FILE_BYTES) {
      setStep({
        kind: 'refused',
        error: { code: 'too-large', params: { maxMegabytes: MAX_FILE_BYTES / 1024 / 1024 } },
      });
      return;
    }
    setChecking(true);
    try {
      const parsed = parseAssessmentBytes(new Uint8Array(await chosen.arrayBuffer()));
      if (!isLatest()) return;
      if (!parsed.ok) {
        setStep({ kind: 'refused', error: parsed.error });
        return;
      }
      const preview = await previewImport(parsed.file);
      if (!isLatest()) return;
      const conflicts = preview.filter((entry) => entry.status === 'conflict').length;
      setStep({ kind: 'ready', file: parsed.file, conflicts, warnings: parsed.warnings });
    } catch (error) {
      if (isLatest()) setFailure({ during: 'choose', text: t(describeStorageError(error)) });
    } finally {
      if (isLatest()) setChecking(false);
    }
  };

  const confirm = async (file: AssessmentFile) => {
    setFailure(undefined);
    try {
      const result = await importFile(file, mode, {
        titleForCopy: (assessment) =>
          t('exchange.importScreen.copyTitle', { name: assessment.title ?? assessment.profile.unitName }),
      });
      setStep({ kind: 'imported', result, count: file.assessments.length });
    } catch (error) {
      setFailure({ during: 'import', text: t(describeStorageError(error)) });
    }
  };

  const undo = async (result: ImportResult) => {
    setFailure(undefined);
    try {
      await undoImport(result);
      setStep({ kind: 'undone' });
    } catch (error) {
      setFailure({ during: 'undo', text: t(describeStorageError(error)) });
    }
  };
  /** The message beside the control of `during`: working, or why it failed. */
  const statusOf = (during: Failure['during'], working: string | undefined) =>
    failure?.during === during ? { message: failure.text, isError: true } : { message: working };

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
          // Not while an import or undo runs: the file being imported must stay the one on screen.
          disabled={busy.running !== undefined}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        <ActionStatus {...statusOf('choose', isChecking ? t('exchange.importScreen.checking') : undefined)} />
      </div>
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
          <div className="busy-action">
            <BusyButton
              busy={busy}
              actionKey="import"
              busyLabel={t('exchange.importScreen.importing')}
              onAction={() => confirm(step.file)}
            >
              {t('exchange.importScreen.submit')}
            </BusyButton>
            <ActionStatus
              {...statusOf('import', busy.running === 'import' ? t('exchange.importScreen.importing') : undefined)}
            />
          </div>
        </section>
      ) : null}
      {step.kind === 'imported' ? (
        <div className="notice notice--success">
          <p role="status">{t('exchange.importScreen.done', { count: step.count })}</p>
          <div className="button-group">
            <Link href={paths.home.to()} className="button">
              {t('common.backToList')}
            </Link>
            <BusyButton
              busy={busy}
              actionKey="undo"
              busyLabel={t('exchange.importScreen.undoing')}
              className="button button--secondary"
              onAction={() => undo(step.result)}
            >
              {t('exchange.importScreen.undo')}
            </BusyButton>
          </div>
          <ActionStatus
            {...statusOf('undo', busy.running === 'undo' ? t('exchange.importScreen.undoing') : undefined)}
          />
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
