import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { measureProgress, percentDone } from '../../assessment/progress';
import { useFormat } from '../../i18n/use-format';
import { questionnaire } from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import { deleteAssessment, duplicateAssessment } from '../../storage/assessments';
import type { AssessmentWithAnswers } from '../../storage/use-assessments';
import { ProgressBar } from '../../ui/progress-bar';
import { describeAssessment, describePeriod, describeUnit } from '../assessment-labels';
import { SampleBadge } from '../sample/sample-badge';
import { describeStorageError } from '../storage-messages';

// The rename form (and the forms' library) loads the first time someone renames, not with the list.
const RenameForm = lazy(() => import('./rename-form').then((m) => ({ default: m.RenameForm })));

type Mode = 'view' | 'rename' | 'confirm-delete';

export function AssessmentCard({
  item,
  onDeleted,
  onError,
}: {
  item: AssessmentWithAnswers;
  onDeleted: (name: string) => void;
  onError: (messageKey: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const [mode, setMode] = useState<Mode>('view');
  const { assessment, answers } = item;
  const { profile } = assessment;
  const name = describeAssessment(t, assessment);
  const progress = measureProgress(questionnaire.sections, profile.unitType, answers);
  const openHref = assessment.resumeAt
    ? paths.section.to(assessment.id, assessment.resumeAt.sectionId, assessment.resumeAt.questionId)
    : paths.assessment.to(assessment.id);
  const headingId = `assessment-${assessment.id}`;

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      onError(describeStorageError(error));
    }
  };

  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        <Link href={openHref}>{name}</Link> <SampleBadge assessment={assessment} />
      </h3>
      <dl className="summary-list">
        <div>
          <dt>{t('list.unit')}</dt>
          <dd>{describeUnit(t, profile)}</dd>
        </div>
        <div>
          <dt>{t('list.period')}</dt>
          <dd>{describePeriod(t, profile)}</dd>
        </div>
        <div>
          <dt>{t('list.lastChange')}</dt>
          <dd>{format.dateTime(assessment.updatedAt)}</dd>
        </div>
        <div>
          <dt>{t('exchange.actions.lastExported')}</dt>
          <dd>
            {assessment.lastExportedAt
              ? format.dateTime(assessment.lastExportedAt)
              : t('exchange.actions.neverExported')}
          </dd>
        </div>
      </dl>
      <ProgressBar
        percent={percentDone(progress)}
        label={t('progress.answered', { answered: progress.answered, total: progress.total })}
      />
      {mode === 'rename' ? (
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <RenameForm assessment={assessment} currentName={name} onDone={() => setMode('view')} onError={onError} />
        </Suspense>
      ) : mode === 'confirm-delete' ? (
        <div className="confirm" role="group" aria-label={t('list.confirmDeleteLabel', { name })}>
          <p>{t('list.confirmDelete', { name })}</p>
          <div className="button-group">
            <button
              type="button"
              className="button button--warning"
              onClick={() =>
                void run(async () => {
                  await deleteAssessment(assessment.id);
                  onDeleted(name);
                })
              }
            >
              {t('list.deleteConfirmButton')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMode('view')}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-group">
          <Link href={openHref} className="button" aria-label={t('list.openLabel', { name })}>
            {t('list.open')}
          </Link>
          <button
            type="button"
            className="button button--secondary"
            aria-label={t('list.renameLabel', { name })}
            onClick={() => setMode('rename')}
          >
            {t('list.rename')}
          </button>
          {/* A copy would be the fictional commune without its mark: the sample is opened again, not copied. */}
          {assessment.sample ? null : (
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('list.duplicateLabel', { name })}
              onClick={() =>
                void run(async () => {
                  const copy = await duplicateAssessment(assessment.id);
                  navigate(paths.profile.to(copy.id));
                })
              }
            >
              {t('list.duplicate')}
            </button>
          )}
          <button
            type="button"
            className="button button--secondary button--danger-text"
            aria-label={t('list.deleteLabel', { name })}
            onClick={() => setMode('confirm-delete')}
          >
            {t('list.delete')}
          </button>
        </div>
      )}
    </article>
  );
}
