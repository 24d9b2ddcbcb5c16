/**
 * Classifying one system: the regime it follows today (`transition.ts`), every criterion of that regime it meets,
 * the proposed level (the highest of them: Decree 85 Art. 5; Decree 331 Art. 8.2, 10.5), the criteria that decided
 * it, the facts still to answer, and the warnings the law calls for. The level is computed, never stored
 * (docs/decisions/0024-security-law-as-data.md).
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { InformationSystem, SecurityLevel } from '../questionnaire/answer-schema';
import type { ClassificationResult, ClassificationWarning } from './classification-result';
import { CLASSIFICATION_WARNINGS } from './classification-result';
import { classificationSchema, type Classification, type ClassificationFact } from './classification-schema';
import { evaluateCondition, factsStillNeeded } from './condition';
import { criteria } from './law/criteria';
import type { Criterion } from './law/law-schema';
import { decideRegime } from './transition';

const FACT_ORDER = Object.keys(classificationSchema.shape) as ClassificationFact[];

/** The classification's own answers, with the system type and procedures taken from the inventory row when absent. */
export function withRowFacts(classification: Classification, row: InformationSystem | undefined): Classification {
  return {
    ...classification,
    systemType: classification.systemType ?? row?.systemType,
    handlesProcedures: classification.handlesProcedures ?? row?.handlesProcedures,
  };
}

const levelNumber = (level: SecurityLevel) => Number(level);

function highest(matched: readonly Criterion[]): SecurityLevel | undefined {
  return matched.reduce<SecurityLevel | undefined>(
    (top, criterion) => (top === undefined || levelNumber(criterion.level) > levelNumber(top) ? criterion.level : top),
    undefined,
  );
}

function warningsFor(
  facts: Classification,
  row: InformationSystem | undefined,
  level: SecurityLevel | undefined,
  deciding: readonly Criterion[],
): ClassificationWarning[] {
  const decidedOnlyBy = (kind: Criterion['kind']) =>
    deciding.length > 0 && deciding.every((criterion) => criterion.kind === kind);
  const raised: Record<ClassificationWarning, boolean> = {
    'scope-split': facts.scopeSplitOrMerged === true,
    'approved-differs': row?.approvedLevel !== undefined && level !== undefined && row.approvedLevel !== level,
    'risk-raised': decidedOnlyBy('risk'),
    'floor-applied': decidedOnlyBy('floor'),
    'state-secret-elsewhere': facts.informationTypes?.includes('state-secret') === true,
    'not-owner': row?.role === 'operator' || row?.role === 'user',
  };
  return CLASSIFICATION_WARNINGS.filter((warning) => raised[warning]);
}

export function classifySystem(input: {
  classification: Classification;
  row: InformationSystem | undefined;
  today: string;
}): ClassificationResult {
  const facts = withRowFacts(input.classification, input.row);
  const regime = decideRegime({ classification: facts, row: input.row, today: input.today });
  const evaluated = criteria
    .filter((criterion) => criterion.regime === regime.regime)
    .map((criterion) => ({ criterion, outcome: evaluateCondition(criterion.when, facts) }));

  // Highest level first; within a level, the law data's order (Array.prototype.sort is stable).
  const matched = evaluated
    .filter(({ outcome }) => outcome === 'met')
    .map(({ criterion }) => criterion)
    .sort((one, other) => levelNumber(other.level) - levelNumber(one.level));
  const level = highest(matched);
  const deciding = matched.filter((criterion) => criterion.level === level);

  // Only what could still raise the level is worth asking: criteria above the level reached, or all while none is.
  const stillNeeded = new Set(
    evaluated
      .filter(
        ({ criterion, outcome }) =>
          outcome === 'unknown' && (level === undefined || levelNumber(criterion.level) > levelNumber(level)),
      )
      .flatMap(({ criterion }) => factsStillNeeded(criterion.when, facts)),
  );
  const missingFacts = FACT_ORDER.filter((fact) => stillNeeded.has(fact));

  return {
    regime,
    level,
    matched,
    deciding,
    missingFacts,
    warnings: warningsFor(facts, input.row, level, deciding),
    approvedLevel: input.row?.approvedLevel,
  };
}
