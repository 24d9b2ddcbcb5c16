import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  PLAN_STATUSES,
  inputFromPlanItem,
  planItemFromInput,
  planItemInputSchema,
  type PlanItem,
  type PlanItemInput,
} from '../../assessment/plan-item-schema';
import { MAX_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import { createPlanItemWriter } from '../../storage/plan-item-writer';
import { DateField } from '../../ui/date-field';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useWriterLifecycle } from '../use-writer-lifecycle';
import { WriterSaveStatus } from '../writer-save-status';

/**
 * Owner, due date, status and note of one plan item. Saved as the user types (~500 ms after the last change, and
 * at once when the page is hidden or the item leaves the screen) through the same writer as the answers, and on
 * "Save" for those who want to be sure. A field is checked when the person leaves it, not while they type; what is
 * not valid yet is not written, and stays on screen.
 */
export function PlanItemForm({
  assessmentId,
  questionId,
  item,
}: {
  assessmentId: string;
  questionId: string;
  item: PlanItem | undefined;
}) {
  const { t } = useTranslation();
  const [writer] = useState(() => createPlanItemWriter(assessmentId, item));
  const status = useWriterLifecycle(writer);
  const form = useForm<PlanItemInput>({
    resolver: zodResolver(planItemInputSchema),
    defaultValues: inputFromPlanItem(item),
    mode: 'onBlur',
    reValidateMode: 'onBlur',
  });
  const errors = form.formState.errors;
  const id = (field: string) => `plan-${questionId}-${field}`;
  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        // A field that shows an error is checked again as it changes, so the error leaves once it is fixed; a
        // field without one is checked only when the person leaves it.
        for (const field of ['owner', 'dueOn', 'note'] as const) {
          if (form.getFieldState(field).invalid) void form.trigger(field);
        }
        const parsed = planItemInputSchema.safeParse(values);
        if (parsed.success)
          writer.edit(questionId, planItemFromInput(questionId, parsed.data, new Date().toISOString()));
      },
    });
    return unsubscribe;
  }, [form, questionId, writer]);
  const submit = form.handleSubmit(async () => {
    await writer.flush();
  });
  return (
    <form noValidate className="plan-form" onSubmit={(event) => void submit(event)}>
      <div className="inline-fields">
        <TextField
          id={id('owner')}
          label={t('plan.owner')}
          error={errors.owner?.message && t(errors.owner.message)}
          registration={form.register('owner')}
          width="medium"
        />
        <DateField
          id={id('dueOn')}
          label={t('plan.dueOn')}
          error={errors.dueOn?.message && t(errors.dueOn.message)}
          registration={form.register('dueOn')}
        />
        <SelectField
          id={id('status')}
          label={t('plan.status')}
          registration={form.register('status')}
          options={PLAN_STATUSES.map((status) => ({ value: status, label: t(`plan.statuses.${status}`) }))}
        />
      </div>
      <TextField
        id={id('note')}
        label={t('plan.note')}
        error={errors.note?.message && t(errors.note.message)}
        registration={form.register('note')}
        multiline
        characterLimit={MAX_TEXT_LENGTH}
      />
      <div className="button-group">
        <button type="submit" className="button button--secondary">
          {t('plan.save')}
        </button>
        <WriterSaveStatus status={status} inline data={{ 'data-plan-save-status': status.kind }} />
      </div>
    </form>
  );
}
