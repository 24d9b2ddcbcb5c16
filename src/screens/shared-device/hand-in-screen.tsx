/**
 * "Finish and hand in" (issue 13): the participant sends their assessments to the trainer (QR codes, or the file),
 * then deletes everything of their session from the shared device, after a confirmation that says what goes. The
 * page is then loaded again, so nothing of theirs stays in memory either.
 */
import './shared-device.css';
import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { suggestFileName } from '../../exchange/file-name';
import { screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { flushPendingWrites } from '../../offline/pending-writes';
import { paths } from '../../paths';
import { endSession } from '../../storage/sessions';
import { useSessionData } from '../../storage/use-sessions';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { FieldError } from '../../ui/field-error';
import { PageHeading } from '../../ui/page-heading';
import type { ParticipantSession } from '../../workshop/session-schema';
import { describeAssessment } from '../assessment-labels';
import { useFileExport } from '../files/use-file-export';
import { describeStorageError } from '../storage-messages';
import { todayIso } from '../today';
import { reloadPage } from './reload-page';
import { HANDED_IN_PARAM } from './session-lobby';
import { useOpenSession } from './shared-device-context';

export function HandInScreen() {
  use(screenTextsReady('shared-device'));
  const { t } = useTranslation();
  const session = useOpenSession();
  if (!session) {
    return (
      <div className="notice" role="alert">
        {t('sharedDevice.noOpenSession')}
      </div>
    );
  }
  return <HandIn session={session} />;
}

function HandIn({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = useSessionData(session.id);
  const files = useFileExport();
  const deleting = useBusyAction();
  const [received, setReceived] = useState(false);
  const [confirmError, setConfirmError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const today = todayIso();
  const assessments = data?.assessments.filter((assessment) => !assessment.deletedAt) ?? [];
  const neverSaved = assessments.filter((assessment) => !assessment.lastExportedAt);

  // Run by its BusyButton under the `deleting` guard (a double tap deletes once).
  const onDelete = async () => {
    setFailure(undefined);
    if (!received) {
      setConfirmError(t('sharedDevice.errors.confirmReceived'));
      document.getElementById('hand-in-received')?.focus();
      return;
    }
    try {
      // Anything a form still holds is written first, so that it is deleted with the rest, not after it.
      await flushPendingWrites();
      await endSession(session.id);
      reloadPage(`${paths.home.to()}?${HANDED_IN_PARAM}=1`);
    } catch (error) {
      setFailure(t(describeStorageError(error)));
    }
  };

  return (
    <>
      <Link href={paths.home.to()} className="back-link">
        {t('sharedDevice.backToMine')}
      </Link>
      <PageHeading title={t('sharedDevice.handInTitle')}>{t('sharedDevice.handInTitle')}</PageHeading>
      <p className="lead">{t('sharedDevice.handInIntro')}</p>

      <section aria-labelledby="hand-in-send-heading">
        <h2 id="hand-in-send-heading" className="heading-m">
          {t('sharedDevice.sendHeading')}
        </h2>
        {data === undefined ? (
          <p role="status">{t('common.loading')}</p>
        ) : assessments.length === 0 ? (
          <p>{t('sharedDevice.nothingToSend')}</p>
        ) : (
          <ul className="hand-in-list">
            {assessments.map((assessment) => {
              const name = describeAssessment(t, assessment);
              return (
                <li key={assessment.id} className="hand-in-list__item">
                  <p>
                    <strong>{name}</strong>
                    <br />
                    <span className="hint">
                      {assessment.lastExportedAt
                        ? t('sharedDevice.savedAt', { time: format.dateTime(assessment.lastExportedAt) })
                        : t('sharedDevice.notSaved')}
                    </span>
                  </p>
                  <div className="button-group">
                    {/* Each action names its assessment for screen readers: a session can hold several. */}
                    <Link href={paths.sendQr.to(assessment.id)} className="button">
                      {t('sharedDevice.showQr')}
                      <span className="visually-hidden">: {name}</span>
                    </Link>
                    <BusyButton
                      busy={files.busy}
                      actionKey={assessment.id}
                      busyLabel={t('exchange.actions.busy')}
                      className="button button--secondary"
                      onAction={() => files.exportJson([assessment.id], suggestFileName('assessment', today, name))}
                    >
                      {t('sharedDevice.downloadFile')}
                      <span className="visually-hidden">: {name}</span>
                    </BusyButton>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <ActionStatus message={files.message?.text} isError={files.message?.kind === 'error'} />
      </section>

      <section aria-labelledby="hand-in-delete-heading">
        <h2 id="hand-in-delete-heading" className="heading-m">
          {t('sharedDevice.deleteHeading')}
        </h2>
        {data ? (
          <p>
            {t('sharedDevice.deleteWhat', {
              assessments: t('sharedDevice.countAssessments', { count: data.assessments.length }),
              answers: t('sharedDevice.countAnswers', { count: data.answers + data.planItems }),
            })}
          </p>
        ) : null}
        {neverSaved.length > 0 ? (
          <div className="notice">{t('sharedDevice.notSavedWarning', { count: neverSaved.length })}</div>
        ) : null}
        <div className={`form-group${confirmError ? ' form-group--error' : ''}`}>
          <FieldError id="hand-in-received-error" message={confirmError} />
          <div className="checkboxes__item">
            <input
              id="hand-in-received"
              type="checkbox"
              className="checkboxes__input"
              checked={received}
              aria-describedby={confirmError ? 'hand-in-received-error' : undefined}
              aria-invalid={confirmError ? true : undefined}
              onChange={(event) => {
                setReceived(event.target.checked);
                if (event.target.checked) setConfirmError(undefined);
              }}
            />
            <label htmlFor="hand-in-received" className="checkboxes__label">
              {t('sharedDevice.confirmReceived')}
            </label>
          </div>
        </div>
        <div className="button-group">
          <BusyButton
            busy={deleting}
            actionKey="delete"
            busyLabel={t('sharedDevice.deleting')}
            className="button button--warning"
            onAction={onDelete}
          >
            {t('sharedDevice.deleteAndFinish')}
          </BusyButton>
        </div>
        <ActionStatus message={failure} isError={failure !== undefined} />
      </section>
    </>
  );
}
