import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'wouter';
import { MAX_FILE_BYTES, type AssessmentFile, type FileAssessment } from '../../exchange/file-format';
import { parseAssessmentBytes, type FileError, type FileWarning } from '../../exchange/parse-file';
import { paths } from '../../paths';
import {
  AssessmentLimitError,
  importFile,
  previewImport,
  roomFor,
  undoImport,
  type ImportedEntry,
  type ImportEntryStatus,
  type ImportMode,
  type ImportPreview,
  type ImportResult,
  type ImportRoom,
} from '../../storage/exchange';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { PageHeading } from '../../ui/page-heading';
import { StatusTag } from '../../ui/status-tag';
import { describePeriod } from '../assessment-labels';
import { describeStorageError } from '../storage-messages';

type Step =
  | { kind: 'choose' }
  | { kind: 'refused'; error: FileError }
  | { kind: 'ready'; file: AssessmentFile; preview: ImportPreview; warnings: FileWarning[] }
  | { kind: 'imported'; result: ImportResult; preview: ImportPreview }
  | { kind: 'undone' };

const STATUS_TONE: Record<ImportEntryStatus, 'grey' | 'blue' | 'green' | 'red'> = {
  new: 'green',
  identical: 'grey',
  conflict: 'red',
};
const ACTION_TONE: Record<ImportedEntry['action'], 'grey' | 'blue' | 'green' | 'red'> = {
  added: 'green',
  copied: 'blue',
  replaced: 'blue',
  unchanged: 'grey',
};

/** "2 mới, 1 đã có và giống hệt (sẽ bỏ qua), 1 khác với bản trên thiết bị": the statuses that occur, in this order. */
function previewSummary(t: TFunction, preview: ImportPreview): string {
  const parts = (['new', 'identical', 'conflict'] as const).flatMap((status) => {
    const count = preview.entries.filter((entry) => entry.status === status).length;
    return count > 0 ? [t(`exchange.importScreen.summary.${status}`, { count })] : [];
  });
  return t('exchange.importScreen.inFile', { parts: parts.join(', ') });
}

/** What the import did, one sentence per kind of change; "nothing changed" when every assessment was identical. */
function resultSentences(t: TFunction, result: ImportResult): string[] {
  const count = (action: ImportedEntry['action']) => result.entries.filter((entry) => entry.action === action).length;
  if (result.entries.every((entry) => entry.action === 'unchanged')) {
    return [t('exchange.importScreen.doneNothing')];
  }
  const [added, copied, replaced, unchanged] = [count('added'), count('copied'), count('replaced'), count('unchanged')];
  return [
    added > 0 ? t('exchange.importScreen.done', { count: added }) : '',
    copied > 0 ? t('exchange.importScreen.doneCopied', { count: copied }) : '',
    replaced > 0 ? t('exchange.importScreen.doneReplaced', { count: replaced }) : '',
    unchanged > 0 ? t('exchange.importScreen.doneUnchanged', { count: unchanged }) : '',
  ].filter(Boolean);
}

/** The refusal when the device would hold more assessments than a backup file can (nothing is written). */
function limitMessage(t: TFunction, room: ImportRoom): string {
  return t('exchange.errors.too-many-to-import', {
    onDevice: room.onDevice,
    room: room.room,
    max: room.max,
    adding: room.adding,
  });
}

/** One line per assessment of the file: unit, period, and what the import will do or did to it. */
function EntryList({
  id,
  label,
  items,
}: {
  id: string;
  label: string;
  items: { key: string; assessment: FileAssessment; status: string; tone: 'grey' | 'blue' | 'green' | 'red' }[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <h3 id={id} className="heading-s">
        {label}
      </h3>
      <ul aria-labelledby={id}>
        {items.map((item) => (
          <li key={item.key}>
            {item.assessment.profile.unitName} · {describePeriod(t, item.assessment.profile)} ·{' '}
            <StatusTag tone={item.tone}>{item.status}</StatusTag>
          </li>
        ))}
      </ul>
    </>
  );
}

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
      setStep({ kind: 'ready', file: parsed.file, preview, warnings: parsed.warnings });
    } catch (error) {
      if (isLatest()) setFailure({ during: 'choose', text: t(describeStorageError(error)) });
    } finally {
      if (isLatest()) setChecking(false);
    }
  };

  const confirm = async (file: AssessmentFile, preview: ImportPreview) => {
    setFailure(undefined);
    try {
      const result = await importFile(file, mode, {
        titleForCopy: (assessment) =>
          t('exchange.importScreen.copyTitle', { name: assessment.title ?? assessment.profile.unitName }),
      });
      setStep({ kind: 'imported', result, preview });
    } catch (error) {
      // Another tab may have added assessments since the preview: the limit is checked again as the import writes.
      const text =
        error instanceof AssessmentLimitError && error.limit.kind === 'import'
          ? `${limitMessage(t, error.limit)} ${t('exchange.nothingChanged')}`
          : t(describeStorageError(error));
      setFailure({ during: 'import', text });
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
        <ReadyStep
          step={step}
          mode={mode}
          onMode={setMode}
          importButton={
            <div className="busy-action">
              <BusyButton
                busy={busy}
                actionKey="import"
                busyLabel={t('exchange.importScreen.importing')}
                onAction={() => confirm(step.file, step.preview)}
              >
                {t('exchange.importScreen.submit')}
              </BusyButton>
              <ActionStatus
                {...statusOf('import', busy.running === 'import' ? t('exchange.importScreen.importing') : undefined)}
              />
            </div>
          }
        />
      ) : null}
      {step.kind === 'imported' ? (
        <ImportedStep
          step={step}
          actions={
            <>
              <div className="button-group">
                <Link href={paths.home.to()} className="button">
                  {t('common.backToList')}
                </Link>
                {/* Nothing to undo when every assessment was already here, identical. */}
                {step.result.entries.some((entry) => entry.action !== 'unchanged') ? (
                  <BusyButton
                    busy={busy}
                    actionKey="undo"
                    busyLabel={t('exchange.importScreen.undoing')}
                    className="button button--secondary"
                    onAction={() => undo(step.result)}
                  >
                    {t('exchange.importScreen.undo')}
                  </BusyButton>
                ) : null}
              </div>
              <ActionStatus
                {...statusOf('undo', busy.running === 'undo' ? t('exchange.importScreen.undoing') : undefined)}
              />
            </>
          }
        />
      ) : null}
      {step.kind === 'undone' ? (
        <p className="notice" role="status">
          {t('exchange.importScreen.undone')}
        </p>
      ) : null}
    </>
  );
}

/** The checked file: what the import will do, per assessment, the choice for conflicts, and the import button. */
function ReadyStep({
  step,
  mode,
  onMode,
  importButton,
}: {
  step: Extract<Step, { kind: 'ready' }>;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  importButton: ReactNode;
}) {
  const { t } = useTranslation();
  const { entries } = step.preview;
  const conflicts = entries.filter((entry) => entry.status === 'conflict').length;
  const room = roomFor(step.preview, mode);
  return (
    <section aria-labelledby="import-ready">
      <h2 id="import-ready" className="heading-m">
        {t('exchange.importScreen.ready', { count: step.file.assessments.length })}
      </h2>
      <p>{previewSummary(t, step.preview)}</p>
      {entries.every((entry) => entry.status === 'identical') ? (
        <p className="notice">{t('exchange.importScreen.allIdentical')}</p>
      ) : null}
      {step.warnings.map((warning) => (
        <p key={warning.code} className="notice">
          {t(`exchange.warnings.${warning.code}`, warning.params)}
        </p>
      ))}
      <EntryList
        id="import-entries"
        label={t('exchange.importScreen.entriesHeading')}
        items={entries.map((entry) => ({
          key: entry.id,
          assessment: entry.fileAssessment,
          status: t(`exchange.importScreen.status.${entry.status}`),
          tone: STATUS_TONE[entry.status],
        }))}
      />
      {conflicts > 0 ? (
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend">{t('exchange.importScreen.conflicts', { count: conflicts })}</legend>
          <div className="radios">
            {(['keep-both', 'replace'] as const).map((option) => (
              <div key={option} className="radios__item">
                <input
                  id={`import-mode-${option}`}
                  className="radios__input"
                  type="radio"
                  name="import-mode"
                  checked={mode === option}
                  onChange={() => onMode(option)}
                />
                <label className="radios__label" htmlFor={`import-mode-${option}`}>
                  {t(option === 'keep-both' ? 'exchange.importScreen.keepBoth' : 'exchange.importScreen.replace')}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
      {room.fits ? (
        importButton
      ) : (
        // Refused before anything is written; with conflicts, "replace" may still fit (it adds none).
        <div className="notice notice--error" role="alert">
          <p>{limitMessage(t, room)}</p>
          <p>{t('exchange.importScreen.limitHint')}</p>
          <p>{t('exchange.nothingChanged')}</p>
        </div>
      )}
    </section>
  );
}

/** What the import did: one sentence per kind of change, then each assessment, and undo when something changed. */
function ImportedStep({ step, actions }: { step: Extract<Step, { kind: 'imported' }>; actions: ReactNode }) {
  const { t } = useTranslation();
  const fileAssessments = new Map(step.preview.entries.map((entry) => [entry.id, entry.fileAssessment]));
  const items = step.result.entries.flatMap((entry) => {
    const assessment = fileAssessments.get(entry.action === 'copied' ? entry.fileId : entry.id);
    return assessment
      ? [
          {
            key: entry.id,
            assessment,
            status: t(`exchange.importScreen.action.${entry.action}`),
            tone: ACTION_TONE[entry.action],
          },
        ]
      : [];
  });
  return (
    <div className="notice notice--success">
      <p role="status">{resultSentences(t, step.result).join(' ')}</p>
      <EntryList id="import-result" label={t('exchange.importScreen.resultHeading')} items={items} />
      {actions}
    </div>
  );
}
