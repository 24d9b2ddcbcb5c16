import { lazy, Suspense, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { saveRoster } from '../../storage/collection';
import { useRoster } from '../../storage/use-collection';
import { PageHeading } from '../../ui/page-heading';
import { CollectionDashboard } from './collection-dashboard';
import { useCollectionFigures } from './use-collection-figures';
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
  // While an import runs, the collection as it was: the import shows its own progress (import-activity.ts).
  const received = useSettledCollection();
  const roster = useRoster();
  // Started before the collection is read: the worker reads and scores it meanwhile.
  const figures = useCollectionFigures(received);
  // One "leave out assessors' names" tick for the data files and the PDFs.
  const [withoutNames, setWithoutNames] = useState(false);
  return (
    <>
      <Link href={paths.home.to()} className="back-link">
        {t('collection.back')}
      </Link>
      <PageHeading title={t('collection.title')}>{t('collection.title')}</PageHeading>
      <p className="lead">{t('collection.intro')}</p>
      {received === undefined || roster === undefined ? (
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
                received={received}
                commonGaps={gaps}
                missing={missing}
                withoutAssessorNames={withoutNames}
                onWithoutAssessorNamesChange={setWithoutNames}
              />
              <CollectionReportActions
                rows={rows}
                received={received}
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
