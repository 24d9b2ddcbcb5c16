import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { InformationSystem } from '../../questionnaire/answer-schema';
import { questionKeys } from '../../questionnaire/content-keys';
import { paths } from '../../paths';
import { isGap } from '../../security-level/baseline-gaps';
import { isOwned } from '../../security-level/suggested-answers';
import type { RequirementGroup } from '../../security-level/law/law-schema';
import { emptySystemSecurity, type SystemSecurity } from '../../security-level/system-security-schema';
import { createSystemSecurityWriter } from '../../storage/system-security-writer';
import { useWriterLifecycle } from '../use-writer-lifecycle';
import { BaselineGroupCard } from './baseline-group-card';
import {
  baselineFromInput,
  baselineInputSchema,
  checkInputSchema,
  inputFromBaseline,
  type BaselineInput,
} from './baseline-input';
import { WriterSaveStatus } from '../writer-save-status';

const FAMILIES = ['management', 'technical'] as const;

/**
 * The self-check of one system's requirement groups, saved as the person types through the workbench's writer.
 * The record also holds the classification, the dossier and the duties, edited by other screens: every write takes
 * the record as stored now (`liveRecord`) and changes only its baseline.
 */
export function BaselineForm({
  assessmentId,
  row,
  groups,
  initialRecord,
  liveRecord,
}: {
  assessmentId: string;
  row: InformationSystem;
  groups: readonly RequirementGroup[];
  initialRecord: SystemSecurity | undefined;
  liveRecord: SystemSecurity | undefined;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const [writer] = useState(() => createSystemSecurityWriter(assessmentId, initialRecord, 'baseline'));
  const status = useWriterLifecycle(writer);
  const latest = useRef(liveRecord);
  useEffect(() => {
    latest.current = liveRecord;
  }, [liveRecord]);
  const form = useForm<BaselineInput>({
    resolver: zodResolver(baselineInputSchema),
    defaultValues: inputFromBaseline(
      groups.map((group) => group.id),
      initialRecord?.baseline ?? [],
    ),
    mode: 'onBlur',
    reValidateMode: 'onBlur',
  });
  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        // A group with a field not valid yet (a due date half typed) keeps what is stored for it, and stays on
        // screen as typed; the other groups are written as they change.
        const valid = Object.entries(values.checks ?? {}).flatMap(([groupId, check]) => {
          const parsed = checkInputSchema.safeParse(check);
          return parsed.success ? [[groupId, parsed.data] as const] : [];
        });
        const now = new Date().toISOString();
        const base = latest.current ?? emptySystemSecurity(row.id, now);
        const baseline = baselineFromInput({ checks: Object.fromEntries(valid) }, base.baseline);
        writer.edit(row.id, { ...base, baseline, updatedAt: now });
      },
    });
    return unsubscribe;
  }, [form, row.id, writer]);
  const checks = useWatch({ control: form.control, name: 'checks' });
  const statuses = groups.map((group) => checks[group.id]?.status ?? '');
  const answered = statuses.filter(Boolean).length;
  const gaps = statuses.filter((value) => isGap(value || undefined)).length;
  // The section's answers are about the systems the unit owns (suggested-answers.ts): only those feed them.
  const fed = isOwned(row)
    ? [
        ...new Set([
          ...groups.flatMap((group) => (group.feeds ? [group.feeds.questionId] : [])),
          'security-plan-before-go-live',
        ]),
      ]
    : [];
  const submit = form.handleSubmit(async () => {
    await writer.flush();
  });
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <p role="status" data-baseline-progress="">
        {t('securityBaseline.progress', { answered, total: groups.length, gaps })}
      </p>
      {fed.length ? (
        <div className="hint">
          <p>{t('securityBaseline.feedsIntro')}</p>
          <ul>
            {fed.map((questionId) => (
              <li key={questionId}>
                <Link href={paths.section.to(assessmentId, 'security', questionId)}>
                  {tc(questionKeys(questionId).label)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {FAMILIES.map((family) => {
        const ofFamily = groups.filter((group) => group.family === family);
        if (ofFamily.length === 0) return null;
        return (
          <section key={family} aria-labelledby={`baseline-family-${family}`}>
            <h2 id={`baseline-family-${family}`}>{t(`securityBaseline.families.${family}`)}</h2>
            <ul className="card-list">
              {ofFamily.map((group) => (
                <li key={group.id}>
                  <BaselineGroupCard group={group} form={form} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <div className="button-group">
        <button type="submit" className="button button--secondary">
          {t('securityBaseline.save')}
        </button>
        <WriterSaveStatus status={status} inline data={{ 'data-baseline-save-status': status.kind }} />
      </div>
      {gaps > 0 ? (
        <p>
          <Link href={paths.plan.to(assessmentId)}>{t('securityBaseline.toPlan')}</Link>
        </p>
      ) : null}
    </form>
  );
}
