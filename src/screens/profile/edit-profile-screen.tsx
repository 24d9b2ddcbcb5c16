import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { paths } from '../../paths';
import { updateProfile } from '../../storage/assessments';
import { useAssessment } from '../../storage/use-assessments';
import { PageHeading } from '../../ui/page-heading';
import { NotFoundScreen } from '../not-found-screen';
import { describeStorageError } from '../storage-messages';
import { ProfileForm } from './profile-form';

export function EditProfileScreen() {
  const { t } = useTranslation();
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const loaded = useAssessment(assessmentId);
  const [, navigate] = useLocation();
  const [saveError, setSaveError] = useState<string>();
  if (loaded === undefined) return <p role="status">{t('common.loading')}</p>;
  if (loaded === null) return <NotFoundScreen />;
  const { profile } = loaded.assessment;
  return (
    <>
      <Link href={paths.assessment.to(assessmentId)} className="back-link">
        {t('common.backToTaskList')}
      </Link>
      <PageHeading title={t('editProfile.title')}>{t('editProfile.title')}</PageHeading>
      <p className="lead">{t('editProfile.intro')}</p>
      <ProfileForm
        defaultValues={{
          ...profile,
          communeName: profile.communeName ?? '',
          unitCode: profile.unitCode ?? '',
          periodYear: String(profile.periodYear),
        }}
        submitLabel={t('editProfile.submit')}
        saveError={saveError ? t(saveError) : undefined}
        onSubmit={async (next) => {
          try {
            await updateProfile(assessmentId, next);
            navigate(paths.assessment.to(assessmentId));
          } catch (error) {
            setSaveError(describeStorageError(error));
          }
        }}
      />
    </>
  );
}
