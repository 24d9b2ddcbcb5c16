import { UNIT_TYPES } from '../questionnaire/content-schema';
import { listApplicableQuestions, questionnaire } from '../questionnaire/questionnaire';
import { buildBlankQuestionnaire } from './build-blank-questionnaire';
import { collectText, fakeLocale } from './fake-locale.test-support';

const sections = questionnaire.sections;

test.each(UNIT_TYPES.flatMap((unitType) => (['vi', 'en'] as const).map((language) => [unitType, language] as const)))(
  'for %s in %s: every applicable question, with its options, and no other question',
  (unitType, language) => {
    const locale = fakeLocale(language);
    const { t, tc } = locale;
    const definition = buildBlankQuestionnaire({ locale, questionnaire, unitType });
    const text = collectText(definition.content).join('\n');
    expect(definition.pageSize).toBe('A4');
    expect(text).toContain(t('report.blankPdf.forUnitType', { unitType: t(`unitTypes.${unitType}.name`) }));
    for (const section of sections) {
      const applicable = listApplicableQuestions(section, unitType);
      for (const question of section.questions) {
        const questionText = tc(`questions.${question.id}.text`);
        if (!applicable.includes(question)) {
          expect(text, question.id).not.toContain(questionText);
          continue;
        }
        expect(text, question.id).toContain(questionText);
        expect(text, question.id).toContain(tc(`questions.${question.id}.help`));
        if (question.type === 'multi-choice') {
          for (const option of question.options)
            expect(text).toContain(tc(`questions.${question.id}.options.${option.id}`));
        }
        if (question.type === 'maturity') expect(text).toContain(tc(`questions.${question.id}.levels.4`));
        if (question.type === 'count-pair') expect(text).toContain(tc(`questions.${question.id}.whole`));
      }
    }
  },
);

test('tick boxes are drawn (the font has no ☐), one per option', () => {
  const locale = fakeLocale('vi');
  const definition = buildBlankQuestionnaire({ locale, questionnaire, unitType: 'provincial-department' });
  const json = JSON.stringify(definition.content);
  expect(json).not.toContain('☐');
  const boxes = json.match(/"type":"rect","x":0,"y":2\.5,"w":8,"h":8/g) ?? [];
  const expected = sections
    .flatMap((section) => listApplicableQuestions(section, 'provincial-department'))
    .reduce((sum, question) => {
      const specials = Number(question.allowsNotApplicable) + Number(question.allowsDontKnow);
      switch (question.type) {
        case 'yes-partly-no':
          return sum + 3 + specials;
        case 'coverage':
          return sum + 4 + specials;
        case 'maturity':
          return sum + 5 + specials;
        case 'multi-choice':
          return sum + question.options.length + specials;
        default:
          return sum + specials;
      }
    }, 0);
  expect(boxes).toHaveLength(expected);
});
