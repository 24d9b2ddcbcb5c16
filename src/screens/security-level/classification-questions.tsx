/**
 * One guided question of the classification per fact, in the words of `securityLaw.facts.<fact>`: text for names,
 * radios for a choice (a fieldset whose legend is the question), checkboxes for the information types, a number for
 * the counts, a typed date for the day it went live.
 */
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_SHORT_TEXT_LENGTH, SECURITY_LEVELS, SYSTEM_TYPES } from '../../questionnaire/answer-schema';
import {
  BREACH_HARMS,
  DEFENCE_HARMS,
  INFORMATION_TYPES,
  INFRASTRUCTURE_REACHES,
  ONLINE_SERVICE_DEPTHS,
  REGIMES,
  WORKS_GRADES,
  type ClassificationFact,
} from '../../security-level/classification-schema';
import { lawKeys } from '../../security-level/law/law-keys';
import { DateField } from '../../ui/date-field';
import { FieldError, describedBy } from '../../ui/field-error';
import { RadioGroup } from '../../ui/radio-group';
import { TextField } from '../../ui/text-field';
import { COUNT_FACTS, TEXT_FACTS, YES_NO_FACTS, type ClassificationValues } from './classification-values';

/** The id of a fact's field (its first radio or checkbox): the missing-facts list links to it. */
export const factFieldId = (fact: ClassificationFact) => `classification-${fact}`;

const CHOICES: Partial<Record<ClassificationFact, readonly string[]>> = {
  systemType: SYSTEM_TYPES,
  onlineServiceDepth: ONLINE_SERVICE_DEPTHS,
  infrastructureReach: INFRASTRUCTURE_REACHES,
  defenceHarm: DEFENCE_HARMS,
  worksGrade: WORKS_GRADES,
  breachHarm: BREACH_HARMS,
  riskLevel: SECURITY_LEVELS,
  regimeOverride: REGIMES,
};

/** The choice that stands for "no answer", offered first where not answering is an answer in itself. */
const BLANK_CHOICE: Partial<Record<ClassificationFact, string>> = {
  riskLevel: 'securityWorkbench.classification.riskNotDone',
  regimeOverride: 'securityWorkbench.classification.regimeAuto',
};

const isIn = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export function FactQuestion({ fact, form }: { fact: ClassificationFact; form: UseFormReturn<ClassificationValues> }) {
  const { t } = useTranslation();
  const id = factFieldId(fact);
  const keys = lawKeys.fact(fact);
  const label = t(keys.label);
  const hint = t(keys.hint);
  const name = fact;
  const message = form.formState.errors[name]?.message;
  const error = message ? t(message) : undefined;

  if (isIn(TEXT_FACTS, fact)) {
    return (
      <TextField
        id={id}
        label={label}
        hint={hint}
        registration={form.register(name)}
        maxLength={MAX_SHORT_TEXT_LENGTH}
        autoComplete="off"
      />
    );
  }
  if (isIn(COUNT_FACTS, fact)) {
    return (
      <TextField
        id={id}
        label={label}
        hint={`${hint} ${t('securityWorkbench.classification.countHint')}`}
        error={error}
        registration={form.register(name)}
        width="short"
        inputMode="numeric"
        autoComplete="off"
      />
    );
  }
  if (fact === 'inOperationSince') {
    return <DateField id={id} label={label} hint={hint} error={error} registration={form.register(name)} />;
  }
  if (fact === 'informationTypes') return <InformationTypes form={form} />;
  const values = isIn(YES_NO_FACTS, fact) ? ['true', 'false'] : (CHOICES[fact] ?? []);
  const blank = BLANK_CHOICE[fact];
  const options = [
    ...(blank ? [{ value: '', label: t(blank) }] : []),
    ...values.map((value) => ({ value, label: t(lawKeys.factOption(fact, value)) })),
  ];
  return (
    <RadioGroup
      id={id}
      legend={label}
      hint={hint}
      options={options}
      registration={form.register(name)}
      inline={isIn(YES_NO_FACTS, fact)}
    />
  );
}

function InformationTypes({ form }: { form: UseFormReturn<ClassificationValues> }) {
  const { t } = useTranslation();
  const id = factFieldId('informationTypes');
  const keys = lawKeys.fact('informationTypes');
  const hintId = `${id}-hint`;
  const message = form.formState.errors.informationTypes?.message;
  return (
    <div className="form-group">
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, message ? `${id}-error` : undefined)}>
        <legend className="fieldset__legend">{t(keys.label)}</legend>
        <div id={hintId} className="hint">
          {t(keys.hint)}
        </div>
        <FieldError id={`${id}-error`} message={message ? t(message) : undefined} />
        <div className="checkboxes">
          {INFORMATION_TYPES.map((type, index) => {
            const optionId = index === 0 ? id : `${id}-${type}`;
            return (
              <div key={type} className="checkboxes__item">
                <input
                  id={optionId}
                  className="checkboxes__input"
                  type="checkbox"
                  value={type}
                  {...form.register('informationTypes')}
                />
                <label className="checkboxes__label" htmlFor={optionId}>
                  {t(lawKeys.factOption('informationTypes', type))}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
