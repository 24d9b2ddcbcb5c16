import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DutyDates } from '../../security-level/system-security-schema';
import type { WriterStatus } from '../../storage/record-writer';
import { DateField } from '../../ui/date-field';
import { TextField } from '../../ui/text-field';
import { WriterSaveStatus } from '../writer-save-status';
import {
  SYSTEM_DATE_FIELDS,
  inputFromDutyDates,
  systemDatesInputSchema,
  type SystemDatesInput,
} from './duties-form-schema';

/**
 * The dates a system's duties count from: last inspection, last change, last classification, last annual report. A
 * valid change goes to `onChange` at once (the screen's writer saves it shortly after); a field is checked when the
 * person leaves it, and what is not valid yet is not written, and stays on screen.
 */
export function DutiesSystemForm({
  duties,
  status,
  onChange,
}: {
  duties: DutyDates;
  status: WriterStatus;
  onChange: (input: SystemDatesInput) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<SystemDatesInput>({
    resolver: zodResolver(systemDatesInputSchema),
    defaultValues: inputFromDutyDates(duties),
    mode: 'onBlur',
    reValidateMode: 'onBlur',
  });
  const errors = form.formState.errors;
  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        for (const field of [...SYSTEM_DATE_FIELDS, 'lastAnnualReportYear'] as const) {
          if (form.getFieldState(field).invalid) void form.trigger(field);
        }
        const parsed = systemDatesInputSchema.safeParse(values);
        if (parsed.success) onChange(parsed.data);
      },
    });
    return unsubscribe;
  }, [form, onChange]);
  const errorOf = (field: keyof SystemDatesInput) => {
    const message = errors[field]?.message;
    return message ? t(message) : undefined;
  };
  return (
    <section aria-labelledby="duties-dates-heading">
      <h2 id="duties-dates-heading">{t('securityCalendar.system.datesHeading')}</h2>
      <p className="hint">{t('securityCalendar.system.datesIntro')}</p>
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <div className="inline-fields">
          <DateField
            id="duties-lastInspectedOn"
            label={t('securityCalendar.system.lastInspectedOn')}
            error={errorOf('lastInspectedOn')}
            registration={form.register('lastInspectedOn')}
          />
          <DateField
            id="duties-lastClassifiedOn"
            label={t('securityCalendar.system.lastClassifiedOn')}
            error={errorOf('lastClassifiedOn')}
            registration={form.register('lastClassifiedOn')}
          />
        </div>
        <div className="inline-fields">
          <DateField
            id="duties-changedOn"
            label={t('securityCalendar.system.changedOn')}
            hint={t('securityCalendar.system.changedOnHint')}
            error={errorOf('changedOn')}
            registration={form.register('changedOn')}
          />
          <TextField
            id="duties-lastAnnualReportYear"
            label={t('securityCalendar.system.lastAnnualReportYear')}
            hint={t('securityCalendar.unit.yearHint')}
            error={errorOf('lastAnnualReportYear')}
            registration={form.register('lastAnnualReportYear')}
            width="short"
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
        <WriterSaveStatus status={status} data={{ 'data-duties-save': 'system', 'data-save-status': status.kind }} />
      </form>
    </section>
  );
}
