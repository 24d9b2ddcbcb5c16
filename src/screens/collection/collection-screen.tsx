import { lazy, Suspense, use, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { saveRoster } from '../../storage/collection';
import { useCollection, useRoster } from '../../storage/use-collection';
import { PageHeading } from '../../ui/page-heading';
import { CollectionDashboard } from './collection-dashboard';

// The import and the exports are written beside this screen by others; each is shown once its module exists.
type ExportsProps = { rows: ComparisonRow[]; received: ReceivedAssessment[] };
const importModules = import.meta.glob<{ CollectionImport: ComponentType }>('./collection-import.tsx');
const exportModules = import.meta.glob<{ CollectionExports: ComponentType<ExportsProps> }>('./collection-exports.tsx');
const loadImport = importModules['./collection-import.tsx'];
const loadExports = exportModules['./collection-exports.tsx'];
const CollectionImport = loadImport
  ? lazy(() => loadImport().then((module) => ({ default: module.CollectionImport })))
  : undefined;
const CollectionExports = loadExports
  ? lazy(() => loadExports().then((module) => ({ default: module.CollectionExports })))
  : undefined;

/** The collection's dashboard: the one place its data is read from storage. */
export function CollectionScreen() {
  use(screenTextsReady('collection'));
  const { t } = useTranslation();
  const received = useCollection();
  const roster = useRoster();
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
          onSaveRoster={saveRoster}
          importer={
            CollectionImport ? (
              <Suspense fallback={<p>{t('common.loading')}</p>}>
                <CollectionImport />
              </Suspense>
            ) : null
          }
          exports={(rows) =>
            CollectionExports ? (
              <Suspense fallback={null}>
                <CollectionExports rows={[...rows]} received={received} />
              </Suspense>
            ) : null
          }
        />
      )}
    </>
  );
}
