/**
 * The trainer's workshops (issue 13): the list, the most recent day first, and "New workshop". A new workshop is
 * created from the form and opened.
 *
 * Its texts are in locales/<language>/screen-workshop.json.
 */
import { Suspense, use, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { formatDisplayDate } from '../../questionnaire/display-date';
import { useRoster } from '../../storage/use-collection';
import { useWorkshops } from '../../storage/use-workshops';
import { createWorkshop } from '../../storage/workshops';
import { PageHeading } from '../../ui/page-heading';
import { describeStorageError } from '../storage-messages';
import { emptyWorkshopInput, WorkshopForm } from './workshop-form';

export function WorkshopsScreen() {
  use(screenTextsReady('workshop'));
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const workshops = useWorkshops();
  const roster = useRoster();
  const [creating, setCreating] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const newHeading = useRef<HTMLHeadingElement>(null);
  // The form's heading takes focus once it is shown, so that keyboard users start at it.
  useEffect(() => {
    if (creating) newHeading.current?.focus();
  }, [creating]);

  return (
    <>
      <Link href={paths.home.to()} className="back-link">
        {t('workshop.list.back')}
      </Link>
      <PageHeading title={t('workshop.list.title')}>{t('workshop.list.title')}</PageHeading>
      <p className="lead">{t('workshop.list.intro')}</p>
      {workshops === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : workshops.length === 0 ? (
        <p>{t('workshop.list.empty')}</p>
      ) : (
        <ul className="workshop-list">
          {workshops.map((workshop) => (
            <li key={workshop.id}>
              <Link href={paths.workshop.to(workshop.id)}>{workshop.title}</Link>
              <span className="hint">
                {' '}
                – {formatDisplayDate(workshop.date)}
                {workshop.place ? `, ${workshop.place}` : ''} ·{' '}
                {t('workshop.list.counts', {
                  count: workshop.assessmentIds.length,
                  expected: workshop.expectedUnits.length,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {creating ? (
        <section aria-labelledby="workshop-new-heading">
          <h2 id="workshop-new-heading" className="heading-m" tabIndex={-1} ref={newHeading}>
            {t('workshop.list.newHeading')}
          </h2>
          {roster === undefined ? (
            <p role="status">{t('common.loading')}</p>
          ) : (
            <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
              <WorkshopForm
                roster={roster}
                defaultValues={emptyWorkshopInput(roster)}
                submitLabel={t('workshop.list.create')}
                saveError={saveError ? t(saveError) : undefined}
                onSubmit={async (details) => {
                  try {
                    const workshop = await createWorkshop(details);
                    navigate(paths.workshop.to(workshop.id));
                  } catch (error) {
                    console.error(error);
                    setSaveError(describeStorageError(error));
                  }
                }}
              >
                <button type="button" className="button button--secondary" onClick={() => setCreating(false)}>
                  {t('workshop.list.cancel')}
                </button>
              </WorkshopForm>
            </Suspense>
          )}
        </section>
      ) : (
        <button type="button" className="button button--start" onClick={() => setCreating(true)}>
          {t('workshop.list.new')}
        </button>
      )}
    </>
  );
}
