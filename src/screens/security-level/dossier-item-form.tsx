import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import {
  dossierItemFromInput,
  dossierItemInputSchema,
  inputFromDossierItem,
  type ChecklistEntry,
  type DossierItemInput,
} from '../../security-level/dossier-checklist';
import { lawKeys } from '../../security-level/law/law-keys';
import { DOSSIER_STATUSES, type DossierItem } from '../../security-level/system-security-schema';
import { DateField } from '../../ui/date-field';
import { SelectField } from '../../ui/select-field';
import { StatusTag } from '../../ui/status-tag';
import { TextField } from '../../ui/text-field';
import { LegalBasis } from '../legal-basis';

const TONES = { 'to-do': 'grey', 'in-progress': 'blue', done: 'green' } as const;

/**
 * One component or step of the dossier: what the law asks (name, description, who does it, the form, the legal
 * basis) and what the unit tracks (status, owner, document number and date, note). A valid change is handed to
 * `onChange` at once (the screen's writer saves it shortly after); a field is checked when the person leaves it, and
 * what is not valid yet is not written, and stays on screen.
 */
export function DossierItemForm({ entry, onChange }: { entry: ChecklistEntry; onChange: (item: DossierItem) => void }) {
  const { t } = useTranslation();
  const { componentId, component, item } = entry;
  const form = useForm<DossierItemInput>({
    resolver: zodResolver(dossierItemInputSchema),
    defaultValues: inputFromDossierItem(item),
    mode: 'onBlur',
    reValidateMode: 'onBlur',
  });
  const errors = form.formState.errors;
  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        for (const field of ['owner', 'documentNumber', 'documentDate', 'note'] as const) {
          if (form.getFieldState(field).invalid) void form.trigger(field);
        }
        const parsed = dossierItemInputSchema.safeParse(values);
        if (parsed.success) onChange(dossierItemFromInput(componentId, parsed.data));
      },
    });
    return unsubscribe;
  }, [form, componentId, onChange]);
  const id = (field: string) => `dossier-${componentId}-${field}`;
  const errorOf = (message: string | undefined, max: number) => (message ? t(message, { max }) : undefined);
  const name = component
    ? t(lawKeys.dossierComponent(componentId).name)
    : t('securityDossier.checklist.unknown', { id: componentId });
  const headingId = id('heading');
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {name} <StatusTag tone={TONES[item.status]}>{t(`securityDossier.checklist.statuses.${item.status}`)}</StatusTag>
      </h3>
      {component ? (
        <>
          <p>{t(lawKeys.dossierComponent(componentId).description)}</p>
          <p className="hint">
            {t('securityDossier.checklist.by', { who: t(lawKeys.authority(component.by)) })}
            {component.form ? ` · ${t('securityDossier.checklist.form', { form: component.form })}` : ''}
            {component.confirmation === 'confirmed' ? '' : ` · ${t(lawKeys.confirmation(component.confirmation))}`}
          </p>
          <LegalBasis references={component.legalBasis} />
        </>
      ) : null}
      <form noValidate className="dossier-item__form" onSubmit={(event) => event.preventDefault()}>
        <div className="inline-fields">
          <SelectField
            id={id('status')}
            label={t('securityDossier.checklist.status')}
            registration={form.register('status')}
            options={DOSSIER_STATUSES.map((status) => ({
              value: status,
              label: t(`securityDossier.checklist.statuses.${status}`),
            }))}
          />
          <TextField
            id={id('owner')}
            label={t('securityDossier.checklist.owner')}
            error={errorOf(errors.owner?.message, MAX_SHORT_TEXT_LENGTH)}
            registration={form.register('owner')}
            width="medium"
          />
        </div>
        <div className="inline-fields">
          <TextField
            id={id('documentNumber')}
            label={t('securityDossier.checklist.documentNumber')}
            error={errorOf(errors.documentNumber?.message, MAX_SHORT_TEXT_LENGTH)}
            registration={form.register('documentNumber')}
            width="medium"
          />
          <DateField
            id={id('documentDate')}
            label={t('securityDossier.checklist.documentDate')}
            error={errorOf(errors.documentDate?.message, MAX_SHORT_TEXT_LENGTH)}
            registration={form.register('documentDate')}
          />
        </div>
        <TextField
          id={id('note')}
          label={t('securityDossier.checklist.note')}
          error={errorOf(errors.note?.message, MAX_TEXT_LENGTH)}
          registration={form.register('note')}
          multiline
          characterLimit={MAX_TEXT_LENGTH}
        />
      </form>
    </section>
  );
}
