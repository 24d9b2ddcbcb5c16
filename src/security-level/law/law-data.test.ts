/**
 * The security-by-level law data checked as a whole: every table parses with its schema, ids are unique, every legal
 * reference names a registry document, levels are coherent, every text key is in both locale files (and no key is
 * left over), and the conditions only use facts and values the classification has.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { SECURITY_LEVELS } from '../../questionnaire/answer-schema';
import { legalDocuments } from '../../questionnaire/content/legal-documents';
import { findQuestion } from '../../questionnaire/questionnaire';
import { CLASSIFICATION_WARNINGS, REGIME_CASES } from '../classification-result';
import { REGIMES, classificationSchema, type ClassificationFact } from '../classification-schema';
import { authorityRules, authorityFor } from './authorities';
import { criteria } from './criteria';
import { dossierComponents, dossierComponentsFor } from './dossier-components';
import { dutyRules, dutyRulesFor } from './duties';
import { lawReferences } from './law-citations';
import { lawKeys } from './law-keys';
import {
  CONFIRMATIONS,
  authorityRuleSchema,
  criterionSchema,
  dossierComponentSchema,
  dutyRuleSchema,
  requirementGroupSchema,
  type Condition,
} from './law-schema';
import { securityLaw } from './law-version';
import { requirementGroups, requirementGroupsFor } from './requirement-groups';

const LANGUAGES = ['vi', 'en'] as const;
const localesDir = path.resolve(import.meta.dirname, '../../../locales');
type Tree = { [key: string]: unknown };

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  return new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? [...flatten(value as Tree, `${prefix}${key}.`)]
        : [[`${prefix}${key}`, value] as const],
    ),
  );
}
const localeTexts = (language: string) =>
  flatten(JSON.parse(readFileSync(path.join(localesDir, language, 'screen-security-law.json'), 'utf8')) as Tree);

const duplicates = (list: readonly string[]) => list.filter((item, index) => list.indexOf(item) !== index);
const levelNumber = Number;
const FACTS = Object.keys(classificationSchema.shape) as ClassificationFact[];

/** The options of a fact with options: an enum, an array of an enum, or yes/no. */
function optionsOf(fact: ClassificationFact): string[] {
  let schema: z.core.$ZodType = classificationSchema.shape[fact].unwrap();
  if (schema instanceof z.ZodArray) schema = schema.element;
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (schema instanceof z.ZodBoolean) return ['true', 'false'];
  return [];
}

test('every table parses with its schema, and the version is dated', () => {
  expect(() => z.array(criterionSchema).parse(criteria)).not.toThrow();
  expect(() => z.array(dossierComponentSchema).parse(dossierComponents)).not.toThrow();
  expect(() => z.array(authorityRuleSchema).parse(authorityRules)).not.toThrow();
  expect(() => z.array(requirementGroupSchema).parse(requirementGroups)).not.toThrow();
  expect(() => z.array(dutyRuleSchema).parse(dutyRules)).not.toThrow();
  expect(securityLaw.asOf).toBe('2026-12-01');
});

test('ids are unique: criteria and duties everywhere, components and groups within a regime', () => {
  expect(duplicates(criteria.map((criterion) => criterion.id))).toEqual([]);
  expect(duplicates(dutyRules.map((duty) => duty.id))).toEqual([]);
  for (const regime of REGIMES) {
    expect(duplicates(dossierComponents.filter((c) => c.regime === regime).map((c) => c.id))).toEqual([]);
    expect(duplicates(requirementGroups.filter((g) => g.regime === regime).map((g) => g.id))).toEqual([]);
  }
});

test('every legal reference names a document of the legal registry', () => {
  const known = new Set<string>(legalDocuments.map((document) => document.id));
  const dangling = lawReferences().filter((reference) => !known.has(reference.documentId));
  expect(dangling).toEqual([]);
});

test('each regime has exactly one authority rule for each level 1-5', () => {
  for (const regime of REGIMES) {
    for (const level of SECURITY_LEVELS) {
      const rules = authorityRules.filter((rule) => rule.regime === regime && rule.levels.includes(level));
      expect(rules, `${regime} level ${level}`).toHaveLength(1);
      expect(authorityFor(regime, level)).toBe(rules[0]);
    }
  }
});

test('levels are coherent: a component stops at or above where it starts, and every level has a dossier', () => {
  for (const component of dossierComponents) {
    if (component.toLevel)
      expect(levelNumber(component.toLevel)).toBeGreaterThanOrEqual(levelNumber(component.fromLevel));
  }
  for (const regime of REGIMES) {
    for (const level of SECURITY_LEVELS) {
      const needed = dossierComponentsFor(regime, level);
      expect(needed.filter((c) => c.kind === 'component').length, `${regime} ${level}`).toBeGreaterThanOrEqual(4);
      expect(needed.some((c) => c.kind === 'step' && c.id === 'approval-decision')).toBe(true);
      expect(requirementGroupsFor(regime, level).length).toBeGreaterThan(0);
      expect(dutyRulesFor(regime, level).length).toBeGreaterThan(0);
    }
  }
});

test('levels 4 and 5 need more in the dossier than level 3, and requirements are cumulative', () => {
  for (const regime of REGIMES) {
    expect(dossierComponentsFor(regime, '4').length).toBeGreaterThan(dossierComponentsFor(regime, '3').length);
    for (const [lower, higher] of [
      ['1', '2'],
      ['2', '3'],
      ['3', '4'],
      ['4', '5'],
    ] as const) {
      const higherIds = new Set(requirementGroupsFor(regime, higher).map((group) => group.id));
      expect(requirementGroupsFor(regime, lower).every((group) => higherIds.has(group.id))).toBe(true);
    }
  }
  // Regime B: Form 01 for levels 1-2, Form 02 and the appraisal opinion on Form 04 from level 3, Form 07 at level 5.
  const forms = (level: (typeof SECURITY_LEVELS)[number]) =>
    dossierComponentsFor('decree-331', level).flatMap((component) => (component.form ? [component.form] : []));
  expect(forms('2')).toEqual(['01', '06']);
  expect(forms('3')).toEqual(['02', '04', '05', '06']);
  expect(forms('5')).toEqual(['03', '02', '04', '05', '06', '07']);
});

test('each duty carries what its kind needs: a period, a day of the year, a date or a clock', () => {
  const problems = dutyRules.flatMap((duty) => {
    if (duty.kind === 'inspection' && !duty.everyMonths) return [`${duty.id}: no period`];
    if (duty.kind === 'annual-report' && !duty.yearly) return [`${duty.id}: no day of the year`];
    if (duty.kind === 'incident-report' && !duty.withinHours) return [`${duty.id}: no clock`];
    if (duty.yearly && Number.isNaN(Date.parse(`2026-${duty.yearly}`))) return [`${duty.id}: not a day`];
    return [];
  });
  expect(problems).toEqual([]);
  const hours = (regime: string) =>
    dutyRules.filter((duty) => duty.regime === regime && duty.kind === 'incident-report').map((d) => d.withinHours);
  expect(hours('decree-85')).toEqual([120]);
  expect(hours('decree-331')).toEqual([24, 72, 72]);
});

test('every group that feeds the security section names an option of its question', () => {
  const fed = requirementGroups.flatMap((group) => (group.feeds ? [group.feeds] : []));
  expect(fed.length).toBeGreaterThan(0);
  for (const feeds of fed) {
    const question = findQuestion(feeds.questionId)?.question;
    expect(question?.type).toBe('multi-choice');
    const options = question?.type === 'multi-choice' ? question.options.map((option) => option.id) : [];
    expect(options).toContain(feeds.optionId);
  }
  for (const regime of REGIMES) {
    const options = new Set(requirementGroupsFor(regime, '1').flatMap((group) => group.feeds?.optionId ?? []));
    expect([...options].sort()).toEqual([
      'backup-and-operations',
      'end-of-life',
      'policy',
      'responsible-staff',
      'risk-assessment',
    ]);
  }
});

test('conditions read only facts of the classification, with values those facts can take', () => {
  const problems: string[] = [];
  const check = (id: string, condition: Condition): void => {
    if ('all' in condition) return condition.all.forEach((part) => check(id, part));
    if ('any' in condition) return condition.any.forEach((part) => check(id, part));
    if ('not' in condition) return check(id, condition.not);
    if (!FACTS.includes(condition.fact)) return void problems.push(`${id}: ${condition.fact}`);
    const values =
      'is' in condition
        ? condition.is
        : 'includes' in condition
          ? condition.includes
          : 'onlyOf' in condition
            ? condition.onlyOf
            : [];
    const allowed = optionsOf(condition.fact);
    for (const value of values)
      if (!allowed.includes(String(value))) problems.push(`${id}: ${condition.fact} = ${String(value)}`);
  };
  criteria.forEach((criterion) => check(criterion.id, criterion.when));
  expect(problems).toEqual([]);
});

function expectedKeys(): string[] {
  const who = new Set([
    ...dossierComponents.map((component) => component.by),
    ...authorityRules.flatMap((rule) => [rule.prepares, rule.appraises, rule.approves]),
    ...dutyRules.flatMap((duty) => (duty.to ? [duty.to] : [])),
  ]);
  const named = (keys: { name: string; description: string }) => [keys.name, keys.description];
  return [
    ...criteria.map((criterion) => lawKeys.criterion(criterion.id)),
    ...new Set(dossierComponents.flatMap((component) => named(lawKeys.dossierComponent(component.id)))),
    ...[...who].map(lawKeys.authority),
    ...new Set(requirementGroups.flatMap((group) => named(lawKeys.requirementGroup(group.id)))),
    ...dutyRules.flatMap((duty) => named(lawKeys.duty(duty.id))),
    ...REGIMES.flatMap((regime) => [lawKeys.regime(regime).name, lawKeys.regime(regime).short]),
    ...REGIME_CASES.map(lawKeys.regimeCase),
    ...CLASSIFICATION_WARNINGS.map(lawKeys.warning),
    ...CONFIRMATIONS.map(lawKeys.confirmation),
    ...FACTS.flatMap((fact) => [lawKeys.fact(fact).label, lawKeys.fact(fact).hint]),
    ...FACTS.flatMap((fact) => optionsOf(fact).map((option) => lawKeys.factOption(fact, option))),
  ];
}

test.each(LANGUAGES)(
  'every text key is in locales/%s/screen-security-law.json, non-empty, and none is left over',
  (language) => {
    const texts = localeTexts(language);
    const expected = new Set(expectedKeys());
    const missing = [...expected].filter((key) => typeof texts.get(key) !== 'string' || texts.get(key) === '');
    const stray = [...texts.keys()].filter((key) => !expected.has(key));
    expect(missing, 'missing').toEqual([]);
    expect(stray, 'stray').toEqual([]);
  },
);

test('the Vietnamese texts are Vietnamese and differ from the English ones', () => {
  const vi = localeTexts('vi');
  const en = localeTexts('en');
  // Every Vietnamese sentence has letters with diacritics; short option labels ("Có", "Cấp độ 1") may not.
  const undiacritic = [...vi.entries()].filter(([, text]) => !/[^ -~]/.test(String(text)));
  expect(undiacritic.filter(([, text]) => String(text).split(' ').length > 3)).toEqual([]);
  const same = [...vi.entries()].filter(([key, text]) => en.get(key) === text);
  expect(same).toEqual([]);
});

test('every rule says how sure it is, as the reference marks it', () => {
  const rules = [...criteria, ...dossierComponents, ...authorityRules, ...requirementGroups, ...dutyRules];
  expect(rules.every((rule) => CONFIRMATIONS.includes(rule.confirmation))).toBe(true);
  // Decree 331's articles are [?] in the reference, but for the transition of Art. 39.1 [t]: no other rule resting
  // on it alone is confirmed.
  const onlyDecree331 = rules.filter((rule) =>
    rule.legalBasis.every((reference) => reference.documentId === 'decree-331-2026' && reference.article !== '39'),
  );
  expect(onlyDecree331.length).toBeGreaterThan(0);
  expect(onlyDecree331.filter((rule) => rule.confirmation !== 'unconfirmed')).toEqual([]);
  // Decree 85 Art. 7-11 are [t].
  expect(
    criteria.filter((c) => c.regime === 'decree-85' && c.kind === 'criterion').every((c) => c.confirmation === 'text'),
  ).toBe(true);
});
