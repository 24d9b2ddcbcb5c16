import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { MAX_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import type { Incident } from '../../security-level/system-security-schema';
import { ActionStatus } from '../../ui/busy-button';
import { DateField } from '../../ui/date-field';
import { ErrorSummary } from '../../ui/error-summary';
import { RadioGroup } from '../../ui/radio-group';
import { TextField } from '../../ui/text-field';
import { EMPTY_INCIDENT_INPUT, incidentFromInput, incidentInputSchema, type IncidentInput } from './duties-form-schema';

const newIncidentId = () => `incident-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Records an incident: when it was detected (date and time on this device's clock), whether it is serious, whether
 * personal data was hit, and a short summary. The reporting clocks start from the time detected. Errors are listed at
 * the top once the person tries to record it, and beside each field.
 */
export function IncidentForm({ onRecord }: { onRecord: (incident: Incident) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [added, setAdded] = useState<string>();
  const form = useForm<IncidentInput>({
    resolver: zodResolver(incidentInputSchema),
    defaultValues: EMPTY_INCIDENT_INPUT,
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
    shouldFocusError: false,
  });
  const errors = form.formState.errors;
  const message = (field: keyof IncidentInput) => {
    const key = errors[field]?.message;
    return key ? t(key, { max: MAX_TEXT_LENGTH }) : undefined;
  };
  const submit = form.handleSubmit((input) => {
    const incident = incidentFromInput(input, newIncidentId());
    onRecord(incident);
    setAdded(t('securityCalendar.incidents.added', { when: format.dateTime(incident.detectedAt) }));
    form.reset(EMPTY_INCIDENT_INPUT);
  });
  const yesNo = [
    { value: 'yes', label: t('securityCalendar.incidents.yes') },
    { value: 'no', label: t('securityCalendar.incidents.no') },
  ];
  const summaryItems = (['detectedOn', 'detectedTime', 'summary'] as const).flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: `incident-${field}`, message: text }] : [];
  });
  return (
    <section aria-labelledby="incident-form-heading">
      <h3 id="incident-form-heading">{t('securityCalendar.incidents.recordHeading')}</h3>
      <ErrorSummary items={summaryItems} submitCount={form.formState.submitCount} />
      <form
        noValidate
        onSubmit={(event) => {
          setAdded(undefined);
          void submit(event);
        }}
      >
        <div className="inline-fields">
          <DateField
            id="incident-detectedOn"
            label={t('securityCalendar.incidents.detectedOn')}
            error={message('detectedOn')}
            registration={form.register('detectedOn')}
          />
          <TextField
            id="incident-detectedTime"
            label={t('securityCalendar.incidents.detectedTime')}
            hint={t('securityCalendar.incidents.timeHint')}
            error={message('detectedTime')}
            registration={form.register('detectedTime')}
            width="short"
            autoComplete="off"
          />
        </div>
        <RadioGroup
          id="incident-serious"
          legend={t('securityCalendar.incidents.serious')}
          options={yesNo}
          registration={form.register('serious')}
          inline
        />
        <RadioGroup
          id="incident-personalData"
          legend={t('securityCalendar.incidents.personalData')}
          options={yesNo}
          registration={form.register('personalData')}
          inline
        />
        <TextField
          id="incident-summary"
          label={t('securityCalendar.incidents.summary')}
          error={message('summary')}
          registration={form.register('summary')}
          multiline
          characterLimit={MAX_TEXT_LENGTH}
        />
        <div className="button-group">
          <button type="submit" className="button">
            {t('securityCalendar.incidents.add')}
          </button>
        </div>
        <ActionStatus message={added} />
      </form>
    </section>
  );
}
