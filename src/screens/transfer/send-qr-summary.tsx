/**
 * "Scores only, one code" on the sending screen (issue 13, when time is short): the assessment's summary
 * (make-summary.ts) as one static QR code (summary-code.ts), drawn once, as large as the screen allows, with what it
 * holds said in words beside it, so the participant knows that no answer or note leaves the phone this way.
 *
 * The summary is made once, when this view opens: the code on screen and the words under it are of one moment, and
 * the trainer's device, reading two codes of the same assessment, keeps the one made last.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { SECTION_IDS } from '../../questionnaire/content-schema';
import { questionnaire } from '../../questionnaire/questionnaire';
import type { AssessmentWithAnswers } from '../../storage/use-assessments';
import { makeSummary } from '../../workshop/summary/make-summary';
import { encodeSummary } from '../../workshop/summary/summary-code';
import { describePeriod } from '../assessment-labels';
import { todayIso } from '../today';
import type { DrawFrame } from './send-qr-screen';
import { useSymbolSize } from './send-qr-size';

export function SummaryCode({ loaded, draw }: { loaded: AssessmentWithAnswers; draw: DrawFrame }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const [made] = useState(() => {
    const summary = makeSummary(questionnaire, loaded.assessment, loaded.answers, todayIso(), new Date().toISOString());
    return { summary, text: encodeSummary(summary) };
  });
  const { summary, text } = made;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [modules, setModules] = useState<number>();
  const size = useSymbolSize(boxRef, modules);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    setModules(draw(canvas, text).modules);
  }, [draw, text]);

  const score = (value: number | null) =>
    value === null ? t('sendQr.summary.noScore') : t('sendQr.summary.score', { score: format.number(value) });
  return (
    <div>
      <div ref={boxRef} style={{ width: '100%', display: 'flex', justifyContent: 'center' }}>
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={t('sendQr.summary.qrLabel')}
          data-summary-code
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
      <h2 className="heading-m">{t('sendQr.summary.heading')}</h2>
      <p>{t('sendQr.summary.intro')}</p>
      <dl className="summary-list">
        <div>
          <dt>{t('sendQr.unit')}</dt>
          <dd>{summary.unitName}</dd>
        </div>
        <div>
          <dt>{t('sendQr.period')}</dt>
          <dd>{describePeriod(t, summary)}</dd>
        </div>
        <div>
          <dt>{t('sendQr.summary.overall')}</dt>
          <dd>
            {score(summary.overall)}
            {summary.grade ? ` · ${t('sendQr.summary.grade', { grade: summary.grade })}` : ''}
          </dd>
        </div>
        {SECTION_IDS.map((id) => (
          <div key={id}>
            <dt>{tc(`sections.${id}.title`)}</dt>
            <dd>{score(summary.sections[id])}</dd>
          </div>
        ))}
        <div>
          <dt>{t('sendQr.summary.answeredLabel')}</dt>
          <dd>
            {t('sendQr.summary.answered', {
              answered: format.number(summary.answered),
              applicable: format.number(summary.applicable),
            })}
          </dd>
        </div>
        {summary.sample ? (
          <div>
            <dt>{t('sendQr.summary.sampleLabel')}</dt>
            <dd>{t('sendQr.summary.sample')}</dd>
          </div>
        ) : null}
      </dl>
      <p className="hint">{t('sendQr.summary.notIncluded')}</p>
    </div>
  );
}
