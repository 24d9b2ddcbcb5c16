import { lazy, Suspense, use, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { saveRoster } from '../../storage/collection';
import { useRoster } from '../../storage/use-collection';
import { PageHeading } from '../../ui/page-heading';
import { CollectionDashboard } from './collection-dashboard';
import { useImportRunning } from './import-activity';
import { useStoredCollectionFigures } from './use-collection-figures';
import { useSettledCollection } from './use-settled-collection';
import './collection.css';

// The import and the exports load with their first use of the screen, not with the dashboard's table.
const CollectionImport = lazy(() =>
  import('./collection-import').then((module) => ({ default: module.CollectionImport })),
);
const CollectionExports = lazy(() =>
  import('./collection-exports').then((module) => ({ default: module.CollectionExports })),
);
const CollectionReportActions = lazy(() =>
  import('./collection-report-actions').then((module) => ({ default: module.CollectionReportActions })),
);

/** The collection's dashboard: the one place its data is read from storage. */
export function CollectionScreen() {
  use(screenTextsReady('collection'));
  const { t } = useTranslation();
  // While an import runs, the collection and its figures as they were: the import shows its own progress.
  const figures = useStoredCollectionFigures({ paused: useImportRunning() });
  // The copies themselves (status board, exports, PDFs) are read once it is known whether figures were kept: if so,
  // the summary and the table show first and this read follows; if not, it overlaps the worker's.
  const received = useSettledCollection({ enabled: figures.status !== 'loading' });
  const roster = useRoster();
  // Exported and reported figures are today's only: figures of an earlier day wait as the copies would.
  // Samples of a fictional unit (issue 13) are in no file and no PDF, as in no figure (collection-dashboard.tsx).
  const counted = useMemo(() => received?.filter((one) => !one.entry.assessment.sample), [received]);
  const exported = figures.status === 'ready' && figures.earlier ? undefined : counted;
  // One "leave out assessors' names" tick for the data files and the PDFs.
  const [withoutNames, setWithoutNames] = useState(false);
  return (
    <>
      <Link href={paths.home.to()} className="back-link">
        {t('collection.back')}
      </Link>
      <PageHeading title={t('collection.title')}>{t('collection.title')}</PageHeading>
      <p className="lead">{t('collection.intro')}</p>
      <p>
        <Link href={paths.receiveQr.to()}>{t('collection.receiveQr')}</Link>
      </p>
      <p>
        <Link href={paths.workshops.to()}>{t('list.workshopsLink')}</Link>
      </p>
      <p>
        <Link href={paths.consensus.to()}>{t('collection.consensusLink')}</Link>
      </p>
      {roster === undefined || figures.status === 'loading' ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <CollectionDashboard
          received={received}
          roster={roster}
          figures={figures}
          onSaveRoster={saveRoster}
          importer={
            <Suspense fallback={<p>{t('common.loading')}</p>}>
              <CollectionImport />
            </Suspense>
          }
          exports={(rows, { gaps, missing }) => (
            <Suspense fallback={null}>
              <CollectionExports
                rows={rows}
                received={exported}
                commonGaps={gaps}
                missing={missing}
                withoutAssessorNames={withoutNames}
                onWithoutAssessorNamesChange={setWithoutNames}
              />
              <CollectionReportActions
                rows={rows}
                received={exported}
                commonGaps={gaps}
                missing={missing}
                withoutAssessorNames={withoutNames}
              />
            </Suspense>
          )}
        />
      )}
    </>
  );
}
