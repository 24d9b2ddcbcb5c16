import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
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
import { useFormat } from '../../i18n/use-format';
import { registerPendingWrites } from '../../offline/pending-writes';
import { savePlanItem } from '../../storage/plan-items';
import { DateField } from '../../ui/date-field';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { describeStorageError } from '../storage-messages';

/**
 * Owner, due date, status and note of one plan item. Saved as the user types (like answers: ~500 ms after the last
 * change, and at once when the item leaves the screen), and on "Save" for those who want to be sure.
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
  const format = useFormat();
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string }>();
  const form = useForm<PlanItemInput>({
    resolver: zodResolver(planItemInputSchema),
    defaultValues: inputFromPlanItem(item),
  });
  const errors = form.formState.errors;
  const id = (field: string) => `plan-${questionId}-${field}`;
  const submit = form.handleSubmit(async (input) => {
    const updatedAt = new Date().toISOString();
    try {
      await savePlanItem(assessmentId, planItemFromInput(questionId, input, updatedAt));
      setMessage({ kind: 'saved', text: t('plan.saved', { time: format.time(updatedAt) }) });
    } catch (error) {
      setMessage({ kind: 'error', text: t(describeStorageError(error)) });
    }
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const isPending = useRef(false);
  // An effect event: always the latest `submit`, without re-subscribing on every render.
  const saveNow = useEffectEvent(() => submit());
  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        isPending.current = true;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          isPending.current = false;
          void saveNow();
        }, 500);
      },
    });
    const unregister = registerPendingWrites(async () => {
      if (!isPending.current) return;
      clearTimeout(timer.current);
      isPending.current = false;
      await saveNow();
    });
    return () => {
      unregister();
      unsubscribe();
      clearTimeout(timer.current);
      if (isPending.current) void saveNow();
    };
  }, [form]);
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
      />
      <div className="button-group">
        <button type="submit" className="button button--secondary">
          {t('plan.save')}
        </button>
        <span role="status" className={message?.kind === 'error' ? 'error-message' : 'hint'}>
          {message?.text}
        </span>
      </div>
    </form>
  );
}
