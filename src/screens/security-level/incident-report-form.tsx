import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../security-level/system-security-schema';
import { DateField } from '../../ui/date-field';
import { TextField } from '../../ui/text-field';
import { instantOf, reportTimeInputSchema, reportTimeNow, type ReportTimeInput } from './duties-form-schema';

/**
 * When the report (or the final report) of an incident was sent: the date and time, shown first as now, to change if
 * it was sent earlier, since the clocks compare it with the deadline. Checked when recorded: not before the incident
 * was detected, not in the future.
 */
export function IncidentReportForm({
  incident,
  field,
  onRecord,
}: {
  incident: Incident;
  field: 'reportedAt' | 'finalReportAt';
  onRecord: (at: string) => void;
}) {
  const { t } = useTranslation();
  const schema = useMemo(() => reportTimeInputSchema(incident.detectedAt), [incident.detectedAt]);
  const form = useForm<ReportTimeInput>({
    resolver: zodResolver(schema),
    defaultValues: reportTimeNow(),
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
  });
  const errors = form.formState.errors;
  const id = (part: string) => `incident-${incident.id}-${field}-${part}`;
  const message = (part: keyof ReportTimeInput) => {
    const key = errors[part]?.message;
    return key ? t(key) : undefined;
  };
  const submit = form.handleSubmit((input) => {
    const at = instantOf(input.on, input.time);
    if (at) onRecord(at);
  });
  const isFinal = field === 'finalReportAt';
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">
          {t(isFinal ? 'securityCalendar.incidents.finalLegend' : 'securityCalendar.incidents.reportLegend')}
        </legend>
        <div className="inline-fields">
          <DateField
            id={id('on')}
            label={t('securityCalendar.incidents.reportedOn')}
            error={message('on')}
            registration={form.register('on')}
          />
          <TextField
            id={id('time')}
            label={t('securityCalendar.incidents.reportedTime')}
            hint={t('securityCalendar.incidents.timeHint')}
            error={message('time')}
            registration={form.register('time')}
            width="short"
            autoComplete="off"
          />
        </div>
        <div className="button-group">
          <button type="submit" className="button button--secondary">
            {t(isFinal ? 'securityCalendar.incidents.markFinal' : 'securityCalendar.incidents.markReported')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
