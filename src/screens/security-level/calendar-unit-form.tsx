import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_SHORT_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import type { UnitSecurity } from '../../security-level/system-security-schema';
import { createUnitSecurityWriter } from '../../storage/system-security-writer';
import { DateField } from '../../ui/date-field';
import { TextField } from '../../ui/text-field';
import { useWriterLifecycle } from '../use-writer-lifecycle';
import { WriterSaveStatus } from '../writer-save-status';
import { inputFromUnit, unitDatesInputSchema, unitFromInput, type UnitDatesInput } from './duties-form-schema';

const FIELDS = [
  'rulesDecisionNumber',
  'rulesIssuedOn',
  'lastOrganisationInspectionOn',
  'lastAnnualReportYear',
] as const;

/**
 * The unit's own dates: its Quy chế (decision number and date), its last organisation-wide inspection, its last
 * annual report. Saved as the person types, through the unit record's writer; a field is checked when the person
 * leaves it (calmly: the error shows beside it, nothing moves), and what is not valid yet is not written.
 */
export function CalendarUnitForm({ assessmentId, unit }: { assessmentId: string; unit: UnitSecurity | undefined }) {
  const { t } = useTranslation();
  const [writer] = useState(() => createUnitSecurityWriter(assessmentId, unit));
  const status = useWriterLifecycle(writer);
  const form = useForm<UnitDatesInput>({
    resolver: zodResolver(unitDatesInputSchema),
    defaultValues: inputFromUnit(unit),
    mode: 'onBlur',
    reValidateMode: 'onBlur',
  });
  const errors = form.formState.errors;
  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        for (const field of FIELDS) if (form.getFieldState(field).invalid) void form.trigger(field);
        const parsed = unitDatesInputSchema.safeParse(values);
        if (parsed.success) writer.edit('unit', unitFromInput(parsed.data, new Date().toISOString()));
      },
    });
    return unsubscribe;
  }, [form, writer]);
  const errorOf = (field: (typeof FIELDS)[number]) => {
    const message = errors[field]?.message;
    return message ? t(message, { max: MAX_SHORT_TEXT_LENGTH }) : undefined;
  };
  return (
    <section aria-labelledby="calendar-unit-heading">
      <h2 id="calendar-unit-heading">{t('securityCalendar.unit.heading')}</h2>
      <p className="hint">{t('securityCalendar.unit.intro')}</p>
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <div className="inline-fields">
          <TextField
            id="calendar-unit-rulesDecisionNumber"
            label={t('securityCalendar.unit.rulesDecisionNumber')}
            error={errorOf('rulesDecisionNumber')}
            registration={form.register('rulesDecisionNumber')}
            width="medium"
          />
          <DateField
            id="calendar-unit-rulesIssuedOn"
            label={t('securityCalendar.unit.rulesIssuedOn')}
            error={errorOf('rulesIssuedOn')}
            registration={form.register('rulesIssuedOn')}
          />
        </div>
        <div className="inline-fields">
          <DateField
            id="calendar-unit-lastOrganisationInspectionOn"
            label={t('securityCalendar.unit.lastOrganisationInspectionOn')}
            error={errorOf('lastOrganisationInspectionOn')}
            registration={form.register('lastOrganisationInspectionOn')}
          />
          <TextField
            id="calendar-unit-lastAnnualReportYear"
            label={t('securityCalendar.unit.lastAnnualReportYear')}
            hint={t('securityCalendar.unit.yearHint')}
            error={errorOf('lastAnnualReportYear')}
            registration={form.register('lastAnnualReportYear')}
            width="short"
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
        <WriterSaveStatus status={status} data={{ 'data-duties-save': 'unit', 'data-save-status': status.kind }} />
      </form>
    </section>
  );
}
