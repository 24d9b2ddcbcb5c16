import { useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptySystemDraft } from '../../../questionnaire/answer-draft';
import { MAX_TEXT_LENGTH, SECURITY_LEVELS } from '../../../questionnaire/answer-schema';
import { YES_PARTLY_NO, type QuestionOfType } from '../../../questionnaire/content-schema';
import { SelectField } from '../../../ui/select-field';
import { DateField } from '../../../ui/date-field';
import { TextField } from '../../../ui/text-field';
import { fieldDomId } from '../question-errors';
import type { ControlProps } from '../section-form-types';

/** The inventory of the unit's information systems: one group of fields per system, added and removed at will. */
export function SystemInventoryControl({ question, form, errorFor }: ControlProps<QuestionOfType<'system-inventory'>>) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `${question.id}.systems` });
  const addButton = useRef<HTMLButtonElement>(null);
  const levelOptions = SECURITY_LEVELS.map((level) => ({ value: level, label: t('inventory.level', { level }) }));
  const planOptions = YES_PARTLY_NO.map((value) => ({ value, label: t(`scales.yes-partly-no.${value}`) }));

  return (
    <div className="inventory">
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
            {/* A select, not radios: radios inside a react-hook-form field array lost their checked state once the
                row had been validated (seen in Chromium 156 with react-hook-form 7.92). */}
            <SelectField
              id={id('audience')}
              label={t('inventory.fields.audience')}
              error={errorFor(path('audience'))}
              registration={form.register(name('audience'))}
              options={[
                { value: 'citizens', label: t('inventory.audience.citizens') },
                { value: 'internal', label: t('inventory.audience.internal') },
              ]}
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
