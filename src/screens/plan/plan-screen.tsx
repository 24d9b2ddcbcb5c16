import { lazy, startTransition, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import { findQuestion, questionnaire } from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import { PRIORITIES, listRemediation, type Priority } from '../../scoring/remediation';
import { scoreAssessment } from '../../scoring/score-assessment';
import { useAssessmentWithPlan } from '../../storage/use-assessments';
import { FilterSelect } from '../../ui/filter-select';
import { PageHeading } from '../../ui/page-heading';
import { describeAssessment } from '../assessment-labels';
import { NotFoundScreen } from '../not-found-screen';
import { SampleBanner } from '../sample/sample-badge';
import { todayIso } from '../today';
import { PlanItemCard } from './plan-item-card';

/**
 * Cards rendered with the screen's first paint; the others follow in a transition right after. Each card holds a
 * form with its own writer, and fifty of them took over a second at a slow phone's speed before anything showed;
 * the first ones now show at once, and the rest arrive without blocking a tap or a key (React yields between them).
 */
const FIRST_CARDS = 8;

/** The security workbench's gaps, with the law data they need: loaded apart, after the questionnaire's plan. */
const SecurityGapsPart = lazy(() => import('./security-gaps-part').then((m) => ({ default: m.SecurityGapsPart })));

export function PlanScreen() {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const loaded = useAssessmentWithPlan(assessmentId);
  const [sectionFilter, setSectionFilter] = useState('');
  const [priorityFilter, setPriorityFilter] = useState('');
  const [isEveryCardShown, setEveryCardShown] = useState(false);
  const hasLoaded = loaded !== undefined;
  // After the first paint with the data (not the "loading" one before it).
  useEffect(() => {
    if (hasLoaded) startTransition(() => setEveryCardShown(true));
  }, [hasLoaded]);
  const items = useMemo(() => {
    if (!loaded) return [];
    const today = todayIso();
    const score = scoreAssessment(questionnaire, loaded.assessment.profile.unitType, loaded.answers, today);
    return listRemediation(questionnaire, score, today);
  }, [loaded]);
  if (loaded === undefined) return <p role="status">{t('common.loading')}</p>;
  if (loaded === null) return <NotFoundScreen />;
  const { assessment, answers, planItems } = loaded;
  const visible = items.filter(
    (item) =>
      (!sectionFilter || item.sectionId === sectionFilter) && (!priorityFilter || item.priority === priorityFilter),
  );
  const rendered = isEveryCardShown ? visible : visible.slice(0, FIRST_CARDS);
  const openIds = new Set(items.map((item) => item.questionId));
  // Items the unit worked on whose gap has since closed: kept, with their owner and note, as resolved.
  const resolved = [...planItems.values()].filter((planItem) => !openIds.has(planItem.questionId));
  const title = t('plan.title');
  return (
    <>
      <Link href={paths.assessment.to(assessment.id)} className="back-link">
        {t('common.backToTaskList')}
      </Link>
      <PageHeading
        title={`${title} – ${describeAssessment(t, assessment)}`}
        caption={describeAssessment(t, assessment)}
      >
        {title}
      </PageHeading>
      <SampleBanner assessment={assessment} />
      <p className="lead">{t('plan.intro', { count: items.length })}</p>
      <div className="inline-fields filters" role="group" aria-label={t('plan.filters')}>
        <FilterSelect
          id="plan-filter-section"
          label={t('plan.filterSection')}
          value={sectionFilter}
          onChange={setSectionFilter}
          allLabel={t('plan.allSections')}
          options={questionnaire.sections.map((section) => ({
            value: section.id,
            label: tc(sectionKeys(section.id).title),
          }))}
        />
        <FilterSelect
          id="plan-filter-priority"
          label={t('plan.filterPriority')}
          value={priorityFilter}
          onChange={setPriorityFilter}
          allLabel={t('plan.allPriorities')}
          options={PRIORITIES.map((priority) => ({ value: priority, label: t(`plan.priorities.${priority}`) }))}
        />
      </div>
      <p role="status">{t('plan.showing', { shown: visible.length, total: items.length })}</p>
      {PRIORITIES.map((priority: Priority) => {
        const group = visible.filter((item) => item.priority === priority);
        if (group.length === 0) return null;
        const shown = rendered.filter((item) => item.priority === priority);
        return (
          <section key={priority} aria-labelledby={`plan-group-${priority}`}>
            <h2 id={`plan-group-${priority}`}>{t(`plan.groups.${priority}`, { count: group.length })}</h2>
            <ul className="card-list">
              {shown.map((item) => (
                <li key={item.questionId}>
                  <PlanItemCard
                    assessmentId={assessment.id}
                    item={item}
                    planItem={planItems.get(item.questionId)}
                    answer={answers.get(item.questionId)}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {resolved.length ? (
        <section aria-labelledby="plan-group-resolved">
          <h2 id="plan-group-resolved">{t('plan.groups.resolved', { count: resolved.length })}</h2>
          <ul className="resolved-list">
            {resolved.map((planItem) => (
              <li key={planItem.questionId}>
                <strong>{tc(questionKeys(planItem.questionId).action)}</strong>{' '}
                <span className="hint">
                  {[planItem.owner, t(`plan.statuses.${planItem.status}`), planItem.note].filter(Boolean).join(' · ')}
                </span>
                {findQuestion(planItem.questionId) ? null : (
                  <span className="hint"> ({t('plan.questionRemoved')})</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Suspense fallback={null}>
        <SecurityGapsPart assessmentId={assessment.id} />
      </Suspense>
    </>
  );
}
