import { use, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { paths } from '../../paths';
import { useAssessment } from '../../storage/use-assessments';
import { PageHeading } from '../../ui/page-heading';
import type { TransferSender } from '../../workshop/transfer/transfer-text';
import { describePeriod, describeUnit } from '../assessment-labels';
import { NotFoundScreen } from '../not-found-screen';
import { describeStorageError } from '../storage-messages';
import { prefersReducedMotion, SPEEDS, useFrameClock, useScreenWakeLock, type Speed } from './send-qr-clock';
import { drawFrame, drawSummaryCode, type DrawnFrame } from './send-qr-draw';
import { useSymbolSize } from './send-qr-size';
import { useAssessmentSender } from './send-qr-sender';
import { SummaryCode } from './send-qr-summary';

/** Draws one frame's text on the canvas; the tests pass their own (jsdom has no canvas). */
export type DrawFrame = (canvas: HTMLCanvasElement, text: string) => DrawnFrame;

/** `params` as the router passes them (the id is read with `useParams`); `draw` and `drawSummary` for the tests. */
export interface SendQrScreenProps {
  draw?: DrawFrame;
  drawSummary?: DrawFrame;
  params?: unknown;
}

const SPEED_ORDER: readonly Speed[] = ['slow', 'normal', 'fast'];
/** All answers as looping codes (the file, byte for byte), or the scores alone as one static code. */
type Content = 'answers' | 'summary';
const CONTENT_ORDER: readonly Content[] = ['answers', 'summary'];

/**
 * The participant's phone sends one assessment to the trainer's device as a looping sequence of QR codes (issue 13,
 * decision 0016): the same JSON as the file export, one frame drawn per tick, frames 0, 1, 2, … without end.
 */
export function SendQrScreen({ draw = drawFrame, drawSummary = drawSummaryCode }: SendQrScreenProps) {
  use(screenTextsReady('send-qr'));
  const { t } = useTranslation();
  const [content, setContent] = useState<Content>('answers');
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const loaded = useAssessment(assessmentId);
  const sending = useAssessmentSender(assessmentId, loaded !== undefined && loaded !== null);
  if (loaded === undefined) return <p role="status">{t('common.loading')}</p>;
  if (loaded === null) return <NotFoundScreen />;
  const { profile } = loaded.assessment;

  return (
    <>
      <Link href={paths.assessment.to(assessmentId)} className="back-link">
        {t('sendQr.back')}
      </Link>
      <PageHeading title={t('sendQr.title')} caption={t('sendQr.caption')}>
        {t('sendQr.title')}
      </PageHeading>
      <p className="lead">{t('sendQr.intro')}</p>
      <dl className="summary-list" aria-label={t('sendQr.whatLabel')}>
        <div>
          <dt>{t('sendQr.unit')}</dt>
          <dd>{describeUnit(t, profile)}</dd>
        </div>
        <div>
          <dt>{t('sendQr.period')}</dt>
          <dd>{describePeriod(t, profile)}</dd>
        </div>
      </dl>
      <div className="form-group">
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('sendQr.contentLegend')}</legend>
          <div className="radios">
            {CONTENT_ORDER.map((option) => (
              <div key={option} className="radios__row">
                <div className="radios__item">
                  <input
                    id={`send-qr-content-${option}`}
                    className="radios__input"
                    type="radio"
                    name="send-qr-content"
                    value={option}
                    checked={content === option}
                    aria-describedby={`send-qr-content-${option}-hint`}
                    onChange={() => setContent(option)}
                  />
                  <label className="radios__label" htmlFor={`send-qr-content-${option}`}>
                    {t(`sendQr.contents.${option}`)}
                  </label>
                  <p id={`send-qr-content-${option}-hint`} className="hint radios__hint">
                    {t(`sendQr.contents.${option}Hint`)}
                  </p>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {content === 'summary' ? <SummaryCode loaded={loaded} draw={drawSummary} /> : null}
      {content === 'answers' && sending.status === 'loading' ? <p role="status">{t('sendQr.loading')}</p> : null}
      {content === 'answers' && sending.status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          {t(describeStorageError(sending.error))}
        </div>
      ) : null}
      {content === 'answers' && sending.status === 'ready' ? <QrPlayer sender={sending.sender} draw={draw} /> : null}
      <h2 className="heading-m">{t('sendQr.howHeading')}</h2>
      <ul>
        <li>{t('sendQr.how.steady')}</li>
        <li>{t('sendQr.how.bright')}</li>
        <li>{t('sendQr.how.awake')}</li>
        {content === 'answers' ? <li>{t('sendQr.how.missed')}</li> : null}
      </ul>
    </>
  );
}

function QrPlayer({ sender, draw }: { sender: TransferSender; draw: DrawFrame }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [speed, setSpeed] = useState<Speed>(() => (prefersReducedMotion() ? 'slow' : 'normal'));
  const [running, setRunning] = useState(true);
  const index = useFrameClock(running, SPEEDS[speed]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [modules, setModules] = useState<number>();
  useScreenWakeLock(running);

  // One frame per tick, drawn straight on the canvas (about 2 ms, see the e2e test); the counter re-renders with it.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const drawn = draw(canvas, sender.frameText(index));
    canvas.dataset.frame = String(index);
    canvas.dataset.renderMs = drawn.milliseconds.toFixed(2);
    setModules(drawn.modules);
  }, [draw, sender, index]);

  const size = useSymbolSize(boxRef, modules);

  const shown = index + 1;
  return (
    <div>
      <div ref={boxRef} style={{ width: '100%', display: 'flex', justifyContent: 'center' }}>
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={t('sendQr.qrLabel')}
          style={{
            display: 'block',
            background: '#fff',
            imageRendering: 'pixelated',
            width: size === undefined ? '100%' : `${size}px`,
            height: size === undefined ? 'auto' : `${size}px`,
            maxWidth: '100%',
          }}
        />
      </div>
      {/* Not a live region: it changes several times a second and would drown out everything else. */}
      <p data-send-qr-counter>
        {t('sendQr.counter', {
          count: shown,
          number: format.number(shown),
          shown: format.number(shown),
          needed: format.number(sender.blockCount),
        })}
        {running ? null : ` ${t('sendQr.paused')}`}
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => setRunning((value) => !value)}>
          {running ? t('sendQr.pause') : t('sendQr.resume')}
        </button>
      </div>
      <div className="form-group">
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('sendQr.speedLegend')}</legend>
          <div className="radios">
            {SPEED_ORDER.map((option) => (
              <div key={option} className="radios__row">
                <div className="radios__item">
                  <input
                    id={`send-qr-speed-${option}`}
                    className="radios__input"
                    type="radio"
                    name="send-qr-speed"
                    value={option}
                    checked={speed === option}
                    onChange={() => setSpeed(option)}
                  />
                  <label className="radios__label" htmlFor={`send-qr-speed-${option}`}>
                    {t(`sendQr.speeds.${option}`)}
                  </label>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </div>
  );
}
