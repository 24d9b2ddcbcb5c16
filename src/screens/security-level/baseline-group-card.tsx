import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import { isGap } from '../../security-level/baseline-gaps';
import { lawKeys } from '../../security-level/law/law-keys';
import type { RequirementGroup } from '../../security-level/law/law-schema';
import { BASELINE_STATUSES } from '../../security-level/system-security-schema';
import { DateField } from '../../ui/date-field';
import { RadioGroup } from '../../ui/radio-group';
import { StatusTag } from '../../ui/status-tag';
import { TextField } from '../../ui/text-field';
import { LegalBasis } from '../legal-basis';
import type { BaselineInput } from './baseline-input';

/**
 * One requirement group as a self-check: what to check and its legal basis (marked where not yet confirmed), the
 * result as radios in a fieldset, then, once a result is chosen, the evidence and, for a gap, who fixes it and by
 * when. Fields hidden again (a gap turned "met") keep what was typed.
 */
export function BaselineGroupCard({ group, form }: { group: RequirementGroup; form: UseFormReturn<BaselineInput> }) {
  const { t } = useTranslation();
  const status = useWatch({ control: form.control, name: `checks.${group.id}.status` });
  const errors = form.formState.errors.checks?.[group.id];
  const id = (field: string) => `baseline-${group.id}-${field}`;
  const keys = lawKeys.requirementGroup(group.id);
  const name = t(keys.name);
  const headingId = id('heading');
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {name}
      </h3>
      <p>
        <strong>{t('securityBaseline.whatToCheck')}</strong> {t(keys.description)}
      </p>
      <LegalBasis references={group.legalBasis} />
      {group.confirmation === 'confirmed' ? null : (
        <p>
          <StatusTag tone={group.confirmation === 'unconfirmed' ? 'grey' : 'blue'}>
            {t(lawKeys.confirmation(group.confirmation))}
          </StatusTag>
        </p>
      )}
      <RadioGroup
        id={id('status')}
        legend={t('securityBaseline.statusLegend', { group: name })}
        options={BASELINE_STATUSES.map((value) => ({ value, label: t(`securityBaseline.statuses.${value}`) }))}
        registration={form.register(`checks.${group.id}.status`)}
      />
      {status ? (
        <TextField
          id={id('evidence')}
          label={t('securityBaseline.evidence')}
          hint={t('securityBaseline.evidenceHint')}
          error={errors?.evidence?.message && t(errors.evidence.message)}
          registration={form.register(`checks.${group.id}.evidence`)}
          multiline
          characterLimit={MAX_TEXT_LENGTH}
        />
      ) : null}
      {isGap(status || undefined) ? (
        <>
          <p className="hint">{t('securityBaseline.gapHint')}</p>
          {/* One under the other: a team's name is long, and a row cut it short at every width. */}
          <TextField
            id={id('owner')}
            label={t('securityBaseline.owner')}
            error={errors?.owner?.message && t(errors.owner.message)}
            registration={form.register(`checks.${group.id}.owner`)}
          />
          <DateField
            id={id('dueOn')}
            label={t('securityBaseline.dueOn')}
            error={errors?.dueOn?.message && t(errors.dueOn.message)}
            registration={form.register(`checks.${group.id}.dueOn`)}
          />
        </>
      ) : null}
    </article>
  );
}
