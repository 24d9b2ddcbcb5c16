import { useRef } from 'react';
import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptySystemDraft } from '../../../questionnaire/answer-draft';
import { MAX_TEXT_LENGTH, SECURITY_LEVELS, SYSTEM_ROLES, SYSTEM_TYPES } from '../../../questionnaire/answer-schema';
import { YES_PARTLY_NO, type QuestionOfType } from '../../../questionnaire/content-schema';
import { SelectField } from '../../../ui/select-field';
import { DateField } from '../../../ui/date-field';
import { TextField } from '../../../ui/text-field';
import { WorkbenchInventoryLink } from '../../security-level/workbench-link';
import { fieldDomId } from '../question-errors';
import type { ControlProps, SectionValues } from '../section-form-types';

/** Asks for the unit's role while a row has none (rows carried from content 1.1.0, or a new row not yet filled). */
function RoleMissingNotice({ control, name, id }: { control: Control<SectionValues>; name: string; id: string }) {
  const { t } = useTranslation();
  const role = useWatch({ control, name: name as `${string}.systems.${number}.role` });
  return role ? null : (
    <p id={id} className="inventory__ask">
      {t('inventory.roleMissing')}
    </p>
  );
}

/** The inventory of the unit's information systems: one group of fields per system, added and removed at will. */
export function SystemInventoryControl({ question, form, errorFor }: ControlProps<QuestionOfType<'system-inventory'>>) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `${question.id}.systems` });
  const addButton = useRef<HTMLButtonElement>(null);
  const levelOptions = SECURITY_LEVELS.map((level) => ({ value: level, label: t('inventory.level', { level }) }));
  const planOptions = YES_PARTLY_NO.map((value) => ({ value, label: t(`scales.yes-partly-no.${value}`) }));
  const roleOptions = SYSTEM_ROLES.map((value) => ({ value, label: t(`inventory.role.${value}`) }));
  const typeOptions = SYSTEM_TYPES.map((value) => ({ value, label: t(`inventory.systemType.${value}`) }));
  const yesNoOptions = (['yes', 'no'] as const).map((value) => ({ value, label: t(`inventory.${value}`) }));

  return (
    <div className="inventory">
      <p className="hint">{t('inventory.help')}</p>
      <WorkbenchInventoryLink />
      <details className="details">
        <summary className="details__summary">{t('inventory.guide.summary')}</summary>
        <div className="details__body">
          <p className="hint">{t('inventory.guide.role')}</p>
          <p className="hint">{t('inventory.guide.systemType')}</p>
        </div>
      </details>
      {fields.length === 0 ? <p className="hint">{t('inventory.empty')}</p> : null}
      {fields.map((field, index) => {
        const name = (key: string) => `${question.id}.systems.${index}.${key}` as const;
        const id = (key: string) => fieldDomId(question.id, ['systems', index, key]);
        const path = (key: string) => `systems.${index}.${key}`;
        const title = t('inventory.system', { index: index + 1 });
        return (
          <fieldset key={field.id} className="fieldset inventory__system">
            <legend className="fieldset__legend">{title}</legend>
            <TextField
              id={id('name')}
              label={t('inventory.fields.name')}
              error={errorFor(path('name'))}
              registration={form.register(name('name'))}
            />
            <TextField
              id={id('purpose')}
              label={t('inventory.fields.purpose')}
              error={errorFor(path('purpose'))}
              registration={form.register(name('purpose'))}
              multiline
              characterLimit={MAX_TEXT_LENGTH}
            />
            {/* Selects, not radios: radios inside a react-hook-form field array lost their checked state once the
                row had been validated (seen in Chromium 156 with react-hook-form 7.92). */}
            <SelectField
              id={id('role')}
              label={t('inventory.fields.role')}
              hint={t('inventory.roleHint')}
              registration={form.register(name('role'))}
              options={roleOptions}
              placeholder={t('inventory.notStated')}
            />
            <RoleMissingNotice control={form.control} name={name('role')} id={id('role-missing')} />
            <SelectField
              id={id('systemType')}
              label={t('inventory.fields.systemType')}
              hint={t('inventory.systemTypeHint')}
              error={errorFor(path('systemType'))}
              registration={form.register(name('systemType'))}
              options={typeOptions}
              placeholder={t('inventory.notAnswered')}
            />
            <SelectField
              id={id('handlesProcedures')}
              label={t('inventory.fields.handlesProcedures')}
              hint={t('inventory.handlesProceduresHint')}
              registration={form.register(name('handlesProcedures'))}
              options={yesNoOptions}
              placeholder={t('inventory.notAnswered')}
            />
            <div className="inline-fields">
              <SelectField
                id={id('proposedLevel')}
                label={t('inventory.fields.proposedLevel')}
                registration={form.register(name('proposedLevel'))}
                options={levelOptions}
                placeholder={t('inventory.notYet')}
              />
              <SelectField
                id={id('approvedLevel')}
                label={t('inventory.fields.approvedLevel')}
                error={errorFor(path('approvedLevel'))}
                registration={form.register(name('approvedLevel'))}
                options={levelOptions}
                placeholder={t('inventory.notYet')}
              />
            </div>
            <DateField
              id={id('appraisedOn')}
              label={t('inventory.fields.appraisedOn')}
              hint={t('inventory.appraisedOnHint')}
              error={errorFor(path('appraisedOn'))}
              registration={form.register(name('appraisedOn'))}
            />
            <DateField
              id={id('approvedOn')}
              label={t('inventory.fields.approvedOn')}
              error={errorFor(path('approvedOn'))}
              registration={form.register(name('approvedOn'))}
            />
            <SelectField
              id={id('hasSecurityPlan')}
              label={t('inventory.fields.hasSecurityPlan')}
              registration={form.register(name('hasSecurityPlan'))}
              options={planOptions}
              placeholder={t('inventory.notAnswered')}
            />
            <DateField
              id={id('lastInspectedOn')}
              label={t('inventory.fields.lastInspectedOn')}
              hint={t('inventory.lastInspectedOnHint')}
              error={errorFor(path('lastInspectedOn'))}
              registration={form.register(name('lastInspectedOn'))}
            />
            <button
              type="button"
              className="button button--secondary button--danger-text"
              onClick={() => {
                remove(index);
                // The removed group took the focus with it: put it somewhere predictable.
                addButton.current?.focus();
              }}
            >
              {t('inventory.remove', { index: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        ref={addButton}
        type="button"
        className="button button--secondary"
        onClick={() =>
          append(emptySystemDraft(crypto.randomUUID()), { focusName: `${question.id}.systems.${fields.length}.name` })
        }
      >
        {fields.length === 0 ? t('inventory.addFirst') : t('inventory.add')}
      </button>
    </div>
  );
}
