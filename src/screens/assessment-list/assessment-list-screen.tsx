import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../paths';
import { undoDeleteAssessment } from '../../storage/assessments';
import { useAssessmentList } from '../../storage/use-assessments';
import { PageHeading } from '../../ui/page-heading';
import { describeStorageError } from '../storage-messages';
import { StoragePanel } from './storage-panel';
import { OpenSample } from '../sample/open-sample';
import { DeviceFiles } from '../files/device-files';
import { useOpenSession, useSharedDevice } from '../shared-device/shared-device-context';

// The cards show each assessment's progress, which needs the whole questionnaire: it loads when there is a card to
// show (from the service worker's cache on a returning visit), not on a first visit's empty list.
const AssessmentCard = lazy(() => import('./assessment-card').then((module) => ({ default: module.AssessmentCard })));

interface Deleted {
  id: string;
  name: string;
}

export function AssessmentListScreen() {
  const { t } = useTranslation();
  const everything = useAssessmentList();
  const { workshopMode } = useSharedDevice();
  const session = useOpenSession();
  // In workshop mode a participant sees only their session's work; the trainer, everything (decision 0017).
  const list =
    workshopMode && session ? everything?.filter((item) => item.assessment.sessionId === session.id) : everything;
  const [deleted, setDeleted] = useState<Deleted>();
  const [actionError, setActionError] = useState<string>();

  const undo = async (item: Deleted) => {
    try {
      await undoDeleteAssessment(item.id);
      setDeleted(undefined);
    } catch (error) {
      setActionError(describeStorageError(error));
    }
  };

  return (
    <>
      <PageHeading title={t('app.name')}>{t('list.title')}</PageHeading>
      <p className="lead">{t('list.intro')}</p>
      {/* Always in the page, so screen readers announce what is put into it. */}
      <div role="status" className="toast-region">
        {deleted ? (
          <div className="notice notice--success">
            <span>{t('list.deleted', { name: deleted.name })}</span>{' '}
            <button type="button" className="button button--secondary" onClick={() => void undo(deleted)}>
              {t('list.undoDelete')}
            </button>
          </div>
        ) : null}
      </div>
      {actionError ? (
        <div className="notice notice--error" role="alert">
          {t(actionError)}
        </div>
      ) : null}
      <Link href={paths.newAssessment.to()} className="button button--start">
        {t('list.create')}
      </Link>
      {/* The sample is the device's, outside any participant's session. */}
      {session ? null : <OpenSample />}
      {/* A backup of the device would hold everyone's work: not in a participant's session. */}
      {session ? null : <DeviceFiles hasAssessments={Boolean(list?.length)} />}
      {session ? null : (
        <p>
          <Link href={paths.workshops.to()}>{t('list.workshopsLink')}</Link>
        </p>
      )}
      {list === undefined ? (
        <p>{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p className="empty-state">{t(session ? 'list.emptyInSession' : 'list.empty')}</p>
      ) : (
        <>
          <h2 className="heading-m">{t('list.onThisDevice', { count: list.length })}</h2>
          <Suspense fallback={<p>{t('common.loading')}</p>}>
            <ul className="card-list">
              {list.map((item) => (
                <li key={item.assessment.id}>
                  <AssessmentCard
                    item={item}
                    onDeleted={(name) => setDeleted({ id: item.assessment.id, name })}
                    onError={setActionError}
                  />
                </li>
              ))}
            </ul>
          </Suspense>
        </>
      )}
      {session ? null : <StoragePanel />}
    </>
  );
}
