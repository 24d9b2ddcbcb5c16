import { use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { questionnaire } from '../../questionnaire/questionnaire';
import { useProjectorClass } from '../../storage/use-projector-class';
import { selectClass } from '../../workshop/projector/class-members';
import { buildProjectorModel } from '../../workshop/projector/projector-model';
import { PageHeading } from '../../ui/page-heading';
import { todayIso } from '../today';
import { Projector } from './projector';
import './projector.css';

/**
 * The projector view (issue 13): a workshop's class (`/workshops/:workshopId/projector`), or every received
 * assessment as one class (`/projector`). The class is read live, so the screen fills in as assessments are handed
 * in, from this tab or another.
 */
export function ProjectorScreen() {
  use(screenTextsReady('projector'));
  const { t } = useTranslation();
  const { workshopId } = useParams<{ workshopId?: string }>();
  const loaded = useProjectorClass(workshopId);
  const copies = useMemo(
    () => (loaded ? selectClass(loaded.received, loaded.workshop?.assessmentIds) : undefined),
    [loaded],
  );
  const model = useMemo(() => (copies ? buildProjectorModel(questionnaire, copies, todayIso()) : undefined), [copies]);
  const back =
    workshopId === undefined
      ? { href: paths.collection.to(), label: t('projector.backCollection') }
      : { href: paths.workshop.to(workshopId), label: t('projector.backWorkshop') };

  if (!loaded || !model) return <p role="status">{t('common.loading')}</p>;
  if (workshopId !== undefined && !loaded.workshop) {
    return (
      <>
        <PageHeading title={t('projector.notFound')} caption={t('projector.caption')}>
          {t('projector.notFound')}
        </PageHeading>
        <Link href={paths.collection.to()}>{t('projector.backCollection')}</Link>
      </>
    );
  }
  const title = loaded.workshop?.title ?? t('projector.wholeCollection');
  return <Projector title={title} model={model} back={back} isWorkshop={workshopId !== undefined} />;
}
