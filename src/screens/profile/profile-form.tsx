import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch, type DefaultValues, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PERIOD_PARTS, profileSchema, type Profile, type ProfileInput } from '../../assessment/profile-schema';
import { PROVINCE_IDS } from '../../assessment/provinces';
import { UNIT_TYPES } from '../../questionnaire/content-schema';
import { ErrorSummary } from '../../ui/error-summary';
import { RadioGroup } from '../../ui/radio-group';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';

/** Field order: the error summary lists problems in the order the fields appear. */
const FIELD_ORDER = [
  'unitName',
  'unitType',
  'provinceId',
  'communeName',
  'unitCode',
  'assessorName',
  'assessorRole',
  'periodYear',
  'periodPart',
] as const;

const fieldId = (field: string) => `profile-${field}`;

/** Unit type and province start unselected, so that nobody files an assessment under a guessed default. */
export const emptyProfileInput = (): DefaultValues<ProfileInput> => ({
  unitName: '',
  communeName: '',
  unitCode: '',
  assessorName: '',
  assessorRole: '',
  periodYear: String(new Date().getFullYear()),
  periodPart: 'year',
});

export function ProfileForm({
  defaultValues,
  submitLabel,
  onSubmit,
  saveError,
}: {
  defaultValues: DefaultValues<ProfileInput>;
  submitLabel: string;
  onSubmit: (profile: Profile) => Promise<void>;
  saveError?: string;
}) {
  const { t } = useTranslation();
  const form = useForm<ProfileInput, unknown, Profile>({
    resolver: zodResolver(profileSchema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus after a failed submission (GOV.UK) and its links lead to each field. Left on,
    // react-hook-form would focus the first invalid field too, before the summary and again on a timer after it, so
    // focus would end in a field and the summary would never be read out.
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  const unitType = useWatch({ control: form.control, name: 'unitType' });
  const message = (field: keyof FieldErrors<ProfileInput>) => {
    const key = errors[field]?.message;
    return key ? t(key) : undefined;
  };
  const summary = FIELD_ORDER.flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: fieldId(field), message: text }] : [];
  });

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      <ErrorSummary items={summary} submitCount={submitCount} />
      {saveError ? (
        <div className="notice notice--error" role="alert">
          {saveError}
        </div>
      ) : null}
      <TextField
        id={fieldId('unitName')}
        label={t('profile.unitName')}
        hint={t('profile.unitNameHint')}
        error={message('unitName')}
        registration={form.register('unitName')}
        autoComplete="organization"
      />
      <RadioGroup
        id={fieldId('unitType')}
        legend={t('profile.unitType')}
        hint={t('profile.unitTypeHint')}
        error={message('unitType')}
        registration={form.register('unitType')}
        options={UNIT_TYPES.map((type) => ({
          value: type,
          label: t(`unitTypes.${type}.name`),
          hint: t(`unitTypes.${type}.hint`),
        }))}
      />
      <SelectField
        id={fieldId('provinceId')}
        label={t('profile.province')}
        hint={t('profile.provinceHint')}
        error={message('provinceId')}
        registration={form.register('provinceId')}
        placeholder={t('profile.provincePlaceholder')}
        options={PROVINCE_IDS.map((id) => ({ value: id, label: t(`provinces.${id}`) }))}
      />
      {unitType === 'commune-committee' ? (
        <TextField
          id={fieldId('communeName')}
          label={t('profile.communeName')}
          hint={t('profile.communeNameHint')}
          error={message('communeName')}
          registration={form.register('communeName')}
        />
      ) : null}
      <TextField
        id={fieldId('unitCode')}
        label={t('profile.unitCode')}
        hint={t('profile.unitCodeHint')}
        error={message('unitCode')}
        registration={form.register('unitCode')}
        width="medium"
        spellCheck={false}
      />
      <TextField
        id={fieldId('assessorName')}
        label={t('profile.assessorName')}
        error={message('assessorName')}
        registration={form.register('assessorName')}
        autoComplete="name"
      />
      <TextField
        id={fieldId('assessorRole')}
        label={t('profile.assessorRole')}
        hint={t('profile.assessorRoleHint')}
        error={message('assessorRole')}
        registration={form.register('assessorRole')}
        autoComplete="organization-title"
      />
      <fieldset className="fieldset form-group">
        <legend className="fieldset__legend">{t('profile.period')}</legend>
        <div className="inline-fields">
          <TextField
            id={fieldId('periodYear')}
            label={t('profile.periodYear')}
            error={message('periodYear')}
            registration={form.register('periodYear')}
            inputMode="numeric"
            width="short"
          />
          <SelectField
            id={fieldId('periodPart')}
            label={t('profile.periodPart')}
            error={message('periodPart')}
            registration={form.register('periodPart')}
            options={PERIOD_PARTS.map((part) => ({ value: part, label: t(`periodParts.${part}`) }))}
          />
        </div>
      </fieldset>
      <button type="submit" className="button" disabled={isSubmitting}>
        {submitLabel}
      </button>
    </form>
  );
}
