/**
 * The scores-only summaries read for one workshop (issue 13): a table of the units with their overall score, grade
 * and how much they answered, and the CSV of them all for a spreadsheet. Shown on the reading screen after a summary
 * is kept, and meant for the workshop's own screen to embed. Its texts are in screen-receive-qr.json, loaded here, so
 * that a screen embedding it needs nothing more.
 */
import { use, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slugify } from '../../exchange/file-name';
import { screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import type { StoredWorkshopSummary } from '../../storage/db';
import { listWorkshopSummaries } from '../../storage/workshop-summaries';
import { ActionStatus } from '../../ui/busy-button';
import { summariesToCsv } from '../../workshop/summary/summary-csv';
import { describePeriod } from '../assessment-labels';
import { ScrollRegion } from '../collection/scroll-region';
import { saveTextFile } from '../files/save-file';
import { describeStorageError } from '../storage-messages';
import { todayIso } from '../today';

export function WorkshopSummaries({ workshopId, workshopTitle }: { workshopId: string; workshopTitle: string }) {
  use(screenTextsReady('receive-qr'));
  const { t } = useTranslation();
  const format = useFormat();
  const [loaded, setLoaded] = useState<{ workshopId: string; summaries?: StoredWorkshopSummary[]; error?: unknown }>();
  // The outcome, translated when shown, so that a language switch translates it too.
  const [saved, setSaved] = useState<{ name?: string }>();
  // Read when shown: the reading screen shows it anew after each summary it keeps.
  useEffect(() => {
    let cancelled = false;
    listWorkshopSummaries(workshopId).then(
      (summaries) => !cancelled && setLoaded({ workshopId, summaries }),
      (error: unknown) => !cancelled && setLoaded({ workshopId, error }),
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId]);
  if (loaded?.workshopId !== workshopId) return <p role="status">{t('common.loading')}</p>;
  if (!loaded.summaries) {
    return (
      <p className="error-message" role="alert">
        {t(describeStorageError(loaded.error))}
      </p>
    );
  }
  const { summaries } = loaded;

  const fileName = ['egov-readiness', slugify(workshopTitle), 'summaries', todayIso()].filter(Boolean).join('-');
  const exportCsv = async () => {
    try {
      await saveTextFile(summariesToCsv(summaries), `${fileName}.csv`, 'text/csv;charset=utf-8');
      setSaved({ name: `${fileName}.csv` });
    } catch (error) {
      console.error(error);
      setSaved({});
    }
  };
  const caption = t('workshopSummaries.caption', { title: workshopTitle, count: summaries.length });
  return (
    <section aria-labelledby="workshop-summaries-title">
      <h2 id="workshop-summaries-title" className="heading-m">
        {t('workshopSummaries.heading')}
      </h2>
      {summaries.length === 0 ? (
        <p>{t('workshopSummaries.none')}</p>
      ) : (
        <>
          <ScrollRegion className="table-wrap" label={caption}>
            <table className="table">
              <caption className="collection-caption">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workshopSummaries.unit')}</th>
                  <th scope="col">{t('workshopSummaries.period')}</th>
                  <th scope="col">{t('workshopSummaries.overall')}</th>
                  <th scope="col">{t('workshopSummaries.grade')}</th>
                  <th scope="col">{t('workshopSummaries.answered')}</th>
                </tr>
              </thead>
              <tbody>
                {summaries.map((summary) => (
                  <tr key={summary.key}>
                    <th scope="row">
                      {summary.unitName}
                      {summary.sample ? ` (${t('workshopSummaries.sample')})` : ''}
                    </th>
                    <td>{describePeriod(t, summary)}</td>
                    <td>{summary.overall === null ? '–' : format.number(summary.overall)}</td>
                    <td>{summary.grade ?? '–'}</td>
                    <td>{`${format.number(summary.answered)}/${format.number(summary.applicable)}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={() => void exportCsv()}>
              {t('workshopSummaries.exportCsv')}
            </button>
          </div>
        </>
      )}
      <ActionStatus
        message={
          saved === undefined
            ? undefined
            : saved.name === undefined
              ? t('workshopSummaries.failed')
              : t('workshopSummaries.saved', { name: saved.name })
        }
        isError={saved !== undefined && saved.name === undefined}
      />
    </section>
  );
}
