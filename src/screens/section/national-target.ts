import type { NationalTarget, Question, UnitType } from '../../questionnaire/content-schema';
import { questionnaire } from '../../questionnaire/questionnaire';

const targets: readonly NationalTarget[] = questionnaire.nationalTargets;

/**
 * The national target to print beside a percentage or count field («Mục tiêu quốc gia: 100%»), only where a national
 * target of the content binds this type of unit: QĐ 11's 100% of officials with signatures names commune officials,
 * so a department is not told it is its target.
 */
export function shownNationalTarget(question: Question, unitType: UnitType): number | undefined {
  if (question.type !== 'percentage' && question.type !== 'count-pair') return undefined;
  const binds = targets.some(
    (target) => target.questionId === question.id && (target.appliesTo?.includes(unitType) ?? true),
  );
  return binds ? question.target : undefined;
}
