/**
 * The workshop's details form (issue 13), for a new workshop and for changing one: title, date (day/month/year),
 * place, and the units expected: all of the department's roster, ticked in it, or typed one per line. Checked with
 * `workshopSchema`'s fields through the resolver (`workshopFormSchema`); errors in the user's language, listed in
 * an error summary that takes focus (as the profile form's).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PROVINCE_IDS } from '../../assessment/provinces';
import type { Roster } from '../../collection/roster/roster-schema';
import { UNIT_TYPES } from '../../questionnaire/content-schema';
import { DateField } from '../../ui/date-field';
import { ErrorSummary } from '../../ui/error-summary';
import { RadioGroup } from '../../ui/radio-group';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import {
  splitLineError,
  workshopDetailsFromForm,
  workshopFormSchema,
  type WorkshopFormInput,
  type WorkshopFormOutput,
} from '../../workshop/workshop-form';
import { MAX_WORKSHOP_TITLE_LENGTH, type Workshop } from '../../workshop/workshop-schema';
import { loadUnitLabels } from './unit-labels';
import { UnitPicker } from './unit-picker';

const FIELD_ORDER = ['title', 'date', 'place', 'unitSource', 'typedUnits'] as const;
const fieldId = (field: string) => `workshop-${field}`;

export type WorkshopDetails = Pick<Workshop, 'title' | 'date' | 'place' | 'expectedUnits'>;

export const emptyWorkshopInput = (roster: Roster | null): WorkshopFormInput => ({
  title: '',
  date: '',
  place: '',
  unitSource: roster && roster.entries.length > 0 ? 'all' : 'typed',
  typedUnits: '',
  typedUnitType: '',
  typedProvinceId: '',
});

export function WorkshopForm({
  roster,
  defaultValues,
  defaultPicked = new Set<string>(),
  submitLabel,
  saveError,
  onSubmit,
  children,
}: {
  roster: Roster | null;
  defaultValues: WorkshopFormInput;
  defaultPicked?: ReadonlySet<string>;
  submitLabel: string;
  saveError?: string;
  onSubmit: (details: WorkshopDetails) => Promise<void>;
  /** Shown after the submit button (e.g. "Cancel"). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Set<string>>(() => new Set(defaultPicked));
  const form = useForm<WorkshopFormInput, unknown, WorkshopFormOutput>({
    // The unit types and provinces typed lines name load with the first check (both languages, from the locales).
    resolver: async (values, context, options) =>
      zodResolver(workshopFormSchema(await loadUnitLabels()))(values, context, options),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // As in the profile form: the error summary takes focus, not the first field.
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  const unitSource = useWatch({ control: form.control, name: 'unitSource' });
  const hasRoster = roster !== null && roster.entries.length > 0;

  const message = (field: keyof FieldErrors<WorkshopFormInput>) => {
    const raw = errors[field]?.message;
    if (!raw) return undefined;
    const { key, line } = splitLineError(raw);
    return line === undefined ? t(key) : t('workshop.errors.atLine', { line, reason: t(key) });
  };
  const summary = FIELD_ORDER.flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: fieldId(field), message: text }] : [];
  });

  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit((values) => onSubmit(workshopDetailsFromForm(values, roster, picked)))(event)
      }
    >
      <ErrorSummary items={summary} submitCount={submitCount} />
      {saveError ? (
        <div className="notice notice--error" role="alert">
          {saveError}
        </div>
      ) : null}
      <TextField
        id={fieldId('title')}
        label={t('workshop.form.title')}
        hint={t('workshop.form.titleHint')}
        error={message('title')}
        registration={form.register('title')}
        maxLength={MAX_WORKSHOP_TITLE_LENGTH}
      />
      <DateField
        id={fieldId('date')}
        label={t('workshop.form.date')}
        error={message('date')}
        registration={form.register('date')}
      />
      <TextField
        id={fieldId('place')}
        label={t('workshop.form.place')}
        hint={t('workshop.form.placeHint')}
        error={message('place')}
        registration={form.register('place')}
      />
      {hasRoster ? (
        <RadioGroup
          id={fieldId('unitSource')}
          legend={t('workshop.form.unitSource')}
          hint={t('workshop.form.unitSourceHint', { count: roster.entries.length })}
          error={message('unitSource')}
          registration={form.register('unitSource')}
          options={[
            { value: 'all', label: t('workshop.form.sources.all', { count: roster.entries.length }) },
            { value: 'picked', label: t('workshop.form.sources.picked') },
            { value: 'typed', label: t('workshop.form.sources.typed') },
          ]}
        />
      ) : (
        <p className="hint">{t('workshop.form.noRoster')}</p>
      )}
      {hasRoster && unitSource === 'picked' ? (
        <UnitPicker entries={roster.entries} picked={picked} onChange={setPicked} />
      ) : null}
      {unitSource === 'typed' ? (
        <>
          <TextField
            id={fieldId('typedUnits')}
            label={t('workshop.form.typedUnits')}
            hint={t('workshop.form.typedUnitsHint')}
            error={message('typedUnits')}
            registration={form.register('typedUnits')}
            multiline
          />
          <div className="inline-fields">
            <SelectField
              id={fieldId('typedUnitType')}
              label={t('workshop.form.typedUnitType')}
              registration={form.register('typedUnitType')}
              placeholder={t('workshop.form.noDefault')}
              options={UNIT_TYPES.map((type) => ({ value: type, label: t(`unitTypes.${type}.name`) }))}
            />
            <SelectField
              id={fieldId('typedProvinceId')}
              label={t('workshop.form.typedProvince')}
              registration={form.register('typedProvinceId')}
              placeholder={t('workshop.form.noDefault')}
              options={PROVINCE_IDS.map((id) => ({ value: id, label: t(`provinces.${id}`) }))}
            />
          </div>
        </>
      ) : null}
      <div className="button-group">
        <button type="submit" className="button" disabled={isSubmitting}>
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
