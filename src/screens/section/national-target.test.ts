import { expect, test } from 'vitest';
import { UNIT_TYPES, type NationalTarget, type Section } from '../../questionnaire/content-schema';
import { findQuestion, questionnaire } from '../../questionnaire/questionnaire';
import { shownNationalTarget } from './national-target';

const targets: readonly NationalTarget[] = questionnaire.nationalTargets;
const sections: readonly Section[] = questionnaire.sections;

test('a question’s national target is shown only to the unit types a national target binds', () => {
  let checked = 0;
  for (const found of sections.flatMap((section) => section.questions)) {
    if (found.type !== 'percentage' && found.type !== 'count-pair') continue;
    for (const unitType of UNIT_TYPES) {
      const binds = targets.some(
        (target) => target.questionId === found.id && (target.appliesTo?.includes(unitType) ?? true),
      );
      expect(shownNationalTarget(found, unitType)).toBe(binds ? found.target : undefined);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
  // A target for commune officials only: not shown to a provincial department.
  const narrow = targets.find((target) => target.appliesTo && !target.appliesTo.includes('provincial-department'));
  const question = narrow && findQuestion(narrow.questionId)?.question;
  if (question && question.appliesTo.includes('provincial-department')) {
    expect(shownNationalTarget(question, 'provincial-department')).toBeUndefined();
  }
});
