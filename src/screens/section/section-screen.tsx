import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { questionTextsReady } from '../../i18n/i18n';
import type { Answer } from '../../questionnaire/answer-schema';
import { findSection } from '../../questionnaire/questionnaire';
import { useAssessment, type AssessmentWithEntries } from '../../storage/use-assessments';
import { NotFoundScreen } from '../not-found-screen';
import { SampleBanner } from '../sample/sample-badge';
import { SectionForm } from './section-form';
import { useWorkbenchSuggestions } from './use-workbench-suggestions';

const NO_ANSWERS: ReadonlyMap<string, Answer> = new Map();

export function SectionScreen() {
  const { t } = useTranslation();
  const { assessmentId = '', sectionId = '' } = useParams<{ assessmentId: string; sectionId: string }>();
  const loaded = useAssessment(assessmentId);
  // The form starts from the records as they were when the page opened; later database changes must not reset
  // what the user is typing (the form's writer reconciles them). A new section (or assessment) takes a new snapshot.
  const key = `${assessmentId}/${sectionId}`;
  const [snapshot, setSnapshot] = useState<{ key: string; data: AssessmentWithEntries }>();
  if (loaded && snapshot?.key !== key) setSnapshot({ key, data: loaded });

  const section = findSection(sectionId);
  // The security section's questions the workbench can answer (issue 14); nothing is loaded for other sections.
  const suggestions = useWorkbenchSuggestions(assessmentId, loaded?.answers ?? NO_ANSWERS, section?.id === 'security');
  if (loaded === undefined) return <p role="status">{t('common.loading')}</p>;
  if (loaded === null || !section) return <NotFoundScreen />;
  if (snapshot?.key !== key) return <p role="status">{t('common.loading')}</p>;
  // This section's question texts, downloaded the first time it opens (issue 11); then at once, also after a switch
  // of language, which loads them before it switches.
  use(questionTextsReady([section.id]));
  const { assessment, entries } = snapshot.data;
  return (
    <>
      {/* Above the form, whose heading comes first inside it: the mark is the first thing read on the page. */}
      <SampleBanner assessment={assessment} />
      <SectionForm
        key={key}
        assessment={assessment}
        initialEntries={entries}
        liveEntries={loaded.entries}
        section={section}
        suggestions={suggestions}
      />
    </>
  );
}
