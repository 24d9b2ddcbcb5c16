/**
 * One workshop (issue 13): its details (which can be changed), its class (who has handed in), and the ways in:
 * reading a participant's QR codes for this workshop, importing many files at once into it, then the projector
 * and the consensus. Deleting the workshop deletes its record only: what was received stays in the collection.
 *
 * Its texts are in locales/<language>/screen-workshop.json.
 */
import { lazy, Suspense, use, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { formatDisplayDate } from '../../questionnaire/display-date';
import { useCollection, useRoster } from '../../storage/use-collection';
import { useWorkshop } from '../../storage/use-workshops';
import { addToWorkshop, deleteWorkshop, updateWorkshop } from '../../storage/workshops';
import { useBusyAction, BusyButton } from '../../ui/busy-button';
import { PageHeading } from '../../ui/page-heading';
import { formInputOfWorkshop } from '../../workshop/workshop-form';
import type { Workshop } from '../../workshop/workshop-schema';
import { describeStorageError } from '../storage-messages';
import { WorkshopClassView } from './workshop-class-view';
import { WorkshopForm } from './workshop-form';
import { WorkshopSummaries } from './workshop-summaries';

// The import loads with its first use, as on the collection screen.
const CollectionImport = lazy(() =>
  import('../collection/collection-import').then((module) => ({ default: module.CollectionImport })),
);

export function WorkshopScreen() {
  use(screenTextsReady('workshop'));
  const { t } = useTranslation();
  const { workshopId = '' } = useParams<{ workshopId: string }>();
  const workshop = useWorkshop(workshopId);
  if (workshop === undefined) return <p role="status">{t('common.loading')}</p>;
  if (workshop === null) {
    return (
      <>
        <Link href={paths.workshops.to()} className="back-link">
          {t('workshop.page.back')}
        </Link>
        <PageHeading title={t('workshop.page.notFound')}>{t('workshop.page.notFound')}</PageHeading>
        <p>{t('workshop.page.notFoundBody')}</p>
      </>
    );
  }
  return <WorkshopPage workshop={workshop} />;
}

function WorkshopPage({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const received = useCollection();
  const roster = useRoster();
  const [editing, setEditing] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const editHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);

  return (
    <>
      <Link href={paths.workshops.to()} className="back-link">
        {t('workshop.page.back')}
      </Link>
      <PageHeading title={workshop.title} caption={t('workshop.page.caption')}>
        {workshop.title}
      </PageHeading>
      <dl className="summary-list workshop-details">
        <div>
          <dt>{t('workshop.page.date')}</dt>
          <dd>{formatDisplayDate(workshop.date)}</dd>
        </div>
        <div>
          <dt>{t('workshop.page.place')}</dt>
          <dd>{workshop.place ?? t('workshop.page.noPlace')}</dd>
        </div>
        <div>
          <dt>{t('workshop.page.expected')}</dt>
          <dd>{t('workshop.page.expectedCount', { count: workshop.expectedUnits.length })}</dd>
        </div>
      </dl>
      <div role="status">{saved && !editing ? <p>{t('workshop.page.saved')}</p> : null}</div>
      {editing ? (
        <section aria-labelledby="workshop-edit-heading">
          <h2 id="workshop-edit-heading" className="heading-m" tabIndex={-1} ref={editHeading}>
            {t('workshop.page.editHeading')}
          </h2>
          {roster === undefined ? (
            <p role="status">{t('common.loading')}</p>
          ) : (
            <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
              <EditForm
                workshop={workshop}
                roster={roster}
                saveError={saveError ? t(saveError) : undefined}
                onCancel={() => setEditing(false)}
                onSave={async (details) => {
                  try {
                    await updateWorkshop(workshop.id, (current) => ({ ...current, ...details }));
                    setSaveError(undefined);
                    setSaved(true);
                    setEditing(false);
                  } catch (error) {
                    console.error(error);
                    setSaveError(describeStorageError(error));
                  }
                }}
              />
            </Suspense>
          )}
        </section>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {t('workshop.page.edit')}
        </button>
      )}

      {received === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <WorkshopClassView workshop={workshop} received={received} />
      )}
      {/* The scores-only summaries read for this workshop (its own texts load with it). */}
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <WorkshopSummaries workshopId={workshop.id} workshopTitle={workshop.title} />
      </Suspense>

      <section aria-labelledby="workshop-receive-heading">
        <h2 id="workshop-receive-heading" className="heading-m">
          {t('workshop.page.receiveHeading')}
        </h2>
        <p>
          <Link href={paths.receiveQr.to(workshop.id)} className="button">
            {t('workshop.page.receiveQr')}
          </Link>
        </p>
        <h3 className="heading-s">{t('workshop.page.importHeading')}</h3>
        <Suspense fallback={<p>{t('common.loading')}</p>}>
          <CollectionImport
            onStored={async (outcomes) => {
              await addToWorkshop(
                workshop.id,
                outcomes.map((outcome) => outcome.id),
              );
            }}
          />
        </Suspense>
      </section>

      <section aria-labelledby="workshop-next-heading">
        <h2 id="workshop-next-heading" className="heading-m">
          {t('workshop.page.nextHeading')}
        </h2>
        <ul>
          <li>
            <Link href={paths.projector.to(workshop.id)}>{t('workshop.page.projector')}</Link>
          </li>
          <li>
            <Link href={paths.consensus.to()}>{t('workshop.page.consensus')}</Link>
          </li>
        </ul>
      </section>

      <DeleteWorkshop workshop={workshop} />
    </>
  );
}

function EditForm({
  workshop,
  roster,
  saveError,
  onSave,
  onCancel,
}: {
  workshop: Workshop;
  roster: Parameters<typeof formInputOfWorkshop>[1];
  saveError?: string;
  onSave: Parameters<typeof WorkshopForm>[0]['onSubmit'];
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  // The starting values are taken once: a live update of the workshop must not reset what is being typed.
  const [start] = useState(() =>
    formInputOfWorkshop(workshop, roster, {
      unitType: (type) => t(`unitTypes.${type}.name`),
      province: (id) => t(`provinces.${id}`),
    }),
  );
  return (
    <WorkshopForm
      roster={roster}
      defaultValues={start.input}
      defaultPicked={start.pickedIds}
      submitLabel={t('workshop.page.save')}
      saveError={saveError}
      onSubmit={onSave}
    >
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('workshop.page.cancel')}
      </button>
    </WorkshopForm>
  );
}

function DeleteWorkshop({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const busy = useBusyAction();
  const question = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  return (
    <section aria-labelledby="workshop-delete-heading">
      <h2 id="workshop-delete-heading" className="heading-m">
        {t('workshop.delete.heading')}
      </h2>
      <p>{t('workshop.delete.what')}</p>
      {asking ? (
        <div className="notice" ref={question} tabIndex={-1} role="group" aria-labelledby="workshop-delete-question">
          <p id="workshop-delete-question">
            <strong>{t('workshop.delete.question', { title: workshop.title })}</strong>
          </p>
          {error ? (
            <p role="alert" className="error-message">
              {error}
            </p>
          ) : null}
          <div className="button-group">
            <BusyButton
              busy={busy}
              className="button button--warning"
              busyLabel={t('workshop.delete.deleting')}
              onAction={async () => {
                try {
                  await deleteWorkshop(workshop.id);
                  navigate(paths.workshops.to());
                } catch (failure) {
                  console.error(failure);
                  setError(t(describeStorageError(failure)));
                }
              }}
            >
              {t('workshop.delete.confirm')}
            </BusyButton>
            <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
              {t('workshop.delete.keep')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--warning" onClick={() => setAsking(true)}>
          {t('workshop.delete.start')}
        </button>
      )}
    </section>
  );
}
