/**
 * The classification form's values (every field as typed: text, or a radio's value) and the facts they give. A part
 * that is not valid yet (a count typed as "12a", a date that does not exist) gives no fact: the fact keeps what was
 * stored before, so a half-typed correction never erases a saved answer, and the field shows why.
 */
import { MAX_COUNT, MAX_SHORT_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import { formatDisplayDate, parseDisplayDate } from '../../questionnaire/display-date';
import {
  classificationSchema,
  type Classification,
  type ClassificationFact,
} from '../../security-level/classification-schema';

export const TEXT_FACTS = ['ownerName', 'operatorName', 'specialisedUnitName'] as const;
export const YES_NO_FACTS = [
  'handlesProcedures',
  'conditionalBusinessService',
  'nationalEgov24x7',
  'centralNationalData',
  'storesElectronicCertificates',
  'scopeSplitOrMerged',
  'investedBeforeNewLaw',
] as const;
export const CHOICE_FACTS = [
  'systemType',
  'onlineServiceDepth',
  'infrastructureReach',
  'defenceHarm',
  'worksGrade',
  'breachHarm',
  'riskLevel',
  'regimeOverride',
] as const;
export const COUNT_FACTS = ['userCount', 'basicDataSubjects', 'sensitiveDataSubjects'] as const;

type TextFact = (typeof TEXT_FACTS)[number];
type YesNoFact = (typeof YES_NO_FACTS)[number];
type ChoiceFact = (typeof CHOICE_FACTS)[number];
type CountFact = (typeof COUNT_FACTS)[number];

export type ClassificationValues = Record<TextFact | ChoiceFact | CountFact, string> &
  Record<YesNoFact, '' | 'true' | 'false'> & { informationTypes: string[]; inOperationSince: string };

/** "12000", "12.000", "12,000" or "12 000": a whole number, with or without thousands separators. */
const COUNT_TEXT = /^\d+$|^\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3})*$/;

export function parseCount(text: string): { ok: true; value: number } | { ok: false; error: string } {
  const trimmed = text.normalize('NFKC').trim();
  if (!COUNT_TEXT.test(trimmed)) return { ok: false, error: 'securityWorkbench.errors.count' };
  const value = Number(trimmed.replace(/[.,\s]/g, ''));
  if (value > MAX_COUNT) return { ok: false, error: 'securityWorkbench.errors.countTooLarge' };
  return { ok: true, value };
}

export function parseOperationDate(
  text: string,
  today: string,
): { ok: true; iso: string } | { ok: false; error: string } {
  const parsed = parseDisplayDate(text);
  if (!parsed.ok) {
    return {
      ok: false,
      error: parsed.reason === 'format' ? 'securityWorkbench.errors.date' : 'securityWorkbench.errors.dateInvalid',
    };
  }
  if (parsed.iso > today) return { ok: false, error: 'securityWorkbench.errors.dateFuture' };
  return { ok: true, iso: parsed.iso };
}

/** The form's errors, as react-hook-form holds them (checked when a field is left); the messages are locale keys. */
export function validateClassificationValues(
  values: ClassificationValues,
  today: string,
): Partial<Record<CountFact | 'inOperationSince', { type: 'validate'; message: string }>> {
  const errors: Partial<Record<CountFact | 'inOperationSince', { type: 'validate'; message: string }>> = {};
  for (const fact of COUNT_FACTS) {
    if (!values[fact].trim()) continue;
    const parsed = parseCount(values[fact]);
    if (!parsed.ok) errors[fact] = { type: 'validate', message: parsed.error };
  }
  if (values.inOperationSince.trim()) {
    const parsed = parseOperationDate(values.inOperationSince, today);
    if (!parsed.ok) errors.inOperationSince = { type: 'validate', message: parsed.error };
  }
  return errors;
}

/** The form as it opens: the stored facts, with the row's prefill where the classification has none. */
export function valuesFromClassification(classification: Classification): ClassificationValues {
  const values: Record<string, unknown> = { informationTypes: [...(classification.informationTypes ?? [])] };
  for (const fact of TEXT_FACTS) values[fact] = classification[fact] ?? '';
  for (const fact of CHOICE_FACTS) values[fact] = classification[fact] ?? '';
  for (const fact of COUNT_FACTS) values[fact] = classification[fact]?.toString() ?? '';
  for (const fact of YES_NO_FACTS) {
    const value = classification[fact];
    values[fact] = value === undefined ? '' : String(value);
  }
  values.inOperationSince = classification.inOperationSince ? formatDisplayDate(classification.inOperationSince) : '';
  return values as ClassificationValues;
}

/**
 * The facts the values give. `previous` is what is stored: a part typed but not valid keeps its previous fact.
 * Blank text and an unticked radio give no fact.
 */
export function classificationFromValues(
  values: ClassificationValues,
  previous: Classification,
  today: string,
): Classification {
  const facts: Record<string, unknown> = {};
  const keep = (fact: ClassificationFact) => {
    if (previous[fact] !== undefined) facts[fact] = previous[fact];
  };
  for (const fact of TEXT_FACTS) {
    const text = values[fact].trim();
    if (text.length > MAX_SHORT_TEXT_LENGTH) keep(fact);
    else if (text) facts[fact] = text;
  }
  for (const fact of CHOICE_FACTS) if (values[fact]) facts[fact] = values[fact];
  for (const fact of YES_NO_FACTS) if (values[fact]) facts[fact] = values[fact] === 'true';
  if (values.informationTypes.length) facts.informationTypes = [...values.informationTypes];
  for (const fact of COUNT_FACTS) {
    if (!values[fact].trim()) continue;
    const parsed = parseCount(values[fact]);
    if (parsed.ok) facts[fact] = parsed.value;
    else keep(fact);
  }
  if (values.inOperationSince.trim()) {
    const parsed = parseOperationDate(values.inOperationSince, today);
    if (parsed.ok) facts.inOperationSince = parsed.iso;
    else keep('inOperationSince');
  }
  // Every part was checked above; the schema is the last guard (an option the form does not offer, say).
  const result = classificationSchema.safeParse(facts);
  return result.success ? result.data : previous;
}
