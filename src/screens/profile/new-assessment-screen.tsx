import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { paths } from '../../paths';
import { createAssessment } from '../../storage/assessments';
import { PageHeading } from '../../ui/page-heading';
import { useOpenSession } from '../shared-device/shared-device-context';
import { describeStorageError } from '../storage-messages';
import { ProfileForm, emptyProfileInput } from './profile-form';

export function NewAssessmentScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [saveError, setSaveError] = useState<string>();
  const session = useOpenSession();
  return (
    <>
      <PageHeading title={t('newAssessment.title')}>{t('newAssessment.title')}</PageHeading>
      <p className="lead">{t('newAssessment.intro')}</p>
      <ProfileForm
        defaultValues={emptyProfileInput()}
        submitLabel={t('newAssessment.submit')}
        saveError={saveError ? t(saveError) : undefined}
        onSubmit={async (profile) => {
          try {
            const assessment = await createAssessment(profile, { sessionId: session?.id });
            navigate(paths.assessment.to(assessment.id));
          } catch (error) {
            setSaveError(describeStorageError(error));
          }
        }}
      />
    </>
  );
}
