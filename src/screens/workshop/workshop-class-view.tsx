/**
 * A workshop's class (issue 13): how many of the expected units have handed in, each expected unit with its state,
 * and what was handed in by units not expected. A whole-roster workshop can expect thousands of units: the list
 * shows the first `ROWS_AT_MOST` of the state chosen, the counts are of all.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { paths } from '../../paths';
import { StatusTag } from '../../ui/status-tag';
import { ScrollRegion } from '../collection/scroll-region';
import { workshopClass } from '../../workshop/workshop-class';
import type { Workshop } from '../../workshop/workshop-schema';

export const ROWS_AT_MOST = 200;
type Shown = 'all' | 'waiting' | 'handed-in';

export function WorkshopClassView({
  workshop,
  received,
}: {
  workshop: Workshop;
  received: readonly ReceivedAssessment[];
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown>('all');
  const result = workshopClass(workshop, received);
  const expected = result.expected.length;
  const rows = result.expected.filter(
    (unit) => shown === 'all' || (shown === 'waiting') === (unit.status.status === 'not-received'),
  );

  return (
    <section aria-labelledby="workshop-class-heading" className="workshop-class">
      <h2 id="workshop-class-heading" className="heading-m">
        {t('workshop.class.heading')}
      </h2>
      <ul className="workshop-class__counts" aria-label={t('workshop.class.countsLabel')}>
        <li data-count="handed-in">{t('workshop.class.handedIn', { count: result.handedIn })}</li>
        {expected > 0 ? (
          <>
            <li data-count="expected">
              {t('workshop.class.expectedHandedIn', { count: result.expectedHandedIn, total: expected })}
            </li>
            <li data-count="waiting">{t('workshop.class.waiting', { count: expected - result.expectedHandedIn })}</li>
          </>
        ) : null}
        {result.notExpected.length > 0 ? (
          <li data-count="not-expected">
            {t('workshop.class.notExpectedCount', { count: result.notExpected.length })}
          </li>
        ) : null}
      </ul>
      {expected === 0 ? (
        <p>{t('workshop.class.noExpected')}</p>
      ) : (
        <>
          <div className="form-group">
            <label className="label" htmlFor="workshop-class-shown">
              {t('workshop.class.show')}
            </label>
            <select
              id="workshop-class-shown"
              className="select"
              value={shown}
              onChange={(event) => setShown(event.target.value as Shown)}
            >
              <option value="all">{t('workshop.class.showAll')}</option>
              <option value="waiting">{t('workshop.class.showWaiting')}</option>
              <option value="handed-in">{t('workshop.class.showHandedIn')}</option>
            </select>
          </div>
          {rows.length > ROWS_AT_MOST ? (
            <p className="hint">{t('workshop.class.firstRows', { shown: ROWS_AT_MOST, count: rows.length })}</p>
          ) : null}
          <ScrollRegion className="table-wrap" label={t('workshop.class.tableCaption')}>
            <table className="table">
              <caption className="visually-hidden">{t('workshop.class.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workshop.class.unit')}</th>
                  <th scope="col">{t('workshop.class.state')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, ROWS_AT_MOST).map(({ entry, status }) => (
                  <tr key={entry.id}>
                    <th scope="row">
                      {entry.name}
                      <span className="hint"> – {t(`provinces.${entry.provinceId}`)}</span>
                    </th>
                    <td>
                      {status.status === 'not-received' ? (
                        <StatusTag tone="grey">{t('workshop.class.notYet')}</StatusTag>
                      ) : (
                        <>
                          <StatusTag tone={status.status === 'complete' ? 'green' : 'blue'}>
                            {status.status === 'complete'
                              ? t('workshop.class.complete')
                              : t('workshop.class.provisional', { percent: status.progress.percent })}
                          </StatusTag>{' '}
                          <Link href={paths.received.to(status.chosen.assessmentId)}>
                            {t('workshop.class.open', { unit: entry.name })}
                          </Link>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      {result.notExpected.length > 0 ? (
        <>
          <h3 id="workshop-not-expected" className="heading-s">
            {t('workshop.class.notExpectedHeading')}
          </h3>
          <ul aria-labelledby="workshop-not-expected">
            {result.notExpected.map((copy) => (
              <li key={copy.key}>
                <Link href={paths.received.to(copy.key)}>{copy.entry.assessment.profile.unitName}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
