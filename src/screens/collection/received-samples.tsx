import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import { screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { paths } from '../../paths';
import { describePeriod } from '../assessment-labels';

/**
 * The samples received (issue 13: a trainer's sample assessment handed in with a class's work), in a table of their
 * own, marked, and said to be left out: the summary, the comparison, the charts, the gaps, the status board and the
 * exports count only real units (collection-dashboard.tsx keeps the samples' rows out of them).
 */
export function ReceivedSamples({ rows }: { rows: readonly ComparisonRow[] }) {
  return rows.length === 0 ? null : <ReceivedSamplesTable rows={rows} />;
}

function ReceivedSamplesTable({ rows }: { rows: readonly ComparisonRow[] }) {
  use(screenTextsReady('sample'));
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="received-samples" aria-labelledby="received-samples-heading">
      <h2 id="received-samples-heading">{t('sample.collection.heading', { count: rows.length })}</h2>
      <p>{t('sample.collection.leftOut')}</p>
      <table className="received-samples__table">
        <thead>
          <tr>
            <th scope="col">{t('collection.table.unit')}</th>
            <th scope="col">{t('collection.table.period')}</th>
            <th scope="col">{t('collection.table.score')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.assessmentId}>
              <th scope="row">
                <Link href={paths.received.to(row.assessmentId)}>{row.unitName}</Link>{' '}
                <strong className="tag tag--sample">{t('sample.badge')}</strong>
              </th>
              <td>{describePeriod(t, { periodYear: row.periodYear, periodPart: row.periodPart })}</td>
              <td>{row.score === undefined ? '–' : format.number(row.score, { maximumFractionDigits: 1 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
