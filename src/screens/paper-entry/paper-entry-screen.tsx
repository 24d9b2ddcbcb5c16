import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { questionTextsReady, screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { useAssessment, type AssessmentWithEntries } from '../../storage/use-assessments';
import { PageHeading } from '../../ui/page-heading';
import { describeAssessment } from '../assessment-labels';
import { NotFoundScreen } from '../not-found-screen';
import { PaperEntryForm } from './paper-entry-form';
import './paper-entry.css';

/**
 * Fast entry from a paper form (issue 13): a helper types up a questionnaire filled in on paper at a workshop, one
 * question at a time, by keyboard alone, in the printed form's order and numbering. Answers are written as the
 * section screens write them, so they appear there, in the results and in every export.
 */
export function PaperEntryScreen() {
  use(screenTextsReady('paper-entry'));
  use(questionTextsReady('all'));
  const { t } = useTranslation();
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const loaded = useAssessment(assessmentId);
  // As on the section screen: the writer starts from the records as they were when the screen opened, and later
  // changes reach it through the live records, never by starting over.
  const [snapshot, setSnapshot] = useState<{ id: string; data: AssessmentWithEntries }>();
  if (loaded && snapshot?.id !== assessmentId) setSnapshot({ id: assessmentId, data: loaded });
  if (loaded === undefined) return <p role="status">{t('common.loading')}</p>;
  if (loaded === null) return <NotFoundScreen />;
  if (snapshot?.id !== assessmentId) return <p role="status">{t('common.loading')}</p>;
  const { assessment, entries } = snapshot.data;
  return (
    <>
      <Link href={paths.assessment.to(assessment.id)} className="back-link">
        {t('paperEntry.back')}
      </Link>
      <PageHeading title={t('paperEntry.title')} caption={describeAssessment(t, assessment)}>
        {t('paperEntry.title')}
      </PageHeading>
      <p>{t('paperEntry.intro')}</p>
      <PaperEntryForm
        key={assessment.id}
        assessment={assessment}
        initialEntries={entries}
        liveEntries={loaded.entries}
      />
    </>
  );
}
