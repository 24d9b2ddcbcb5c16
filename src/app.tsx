import { Route, Switch } from 'wouter';
import { paths } from './paths';
import { PageLayout } from './ui/page-layout';
import { UpdateBanner } from './screens/update-banner';
import { StorageErrorBoundary } from './screens/storage-error-boundary';
import { AssessmentListScreen } from './screens/assessment-list/assessment-list-screen';
import { NewAssessmentScreen } from './screens/profile/new-assessment-screen';
import { EditProfileScreen } from './screens/profile/edit-profile-screen';
import { TaskListScreen } from './screens/task-list/task-list-screen';
import { SectionScreen } from './screens/section/section-screen';
import { NotFoundScreen } from './screens/not-found-screen';
import { ResultsScreen } from './screens/results/results-screen';
import { PlanScreen } from './screens/plan/plan-screen';

export function App() {
  return (
    <PageLayout banner={<UpdateBanner />}>
      <StorageErrorBoundary>
        <Switch>
          <Route path={paths.home.pattern} component={AssessmentListScreen} />
          <Route path={paths.newAssessment.pattern} component={NewAssessmentScreen} />
          <Route path={paths.profile.pattern} component={EditProfileScreen} />
          <Route path={paths.section.pattern} component={SectionScreen} />
          <Route path={paths.results.pattern} component={ResultsScreen} />
          <Route path={paths.plan.pattern} component={PlanScreen} />
          <Route path={paths.assessment.pattern} component={TaskListScreen} />
          <Route component={NotFoundScreen} />
        </Switch>
      </StorageErrorBoundary>
    </PageLayout>
  );
}
