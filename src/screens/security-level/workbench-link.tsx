/**
 * The ways into the security-by-level workbench from the assessment's task list and from the inventory of systems
 * in the security section. Their texts come with the workbench's own (screen-security-workbench.json), loaded here
 * without holding up the screen around them: the link appears once they are in.
 */
import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';

function TaskListLink({ assessmentId }: { assessmentId: string }) {
  use(screenTextsReady('security-workbench'));
  const { t } = useTranslation();
  return (
    <Link href={paths.securityWorkbench.to(assessmentId)} className="button button--secondary">
      {t('securityWorkbench.link.taskList')}
    </Link>
  );
}

/** For the task list's row of actions. */
export function WorkbenchTaskListLink({ assessmentId }: { assessmentId: string }) {
  return (
    <Suspense fallback={null}>
      <TaskListLink assessmentId={assessmentId} />
    </Suspense>
  );
}

function InventoryLink({ assessmentId }: { assessmentId: string }) {
  use(screenTextsReady('security-workbench'));
  const { t } = useTranslation();
  return (
    <p>
      <Link href={paths.securityWorkbench.to(assessmentId)}>{t('securityWorkbench.link.inventory')}</Link>
    </p>
  );
}

/** Under the inventory's help text, in the section of the assessment the route names (nothing outside one). */
export function WorkbenchInventoryLink() {
  const { assessmentId } = useParams<{ assessmentId?: string }>();
  if (!assessmentId) return null;
  return (
    <Suspense fallback={null}>
      <InventoryLink assessmentId={assessmentId} />
    </Suspense>
  );
}
