/**
 * Importing the units' assessment files into the collection (issue 12): several files, a folder or ZIP files, picked
 * or dropped; a progress bar with the count and a cancel; then a summary, with each refused file's reason in the
 * user's language. The work is done by `collection/import/run-import.ts` (parsing in a worker); this component only
 * starts it and shows where it is.
 *
 * Its texts are in locales/<language>/screen-collection-import.json: render it inside a Suspense boundary.
 */
import { use, useEffect, useRef, useState, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  sourcesFromDrop,
  sourcesFromFiles,
  type GatherSource,
  type SkippedFile,
} from '../../collection/import/gather-files';
import {
  runImport,
  type ImportProgress,
  type ImportSummary,
  type RejectedFile,
  type RunImportOptions,
} from '../../collection/import/run-import';
import { screenTextsReady } from '../../i18n/i18n';
import { receiveAssessments, type ReceiveOutcome } from '../../storage/collection';
import { describeStorageError } from '../storage-messages';
import { markImportRunning } from './import-activity';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ImportProgress; cancelling: boolean }
  | { kind: 'done'; summary: ImportSummary };

/** The reason a file was refused, in the user's language. */
export function describeRejection(t: TFunction, rejected: RejectedFile): string {
  const { error } = rejected;
  switch (error.code) {
    case 'storage':
      return t(describeStorageError(error.cause));
    case 'zip-unreadable':
    case 'zip-too-large':
    case 'zip-too-many-files':
    case 'unreadable':
    case 'worker-failed':
      return t(`collectionImport.errors.${error.code}`, error.params);
    default:
      return t(`exchange.errors.${error.code}`, error.params);
  }
}

const skipReason = (t: TFunction, skipped: SkippedFile) => t(`collectionImport.skipReasons.${skipped.reason}`);

export interface CollectionImportProps {
  /** Called with the summary when an import ends (finished, cancelled or stopped). */
  onFinished?: (summary: ImportSummary) => void;
  /**
   * Called with what each batch stored, once it is written and before the import goes on: a workshop adds the
   * assessments to its class (issue 13). A failure counts as the batch's storage failing.
   */
  onStored?: (outcomes: readonly ReceiveOutcome[]) => Promise<void>;
  /** For tests: options passed on to `runImport` (workers, batch sizes, a stand-in worker). */
  importOptions?: Omit<RunImportOptions, 'receive' | 'signal' | 'onProgress'>;
}

export function CollectionImport({ onFinished, onStored, importOptions }: CollectionImportProps) {
  use(screenTextsReady('collection-import'));
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const controller = useRef<AbortController | undefined>(undefined);
  const summaryRef = useRef<HTMLElement>(null);
  const running = state.kind === 'running';

  useEffect(() => {
    if (state.kind === 'done') summaryRef.current?.focus();
  }, [state.kind]);
  // Leaving the screen stops the import (what was written stays).
  useEffect(() => () => controller.current?.abort(), []);

  const start = async (sources: GatherSource[]) => {
    if (controller.current || sources.length === 0) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: 'running', progress: { done: 0, total: 0, phase: 'gathering' }, cancelling: false });
    const ended = markImportRunning();
    try {
      const summary = await runImport(sources, {
        ...importOptions,
        receive: onStored
          ? async (inputs) => {
              const outcomes = await receiveAssessments(inputs);
              await onStored(outcomes);
              return outcomes;
            }
          : receiveAssessments,
        signal: abort.signal,
        onProgress: (progress) =>
          setState((previous) =>
            previous.kind === 'running' ? { ...previous, progress } : { kind: 'running', progress, cancelling: false },
          ),
      });
      if (controller.current !== abort) return;
      setState({ kind: 'done', summary });
      onFinished?.(summary);
    } finally {
      ended();
      if (controller.current === abort) controller.current = undefined;
    }
  };

  const cancel = () => {
    controller.current?.abort();
    setState((previous) => (previous.kind === 'running' ? { ...previous, cancelling: true } : previous));
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (running) return;
    // The entries must be taken now: the browser empties the list once the event is handled.
    void sourcesFromDrop(event.dataTransfer.items).then(start);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = running ? 'none' : 'copy';
    if (!dragging) setDragging(true);
  };

  const pick = (input: HTMLInputElement) => {
    const sources = input.files ? sourcesFromFiles(input.files) : [];
    // The same files can be chosen again after an import.
    input.value = '';
    void start(sources);
  };

  return (
    <div className="collection-import">
      <p>{t('collectionImport.intro')}</p>
      <fieldset className="fieldset form-group">
        <legend className="fieldset__legend">{t('collectionImport.pickersLabel')}</legend>
        <div className="form-group">
          <label className="label" htmlFor="collection-import-files">
            {t('collectionImport.chooseFiles')}
          </label>
          <input
            id="collection-import-files"
            className="file-input"
            type="file"
            multiple
            accept=".json,.zip,application/json,application/zip"
            disabled={running}
            onChange={(event) => pick(event.currentTarget)}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="collection-import-folder">
            {t('collectionImport.chooseFolder')}
          </label>
          <input
            id="collection-import-folder"
            className="file-input"
            type="file"
            // A folder picker: React has no prop for it.
            ref={(input) => {
              input?.setAttribute('webkitdirectory', '');
              input?.setAttribute('directory', '');
            }}
            disabled={running}
            onChange={(event) => pick(event.currentTarget)}
          />
        </div>
      </fieldset>
      {/* An extra for the mouse: the pickers above do the same with the keyboard. */}
      <div
        className="collection-import__drop"
        data-dragging={dragging || undefined}
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          border: '2px dashed currentColor',
          padding: '1.5rem',
          marginBottom: '1.5rem',
          textAlign: 'center',
          fontWeight: dragging ? 700 : undefined,
        }}
      >
        {dragging ? t('collectionImport.dropZoneActive') : t('collectionImport.dropZone')}
      </div>

      {/* Always in the page, so that screen readers announce what is put in it. */}
      <div role="status" aria-live="polite" className="collection-import__status">
        {state.kind === 'running' ? (
          state.progress.phase === 'gathering' ? (
            <p>{t('collectionImport.gathering')}</p>
          ) : (
            <p>{t('collectionImport.progress', { done: state.progress.done, total: state.progress.total })}</p>
          )
        ) : null}
      </div>
      {state.kind === 'running' ? (
        <div className="form-group">
          <progress
            aria-label={t('collectionImport.progressLabel')}
            max={Math.max(1, state.progress.total)}
            value={state.progress.phase === 'gathering' ? undefined : state.progress.done}
            style={{ width: '100%' }}
          />
          <button type="button" className="button button--secondary" onClick={cancel} disabled={state.cancelling}>
            {state.cancelling ? t('collectionImport.cancelling') : t('collectionImport.cancel')}
          </button>
        </div>
      ) : null}
      {state.kind === 'done' ? <ImportSummaryView summary={state.summary} headingRef={summaryRef} /> : null}
    </div>
  );
}

function ImportSummaryView({
  summary,
  headingRef,
}: {
  summary: ImportSummary;
  headingRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const counts = (['added', 'updated', 'unchanged', 'diverging'] as const).filter((key) => summary[key] > 0);
  const stopped = summary.stoppedBy !== undefined;
  return (
    <section
      aria-labelledby="collection-import-summary"
      className={summary.rejected.length > 0 || stopped ? 'notice' : 'notice notice--success'}
      ref={headingRef}
      tabIndex={-1}
    >
      <h2 id="collection-import-summary" className="heading-m">
        {t('collectionImport.summaryTitle')}
      </h2>
      {summary.cancelled ? <p>{t('collectionImport.summaryCancelled', { count: summary.notImported })}</p> : null}
      {stopped && !summary.cancelled ? (
        <p role="alert">
          {t('collectionImport.summaryStopped', {
            reason: t(describeStorageError(summary.stoppedBy)),
            count: summary.notImported,
          })}
        </p>
      ) : null}
      {summary.files === 0 && !summary.cancelled ? (
        <p>{t('collectionImport.nothingFound')}</p>
      ) : (
        <p>{t('collectionImport.summaryFiles', { count: summary.files })}</p>
      )}
      <ul className="collection-import__counts">
        {counts.map((key) => (
          <li key={key} data-count={key}>
            {t(`collectionImport.${key}`, { count: summary[key] })}
          </li>
        ))}
        {summary.rejected.length > 0 ? (
          <li data-count="rejected">{t('collectionImport.rejectedCount', { count: summary.rejected.length })}</li>
        ) : null}
        {summary.skipped.length > 0 ? (
          <li data-count="skipped">{t('collectionImport.skippedCount', { count: summary.skipped.length })}</li>
        ) : null}
      </ul>
      {summary.rejected.length > 0 ? (
        <>
          <h3 id="collection-import-rejected" className="heading-s">
            {t('collectionImport.rejectedTitle')}
          </h3>
          <ul aria-labelledby="collection-import-rejected">
            {summary.rejected.map((rejected, index) => (
              <li key={`${index}:${rejected.name}`}>
                {/* Names come from files: shown only as React text. */}
                <strong>{rejected.name}</strong>: {describeRejection(t, rejected)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {summary.skipped.length > 0 ? (
        <details>
          <summary>{t('collectionImport.skippedTitle')}</summary>
          <ul>
            {summary.skipped.map((skipped, index) => (
              <li key={`${index}:${skipped.name}`}>
                {skipped.name}: {skipReason(t, skipped)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
