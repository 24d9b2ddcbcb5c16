import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { paths } from './paths';
import { PageLayout } from './ui/page-layout';
import { UpdateBanner } from './screens/update-banner';
import { StorageErrorBoundary } from './screens/storage-error-boundary';
import { AssessmentListScreen } from './screens/assessment-list/assessment-list-screen';
import { NewAssessmentScreen } from './screens/profile/new-assessment-screen';
import { EditProfileScreen } from './screens/profile/edit-profile-screen';
import { TaskListScreen } from './screens/task-list/task-list-screen';
import { NotFoundScreen } from './screens/not-found-screen';

// The answering, results and plan screens load when first opened (and are precached for offline use), so the
// first screen starts with less code.
const SectionScreen = lazy(() =>
  import('./screens/section/section-screen').then((m) => ({ default: m.SectionScreen })),
);
const ResultsScreen = lazy(() =>
  import('./screens/results/results-screen').then((m) => ({ default: m.ResultsScreen })),
);
const ImportScreen = lazy(() => import('./screens/files/import-screen').then((m) => ({ default: m.ImportScreen })));
const PlanScreen = lazy(() => import('./screens/plan/plan-screen').then((m) => ({ default: m.PlanScreen })));

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('common.loading')}</p>;
}

export function App() {
  return (
    <PageLayout banner={<UpdateBanner />}>
      <StorageErrorBoundary>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path={paths.home.pattern} component={AssessmentListScreen} />
            <Route path={paths.newAssessment.pattern} component={NewAssessmentScreen} />
            <Route path={paths.importFile.pattern} component={ImportScreen} />
            <Route path={paths.profile.pattern} component={EditProfileScreen} />
            <Route path={paths.section.pattern} component={SectionScreen} />
            <Route path={paths.results.pattern} component={ResultsScreen} />
            <Route path={paths.plan.pattern} component={PlanScreen} />
            <Route path={paths.assessment.pattern} component={TaskListScreen} />
            <Route component={NotFoundScreen} />
          </Switch>
        </Suspense>
      </StorageErrorBoundary>
    </PageLayout>
  );
}
