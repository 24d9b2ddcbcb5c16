/**
 * The trainer's reading screen (issue 13, decision 0016): the camera reads the looping QR codes a participant's
 * phone shows, the transfer receiver puts the assessment file back together, and the file goes through the same
 * checks as an imported one (`parseReceivedFile`) into the collection (`receiveAssessments`).
 *
 * The camera is stopped (every track) when the file is complete, on "Stop", and on leaving the page. Other QR codes
 * in view are ignored and counted. The progress is announced politely every few parts, not on every frame.
 *
 * Its texts are in locales/<language>/screen-receive-qr.json.
 */
import { use, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'wouter';
import { digestEntry } from '../../collection/digest';
import { parseReceivedFile } from '../../collection/import/parse-received';
import type { ReceiveAction } from '../../collection/receive-decision';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { receiveAssessments } from '../../storage/collection';
import { useWorkshop } from '../../storage/use-workshops';
import { addToWorkshop } from '../../storage/workshops';
import { PageHeading } from '../../ui/page-heading';
import { decodeSummary, looksLikeSummaryCode } from '../../workshop/summary/summary-code';
import type { AssessmentSummary } from '../../workshop/summary/summary-schema';
import { createTransferReceiver, type TransferReceiver } from '../../workshop/transfer/transfer-text';
import { describePeriod } from '../assessment-labels';
import { describeStorageError } from '../storage-messages';
import { todayIso } from '../today';
import { browserGetUserMedia, CameraError, openCamera, stopStream, type GetUserMedia } from './receive-qr-camera';
import { browserNextFrame, createFrameGrabber, startReadLoop, type GrabFrame, type NextFrame } from './receive-qr-loop';
import { loadQrReader, type QrReader } from './receive-qr-reader';
import { keepSummary, SummaryReceived, useWorkshopParam, type SummaryKept } from './receive-qr-summary';

/** The live region speaks at the first part, then every this many parts, and at the end. */
export const ANNOUNCE_EVERY_PARTS = 3;

export interface ReceiveQrDeps {
  getUserMedia?: GetUserMedia;
  loadReader?: () => Promise<QrReader>;
  /** Gives the video its stream and starts it. */
  playVideo?: (video: HTMLVideoElement, stream: MediaStream) => Promise<void>;
  grabFrame?: GrabFrame;
  nextFrame?: NextFrame;
  /** The route's (none are used); named so that the router may pass them. */
  params?: unknown;
}

/** The workshop (of `?workshop=`) an assessment read was handed in to, or why it was not. */
type HandedIn = { title: string; failed?: undefined } | { failed: string };

interface Received {
  key: string;
  unitName: string;
  period: string;
  action: ReceiveAction;
}

type State =
  | { kind: 'idle'; stopped?: boolean }
  | { kind: 'starting' }
  | { kind: 'reading'; decoded: number; total: number; ignored: number }
  | { kind: 'storing' }
  | { kind: 'done'; received: Received[]; handedIn?: HandedIn }
  | { kind: 'summary'; summary: AssessmentSummary; kept: SummaryKept }
  | { kind: 'refused'; message: string }
  | { kind: 'error'; message: string };

const defaultPlay = async (video: HTMLVideoElement, stream: MediaStream) => {
  video.srcObject = stream;
  video.muted = true;
  await video.play();
};

/** Hands what was stored in to the workshop the reading was opened for: its title, or why it could not. */
async function handIn(t: TFunction, workshopId: string | undefined, ids: string[]): Promise<HandedIn | undefined> {
  if (workshopId === undefined) return undefined;
  try {
    return { title: (await addToWorkshop(workshopId, ids)).title };
  } catch (cause) {
    console.error(cause);
    return { failed: t('receiveQr.workshop.handInFailed', { reason: t(describeStorageError(cause)) }) };
  }
}

async function storeFile(t: TFunction, bytes: Uint8Array, workshopId: string | undefined): Promise<State> {
  const parsed = await parseReceivedFile(0, `qr-${todayIso()}.json`, bytes, new Date().toISOString(), digestEntry);
  if (!parsed.ok) return { kind: 'refused', message: t(`exchange.errors.${parsed.error.code}`, parsed.error.params) };
  try {
    const outcomes = await receiveAssessments(parsed.items);
    const handedIn = await handIn(
      t,
      workshopId,
      outcomes.map((outcome) => outcome.id),
    );
    return {
      kind: 'done',
      handedIn,
      received: outcomes.map((outcome, index) => {
        const profile = parsed.items[index]!.entry.assessment.profile;
        return {
          key: outcome.key,
          action: outcome.action,
          unitName: profile.unitName,
          period: describePeriod(t, profile),
        };
      }),
    };
  } catch (cause) {
    console.error(cause);
    return { kind: 'refused', message: t('receiveQr.errors.storage', { reason: t(describeStorageError(cause)) }) };
  }
}

export function ReceiveQrScreen({
  getUserMedia = browserGetUserMedia,
  loadReader = loadQrReader,
  playVideo = defaultPlay,
  grabFrame,
  nextFrame = browserNextFrame,
}: ReceiveQrDeps = {}) {
  use(screenTextsReady('receive-qr'));
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [announced, setAnnounced] = useState('');
  const videoRef = useRef<HTMLVideoElement>(null);
  const statsRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const stream = useRef<MediaStream | undefined>(undefined);
  const stopLoop = useRef<(() => void) | undefined>(undefined);
  const receiver = useRef<TransferReceiver | undefined>(undefined);
  const attempt = useRef(0);
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);
  const workshopId = useWorkshopParam();
  const workshop = useWorkshop(workshopId ?? '');
  const workshopRef = useRef(workshopId);
  useEffect(() => {
    workshopRef.current = workshopId;
  }, [workshopId]);

  const stopCamera = useCallback(() => {
    attempt.current += 1;
    stopLoop.current?.();
    stopLoop.current = undefined;
    stopStream(stream.current);
    stream.current = undefined;
    if (videoRef.current) videoRef.current.srcObject = null;
  }, []);

  // Leaving the page stops the camera.
  useEffect(() => stopCamera, [stopCamera]);
  useEffect(() => {
    if (state.kind === 'done' || state.kind === 'summary' || state.kind === 'refused' || state.kind === 'error')
      resultRef.current?.focus();
  }, [state.kind]);

  const start = async () => {
    stopCamera();
    const mine = attempt.current;
    const current = () => mine === attempt.current;
    setState({ kind: 'starting' });
    setAnnounced('');
    let readerPromise: Promise<QrReader> | undefined;
    try {
      const opened = await openCamera(getUserMedia);
      if (!current()) return stopStream(opened);
      stream.current = opened;
      // Only once the camera is allowed: a refused camera never downloads the decoder.
      readerPromise = loadReader();
      const video = videoRef.current;
      if (!video) return;
      await playVideo(video, opened);
      let reader: QrReader;
      try {
        reader = await readerPromise;
      } catch (cause) {
        console.error(cause);
        if (current()) {
          stopCamera();
          setState({ kind: 'error', message: tRef.current('receiveQr.errors.decoder') });
        }
        return;
      }
      if (!current()) return;
      if (statsRef.current) statsRef.current.dataset.decoder = reader.kind;
      const decoding = createTransferReceiver();
      receiver.current = decoding;
      let ignored = 0;
      let lastAnnounced = 0;
      setState({ kind: 'reading', decoded: 0, total: 0, ignored: 0 });
      stopLoop.current = startReadLoop({
        video,
        reader,
        grabFrame: grabFrame ?? createFrameGrabber(),
        nextFrame,
        onStats: (stats) => {
          const element = statsRef.current;
          if (!element) return;
          element.dataset.reads = String(stats.reads);
          element.dataset.readMs = (stats.totalMs / stats.reads).toFixed(2);
          element.dataset.slowestMs = stats.slowestMs.toFixed(2);
        },
        onText: (text) => {
          if (!current() || receiver.current !== decoding) return false;
          // A scores-only summary (one static code) is read whole or not at all; a misread one is shown again.
          const summary = looksLikeSummaryCode(text) ? decodeSummary(text) : undefined;
          if (summary?.ok) {
            stopCamera();
            setState({ kind: 'storing' });
            void keepSummary(summary.summary, workshopRef.current).then((kept) => {
              if (receiver.current === decoding) setState({ kind: 'summary', summary: summary.summary, kept });
            });
            return false;
          }
          const pushed = decoding.push(text);
          if (pushed.status === 'rejected') {
            ignored += 1;
            if (statsRef.current) statsRef.current.dataset.ignored = String(ignored);
            const progress = decoding.progress();
            setState({
              kind: 'reading',
              decoded: progress?.decodedBlocks ?? 0,
              total: progress?.totalBlocks ?? 0,
              ignored,
            });
            return true;
          }
          const { decodedBlocks, totalBlocks } = pushed.progress;
          if (
            pushed.status === 'complete' ||
            lastAnnounced === 0 ||
            decodedBlocks - lastAnnounced >= ANNOUNCE_EVERY_PARTS
          ) {
            lastAnnounced = Math.max(1, decodedBlocks);
            setAnnounced(tRef.current('receiveQr.progress', { done: decodedBlocks, total: totalBlocks }));
          }
          if (pushed.status !== 'complete') {
            setState({ kind: 'reading', decoded: decodedBlocks, total: totalBlocks, ignored });
            return true;
          }
          const bytes = decoding.result();
          stopCamera();
          setState({ kind: 'storing' });
          void storeFile(tRef.current, bytes ?? new Uint8Array(0), workshopRef.current).then((next) => {
            if (receiver.current === decoding) setState(next);
          });
          return false;
        },
      });
    } catch (cause) {
      if (!current()) return;
      stopCamera();
      const code = cause instanceof CameraError ? cause.code : 'failed';
      if (!(cause instanceof CameraError)) console.error(cause);
      setState({ kind: 'error', message: tRef.current(`receiveQr.errors.${code}`) });
    }
  };

  const stop = () => {
    stopCamera();
    receiver.current = undefined;
    setState({ kind: 'idle', stopped: true });
  };

  const live = state.kind === 'starting' || state.kind === 'reading';
  return (
    <>
      {workshop ? (
        <Link href={paths.workshop.to(workshop.id)} className="back-link">
          {t('receiveQr.workshop.back')}
        </Link>
      ) : (
        <Link href={paths.collection.to()} className="back-link">
          {t('receiveQr.back')}
        </Link>
      )}
      <PageHeading title={t('receiveQr.title')}>{t('receiveQr.title')}</PageHeading>
      <p className="lead">{t('receiveQr.intro')}</p>
      {workshopId === undefined || workshop === undefined ? null : workshop ? (
        <p className="notice" data-workshop={workshop.id}>
          {t('receiveQr.workshop.for', { title: workshop.title })}
        </p>
      ) : (
        <p className="notice notice--error">{t('receiveQr.workshop.missing')}</p>
      )}

      <div className="receive-qr" ref={statsRef} data-state={state.kind}>
        <video
          ref={videoRef}
          aria-label={t('receiveQr.previewLabel')}
          playsInline
          muted
          hidden={!live}
          style={{ display: live ? 'block' : 'none', width: '100%', maxWidth: '40rem', height: 'auto' }}
        />
        {state.kind === 'starting' ? <p>{t('receiveQr.starting')}</p> : null}
        {state.kind === 'reading' ? (
          <div className="form-group">
            <p id="receive-qr-progress">
              {state.total > 0
                ? t('receiveQr.progress', { done: state.decoded, total: state.total })
                : t('receiveQr.searching')}
            </p>
            <progress
              aria-labelledby="receive-qr-progress"
              max={Math.max(1, state.total)}
              value={state.total > 0 ? state.decoded : undefined}
              style={{ width: '100%' }}
            />
            {state.ignored > 0 ? <p className="hint">{t('receiveQr.ignored', { count: state.ignored })}</p> : null}
          </div>
        ) : null}
        <div role="status" aria-live="polite" className="visually-hidden">
          {announced}
        </div>
        {state.kind === 'storing' ? <p role="status">{t('receiveQr.storing')}</p> : null}
        {state.kind === 'idle' && state.stopped ? <p>{t('receiveQr.stopped')}</p> : null}

        {state.kind === 'done' ? (
          <div className="notice notice--success" tabIndex={-1} ref={resultRef}>
            <h2 className="heading-m">{t('receiveQr.resultTitle')}</h2>
            <ul>
              {state.received.map((item) => (
                <li key={item.key}>
                  <strong>{item.unitName}</strong> – {item.period}: {t(`receiveQr.outcomes.${item.action}`)}{' '}
                  <Link href={paths.received.to(item.key)}>{t('receiveQr.viewReceived', { unit: item.unitName })}</Link>
                </li>
              ))}
            </ul>
            {state.handedIn?.failed !== undefined ? (
              <p role="alert">{state.handedIn.failed}</p>
            ) : state.handedIn ? (
              <p>
                {t('receiveQr.workshop.handedIn', { title: state.handedIn.title })}{' '}
                {workshop ? <Link href={paths.workshop.to(workshop.id)}>{t('receiveQr.workshop.open')}</Link> : null}
              </p>
            ) : null}
            <p>
              <Link href={paths.collection.to()}>{t('receiveQr.toCollection')}</Link>
            </p>
          </div>
        ) : null}
        {state.kind === 'summary' ? (
          <SummaryReceived summary={state.summary} initial={state.kept} resultRef={resultRef} />
        ) : null}
        {state.kind === 'refused' ? (
          <div className="notice notice--error" role="alert" tabIndex={-1} ref={resultRef}>
            <h2 className="heading-m">{t('receiveQr.refusedTitle')}</h2>
            <p>{state.message}</p>
            <p>{t('receiveQr.refusedNothingStored')}</p>
          </div>
        ) : null}
        {state.kind === 'error' ? (
          <div className="notice notice--error" role="alert" tabIndex={-1} ref={resultRef}>
            <h2 className="heading-m">{t('receiveQr.errorTitle')}</h2>
            <p>{state.message}</p>
          </div>
        ) : null}

        <div className="button-group">
          {live ? (
            <button type="button" className="button button--secondary" onClick={stop}>
              {t('receiveQr.stop')}
            </button>
          ) : state.kind === 'storing' ? null : (
            <button type="button" className="button" onClick={() => void start()}>
              {state.kind === 'done' || state.kind === 'summary' || state.kind === 'refused'
                ? t('receiveQr.receiveAnother')
                : state.kind === 'error'
                  ? t('receiveQr.tryAgain')
                  : t('receiveQr.start')}
            </button>
          )}
        </div>
      </div>
    </>
  );
}
