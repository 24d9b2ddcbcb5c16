import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { paths } from './paths';
import { PageLayout } from './ui/page-layout';
import { UpdateBanner } from './screens/update-banner';
import { StorageErrorBoundary } from './screens/storage-error-boundary';
import { AssessmentListScreen } from './screens/assessment-list/assessment-list-screen';
import { NotFoundScreen } from './screens/not-found-screen';
import { loadQuestionTexts } from './i18n/i18n';
import { SharedDeviceGate } from './screens/shared-device/shared-device-gate';

/**
 * A screen that shows every section's questions (results, plan) waits for their texts as for its code (both
 * precached for offline use); a section's screen loads its own (section-screen.tsx).
 */
function withQuestionTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadQuestionTexts()]).then(([module]) => module);
}

// Every screen but the list loads when first opened (and is precached for offline use), so that the first screen
// downloads its own code only (issue 11): the forms' library with the forms, the files code with the task list.
const screenCode = {
  newAssessment: () => import('./screens/profile/new-assessment-screen'),
  profile: () => import('./screens/profile/edit-profile-screen'),
  taskList: () => import('./screens/task-list/task-list-screen'),
  section: () => import('./screens/section/section-screen'),
  results: () => import('./screens/results/results-screen'),
  importFile: () => import('./screens/files/import-screen'),
  plan: () => import('./screens/plan/plan-screen'),
  collection: () => import('./screens/collection/collection-screen'),
  received: () => import('./screens/collection/received-screen'),
  device: () => import('./screens/device/device-data-screen'),
  sendQr: () => import('./screens/transfer/send-qr-screen'),
  receiveQr: () => import('./screens/transfer/receive-qr-screen'),
  handIn: () => import('./screens/shared-device/hand-in-screen'),
  workshopMode: () => import('./screens/shared-device/workshop-mode-screen'),
  workshops: () => import('./screens/workshop/workshops-screen'),
  workshop: () => import('./screens/workshop/workshop-screen'),
  consensus: () => import('./screens/consensus/consensus-screen'),
  consensusDiscussion: () => import('./screens/consensus/consensus-discussion-screen'),
  projector: () => import('./screens/projector/projector-screen'),
  paperEntry: () => import('./screens/paper-entry/paper-entry-screen'),
  securityWorkbench: () => import('./screens/security-level/workbench-screen'),
  securityCalendar: () => import('./screens/security-level/calendar-screen'),
  securityClassification: () => import('./screens/security-level/classification-screen'),
  securityDossier: () => import('./screens/security-level/dossier-screen'),
  securityBaseline: () => import('./screens/security-level/baseline-screen'),
  securityDuties: () => import('./screens/security-level/system-duties-screen'),
};

const NewAssessmentScreen = lazy(() => screenCode.newAssessment().then((m) => ({ default: m.NewAssessmentScreen })));
const EditProfileScreen = lazy(() => screenCode.profile().then((m) => ({ default: m.EditProfileScreen })));
const TaskListScreen = lazy(() => screenCode.taskList().then((m) => ({ default: m.TaskListScreen })));
const SectionScreen = lazy(() => screenCode.section().then((m) => ({ default: m.SectionScreen })));
const ResultsScreen = lazy(() => withQuestionTexts(screenCode.results)().then((m) => ({ default: m.ResultsScreen })));
const ImportScreen = lazy(() => screenCode.importFile().then((m) => ({ default: m.ImportScreen })));
const PlanScreen = lazy(() => withQuestionTexts(screenCode.plan)().then((m) => ({ default: m.PlanScreen })));
const CollectionScreen = lazy(() =>
  withQuestionTexts(screenCode.collection)().then((m) => ({ default: m.CollectionScreen })),
);
const ReceivedScreen = lazy(() =>
  withQuestionTexts(screenCode.received)().then((m) => ({ default: m.ReceivedScreen })),
);

const DeviceDataScreen = lazy(() => screenCode.device().then((m) => ({ default: m.DeviceDataScreen })));

const SendQrScreen = lazy(() => screenCode.sendQr().then((m) => ({ default: m.SendQrScreen })));
const ReceiveQrScreen = lazy(() => screenCode.receiveQr().then((m) => ({ default: m.ReceiveQrScreen })));

const HandInScreen = lazy(() => screenCode.handIn().then((m) => ({ default: m.HandInScreen })));
const WorkshopModeScreen = lazy(() => screenCode.workshopMode().then((m) => ({ default: m.WorkshopModeScreen })));
const WorkshopsScreen = lazy(() => screenCode.workshops().then((m) => ({ default: m.WorkshopsScreen })));
const WorkshopScreen = lazy(() => screenCode.workshop().then((m) => ({ default: m.WorkshopScreen })));
const ConsensusScreen = lazy(() => screenCode.consensus().then((m) => ({ default: m.ConsensusScreen })));
const ConsensusDiscussionScreen = lazy(() =>
  withQuestionTexts(screenCode.consensusDiscussion)().then((m) => ({ default: m.ConsensusDiscussionScreen })),
);

const ProjectorScreen = lazy(() =>
  withQuestionTexts(screenCode.projector)().then((m) => ({ default: m.ProjectorScreen })),
);

const PaperEntryScreen = lazy(() => screenCode.paperEntry().then((m) => ({ default: m.PaperEntryScreen })));
const SecurityWorkbenchScreen = lazy(() =>
  screenCode.securityWorkbench().then((m) => ({ default: m.SecurityWorkbenchScreen })),
);
const SecurityCalendarScreen = lazy(() =>
  screenCode.securityCalendar().then((m) => ({ default: m.SecurityCalendarScreen })),
);
const ClassificationScreen = lazy(() =>
  screenCode.securityClassification().then((m) => ({ default: m.ClassificationScreen })),
);
const DossierScreen = lazy(() => screenCode.securityDossier().then((m) => ({ default: m.DossierScreen })));
const BaselineScreen = lazy(() => screenCode.securityBaseline().then((m) => ({ default: m.BaselineScreen })));
const SystemDutiesScreen = lazy(() => screenCode.securityDuties().then((m) => ({ default: m.SystemDutiesScreen })));

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('common.loading')}</p>;
}

export function App() {
  return (
    <PageLayout banner={<UpdateBanner />}>
      <StorageErrorBoundary>
        <Suspense fallback={<Loading />}>
          <SharedDeviceGate>
            <Switch>
              <Route path={paths.home.pattern} component={AssessmentListScreen} />
              <Route path={paths.newAssessment.pattern} component={NewAssessmentScreen} />
              <Route path={paths.importFile.pattern} component={ImportScreen} />
              <Route path={paths.profile.pattern} component={EditProfileScreen} />
              <Route path={paths.section.pattern} component={SectionScreen} />
              <Route path={paths.results.pattern} component={ResultsScreen} />
              <Route path={paths.plan.pattern} component={PlanScreen} />
              <Route path={paths.sendQr.pattern} component={SendQrScreen} />
              <Route path={paths.paperEntry.pattern} component={PaperEntryScreen} />
              <Route path={paths.securityWorkbench.pattern} component={SecurityWorkbenchScreen} />
              <Route path={paths.securityCalendar.pattern} component={SecurityCalendarScreen} />
              <Route path={paths.securityClassification.pattern} component={ClassificationScreen} />
              <Route path={paths.securityDossier.pattern} component={DossierScreen} />
              <Route path={paths.securityBaseline.pattern} component={BaselineScreen} />
              <Route path={paths.securityDuties.pattern} component={SystemDutiesScreen} />
              <Route path={paths.receiveQr.pattern} component={ReceiveQrScreen} />
              <Route path={paths.collection.pattern} component={CollectionScreen} />
              <Route path={paths.received.pattern} component={ReceivedScreen} />
              <Route path={paths.workshopModeSetup.pattern} component={WorkshopModeScreen} />
              <Route path={paths.handIn.pattern} component={HandInScreen} />
              <Route path={paths.consensus.pattern} component={ConsensusScreen} />
              <Route path={paths.consensusDiscussion.pattern} component={ConsensusDiscussionScreen} />
              <Route path={paths.workshops.pattern} component={WorkshopsScreen} />
              <Route path={paths.workshop.pattern} component={WorkshopScreen} />
              <Route path={paths.projector.pattern} component={ProjectorScreen} />
              <Route path={paths.collectionProjector.pattern} component={ProjectorScreen} />
              <Route path={paths.device.pattern}>
                <DeviceDataScreen />
              </Route>
              <Route path={paths.assessment.pattern} component={TaskListScreen} />
              <Route component={NotFoundScreen} />
            </Switch>
          </SharedDeviceGate>
        </Suspense>
      </StorageErrorBoundary>
    </PageLayout>
  );
}
