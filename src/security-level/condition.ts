/**
 * Evaluating a criterion's condition (`law/law-schema.ts#Condition`) against a classification's facts.
 *
 * Three-valued (Kleene) logic, so that an unanswered fact meets nothing, not even through `not`: an atom over an
 * unanswered fact is `unknown`; `all` is false as soon as one part is false, `any` true as soon as one part is true,
 * and `not` keeps `unknown`. A criterion is met only when its condition is `met`, so a classification still being
 * filled in proposes nothing rather than a level that is too low, and the facts of the `unknown` conditions are the
 * ones still to answer.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Classification, ClassificationFact } from './classification-schema';
import type { Condition } from './law/law-schema';

export type ConditionOutcome = 'met' | 'not-met' | 'unknown';

/** Unanswered: absent, or (for the information types) an empty choice. */
export function isAnswered(classification: Classification, fact: ClassificationFact): boolean {
  const value = classification[fact];
  if (value === undefined) return false;
  return !Array.isArray(value) || value.length > 0;
}

const fromBoolean = (value: boolean): ConditionOutcome => (value ? 'met' : 'not-met');

function evaluateAtom(
  condition: Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>,
  facts: Classification,
): ConditionOutcome {
  if (!isAnswered(facts, condition.fact)) return 'unknown';
  const value = facts[condition.fact];
  if ('includes' in condition) {
    const chosen = value as readonly string[];
    return fromBoolean(condition.includes.some((type) => chosen.includes(type)));
  }
  if ('onlyOf' in condition) {
    const chosen = value as readonly string[];
    return fromBoolean(chosen.every((type) => condition.onlyOf.includes(type)));
  }
  if ('is' in condition) return fromBoolean(condition.is.includes(value as string | boolean));
  // Numbers, and the levels of the risk review, which are digits.
  const number = Number(value);
  if (!Number.isFinite(number)) return 'not-met';
  return fromBoolean('atLeast' in condition ? number >= condition.atLeast : number < condition.below);
}

export function evaluateCondition(condition: Condition, facts: Classification): ConditionOutcome {
  if ('all' in condition) {
    const outcomes = condition.all.map((part) => evaluateCondition(part, facts));
    if (outcomes.includes('not-met')) return 'not-met';
    return outcomes.includes('unknown') ? 'unknown' : 'met';
  }
  if ('any' in condition) {
    const outcomes = condition.any.map((part) => evaluateCondition(part, facts));
    if (outcomes.includes('met')) return 'met';
    return outcomes.includes('unknown') ? 'unknown' : 'not-met';
  }
  if ('not' in condition) {
    const outcome = evaluateCondition(condition.not, facts);
    if (outcome === 'unknown') return outcome;
    return outcome === 'met' ? 'not-met' : 'met';
  }
  return evaluateAtom(condition, facts);
}

export function conditionMet(condition: Condition, facts: Classification): boolean {
  return evaluateCondition(condition, facts) === 'met';
}

/** Every fact the condition reads, once each, in the order it reads them. */
export function factsRead(condition: Condition): ClassificationFact[] {
  const collect = (part: Condition): ClassificationFact[] => {
    if ('all' in part) return part.all.flatMap(collect);
    if ('any' in part) return part.any.flatMap(collect);
    if ('not' in part) return collect(part.not);
    return [part.fact];
  };
  return [...new Set(collect(condition))];
}

/**
 * The unanswered facts that could still settle an `unknown` condition: only the parts not already decided, so a
 * `not-met` part of an `any` (or a `met` part of an `all`) asks for nothing.
 */
export function factsStillNeeded(condition: Condition, facts: Classification): ClassificationFact[] {
  const collect = (part: Condition): ClassificationFact[] => {
    if (evaluateCondition(part, facts) !== 'unknown') return [];
    if ('all' in part) return part.all.flatMap(collect);
    if ('any' in part) return part.any.flatMap(collect);
    if ('not' in part) return collect(part.not);
    return [part.fact];
  };
  return [...new Set(collect(condition))];
}
