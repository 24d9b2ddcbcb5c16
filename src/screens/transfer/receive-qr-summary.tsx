/**
 * A scores-only summary read on the reading screen (issue 13): kept with a workshop, the one named in the address
 * (`?workshop=<id>`, when the trainer opened the reading from a workshop), else one the trainer chooses here. A
 * summary belongs to a workshop by design: it is a class's quick result, not an assessment for the collection.
 */
import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { useFormat } from '../../i18n/use-format';
import { storeWorkshopSummary, type SummaryOutcome } from '../../storage/workshop-summaries';
import { listWorkshops, readWorkshop } from '../../storage/workshops';
import type { AssessmentSummary } from '../../workshop/summary/summary-schema';
import type { Workshop } from '../../workshop/workshop-schema';
import { describePeriod } from '../assessment-labels';
import { describeStorageError } from '../storage-messages';
import { WorkshopSummaries } from '../workshop/workshop-summaries';

/** The workshop the reading was opened for, from `?workshop=<id>`; undefined without one. */
export function useWorkshopParam(): string | undefined {
  const id = new URLSearchParams(useSearch()).get('workshop');
  return id === null || id === '' ? undefined : id;
}

export type SummaryKept =
  | { kind: 'kept'; outcome: SummaryOutcome; workshop: Workshop }
  | { kind: 'choose'; workshops: Workshop[] }
  | { kind: 'failed'; error: unknown };

/** Keeps the summary with the workshop when there is one by that id; else what to choose from. Never throws. */
export async function keepSummary(summary: AssessmentSummary, workshopId: string | undefined): Promise<SummaryKept> {
  try {
    const workshop = workshopId === undefined ? undefined : await readWorkshop(workshopId);
    if (!workshop) return { kind: 'choose', workshops: await listWorkshops() };
    const { outcome } = await storeWorkshopSummary(workshop.id, summary);
    return { kind: 'kept', outcome, workshop };
  } catch (error) {
    console.error(error);
    return { kind: 'failed', error };
  }
}

export function SummaryReceived({
  summary,
  initial,
  resultRef,
}: {
  summary: AssessmentSummary;
  initial: SummaryKept;
  resultRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [kept, setKept] = useState(initial);
  const [chosen, setChosen] = useState<string>();
  const [missingChoice, setMissingChoice] = useState(false);
  const [saving, setSaving] = useState(false);

  const choose = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!chosen) return setMissingChoice(true);
    setSaving(true);
    const next = await keepSummary(summary, chosen);
    setSaving(false);
    setKept(next);
    resultRef.current?.focus();
  };

  const what = (
    <p>
      <strong>{summary.unitName}</strong> – {describePeriod(t, summary)}:{' '}
      {summary.overall === null
        ? t('receiveQr.summary.noScore')
        : t('receiveQr.summary.score', { score: format.number(summary.overall), grade: summary.grade ?? '–' })}
      {summary.sample ? ` ${t('receiveQr.summary.sample')}` : ''}
    </p>
  );

  if (kept.kind === 'kept') {
    return (
      <>
        <div className="notice notice--success" tabIndex={-1} ref={resultRef}>
          <h2 className="heading-m">{t('receiveQr.summary.keptTitle')}</h2>
          {what}
          <p>{t(`receiveQr.summary.outcomes.${kept.outcome}`, { title: kept.workshop.title })}</p>
        </div>
        <WorkshopSummaries workshopId={kept.workshop.id} workshopTitle={kept.workshop.title} />
      </>
    );
  }
  if (kept.kind === 'failed') {
    return (
      <div className="notice notice--error" role="alert" tabIndex={-1} ref={resultRef}>
        <h2 className="heading-m">{t('receiveQr.summary.failedTitle')}</h2>
        {what}
        <p>{t('receiveQr.errors.storage', { reason: t(describeStorageError(kept.error)) })}</p>
      </div>
    );
  }
  return (
    <div className="notice" tabIndex={-1} ref={resultRef}>
      <h2 className="heading-m">{t('receiveQr.summary.readTitle')}</h2>
      {what}
      {kept.workshops.length === 0 ? (
        <p>{t('receiveQr.summary.noWorkshops')}</p>
      ) : (
        <form onSubmit={(event) => void choose(event)} noValidate>
          <div className={`form-group${missingChoice ? ' form-group--error' : ''}`}>
            <fieldset className="fieldset" aria-describedby={missingChoice ? 'summary-workshop-error' : undefined}>
              <legend className="fieldset__legend">{t('receiveQr.summary.chooseLegend')}</legend>
              {missingChoice ? (
                <p id="summary-workshop-error" className="error-message">
                  {t('receiveQr.summary.chooseError')}
                </p>
              ) : null}
              <div className="radios">
                {kept.workshops.map((workshop) => (
                  <div key={workshop.id} className="radios__row">
                    <div className="radios__item">
                      <input
                        id={`summary-workshop-${workshop.id}`}
                        className="radios__input"
                        type="radio"
                        name="summary-workshop"
                        value={workshop.id}
                        checked={chosen === workshop.id}
                        onChange={() => {
                          setChosen(workshop.id);
                          setMissingChoice(false);
                        }}
                      />
                      <label className="radios__label" htmlFor={`summary-workshop-${workshop.id}`}>
                        {workshop.title} – {format.date(workshop.date)}
                        {workshop.place ? `, ${workshop.place}` : ''}
                      </label>
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="button" aria-disabled={saving ? true : undefined}>
            {t('receiveQr.summary.keep')}
          </button>
        </form>
      )}
    </div>
  );
}
