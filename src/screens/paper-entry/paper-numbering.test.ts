/**
 * The fast entry's numbers are the printed form's: for every unit type and language, the blank questionnaire
 * (src/report/build-blank-questionnaire.ts) prints "<number> <question text>" for exactly the questions
 * `listPaperQuestions` numbers so, in the same order.
 */
import { collectText, fakeLocale } from '../../report/fake-locale.test-support';
import { buildBlankQuestionnaire } from '../../report/build-blank-questionnaire';
import { UNIT_TYPES } from '../../questionnaire/content-schema';
import { listPaperQuestions } from '../../questionnaire/paper-entry/paper-order';
import { questionnaire } from '../../questionnaire/questionnaire';

test.each(UNIT_TYPES.flatMap((unitType) => (['vi', 'en'] as const).map((language) => [unitType, language] as const)))(
  'for %s in %s: the same questions, numbers and order as the printed form',
  (unitType, language) => {
    const locale = fakeLocale(language);
    const printed = collectText(buildBlankQuestionnaire({ locale, questionnaire, unitType }).content).filter((text) =>
      /^\d+\.\d+\. /.test(text),
    );
    const typed = listPaperQuestions(questionnaire, unitType).map(
      (entry) => `${entry.number} ${locale.tc(`questions.${entry.question.id}.text`)}`,
    );
    expect(typed.length).toBeGreaterThan(20);
    expect(printed).toEqual(typed);
  },
);
