/**
 * Every translation key the code names literally must exist in common.json in both languages. The source files
 * are scanned as text: `t('key')`, and the static prefix of `t(`prefix.${...}`)`; keys of the questionnaire
 * namespace (`tc(...)`, built by content-keys.ts) are checked by src/questionnaire/content-integrity.test.ts.
 * Error messages that zod schemas and forms pass around as locale keys are found by their prefixes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { statusOf } from '../../src/assessment/progress';
import { PERIOD_PARTS } from '../../src/assessment/profile-schema';
import { PROVINCE_IDS } from '../../src/assessment/provinces';
import { SPECIAL_RESPONSES, emptyDraft, emptySystemDraft } from '../../src/questionnaire/answer-draft';
import {
  COVERAGE_LEVELS,
  UNIT_TYPES,
  YES_PARTLY_NO,
  legalDocumentSchema,
  legalReferenceSchema,
} from '../../src/questionnaire/content-schema';

type Tree = { [key: string]: unknown };

const LANGUAGES = ['vi', 'en'] as const;
const root = path.resolve(import.meta.dirname, '../..');
const srcDir = path.join(root, 'src');

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** common.json with every screen-<name>.json merged in, as i18next's `common` namespace holds them. */
function readCommon(language: string): Tree {
  const folder = path.join(root, 'locales', language);
  const files = readdirSync(folder).filter((file) => file === 'common.json' || /^screen-[a-z-]+\.json$/.test(file));
  const merged: Tree = {};
  for (const file of files) {
    const parsed: unknown = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
    if (!isTree(parsed)) throw new Error(`locales/${language}/${file} is not a JSON object`);
    for (const [key, value] of Object.entries(parsed)) {
      if (key in merged) throw new Error(`locales/${language}/${file}: "${key}" is also in another file`);
      merged[key] = value;
    }
  }
  return merged;
}

const common = Object.fromEntries(LANGUAGES.map((language) => [language, readCommon(language)]));

function lookup(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (isTree(node) ? node[part] : undefined), tree);
}

/** A key i18next can resolve to a string: the key itself, or its plural forms. */
function hasString(tree: Tree, key: string): boolean {
  return [key, `${key}_other`].some((candidate) => typeof lookup(tree, candidate) === 'string');
}

/** The keys (of `keys`) missing from either language, as "vi: key". */
function listMissing(keys: Iterable<string>, isPresent: (tree: Tree, key: string) => boolean): string[] {
  const unique = [...new Set(keys)].sort();
  return LANGUAGES.flatMap((language) =>
    unique.filter((key) => !isPresent(common[language] ?? {}, key)).map((key) => `${language}: ${key}`),
  );
}

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const sources = listSourceFiles(srcDir).map((file) => ({
  file: path.relative(root, file),
  code: readFileSync(file, 'utf8'),
}));

/** Every match of a regular expression's first group, with the file it is in. */
function collect(pattern: RegExp): { file: string; found: string }[] {
  return sources.flatMap(({ file, code }) =>
    [...code.matchAll(pattern)].map((match) => ({ file, found: match[1] ?? '' })),
  );
}

/** Keys in the common namespace only: an explicit `questionnaire:` namespace is not ours to check here. */
const inCommon = (key: string) => !key.includes(':') || key.startsWith('common:');
const withoutNamespace = (key: string) => key.replace(/^common:/, '');

/** `t('a.b')`, `t("a.b")` and `t(`a.b`)` (no interpolation); `tc(`, `format(` and the like do not match. */
const literalKeys = [
  ...collect(/(?<![\w$])t\(\s*'([^'\n]+)'/g),
  ...collect(/(?<![\w$])t\(\s*"([^"\n]+)"/g),
  ...collect(/(?<![\w$])t\(\s*`([^`$\n]+)`/g),
]
  .filter(({ found }) => inCommon(found))
  .map(({ file, found }) => ({ file, key: withoutNamespace(found) }));

/** The static part of `t(`prefix.${...}`)`, up to its last complete segment. */
const templatePrefixes = collect(/(?<![\w$])t\(\s*`([^`$\n]*)\$\{/g)
  .filter(({ found }) => inCommon(found))
  .map(({ file, found }) => ({ file, prefix: withoutNamespace(found).replace(/\.?[^.]*$/, '') }));

/** Locale keys passed around as values (zod messages, form errors), found by their quoted prefix. */
const errorKeys = collect(/['"`]((?:profile\.errors|list\.errors|errors)\.[\w-]+(?:\.[\w-]+)*)['"`]/g);

test('the scan of src finds the translation keys used in code', () => {
  const files = new Set(literalKeys.map(({ file }) => file));

  expect(sources.length).toBeGreaterThan(20);
  expect(files.size).toBeGreaterThan(10);
  expect(literalKeys.length).toBeGreaterThan(100);
  expect(templatePrefixes.length).toBeGreaterThan(5);
  expect(errorKeys.length).toBeGreaterThan(20);
});

test('every literal key in t() exists in common.json in both languages', () => {
  const missing = listMissing(
    literalKeys.map(({ key }) => key),
    hasString,
  );
  const where = missing.map((entry) => {
    const key = entry.slice(entry.indexOf(' ') + 1);
    return `${entry} (${[...new Set(literalKeys.filter((use) => use.key === key).map((use) => use.file))].join(', ')})`;
  });

  expect(missing, `missing translation keys:\n${where.join('\n')}`).toEqual([]);
});

test('the static prefix of every template key in t() is a group of keys in both languages', () => {
  const prefixes = templatePrefixes.map(({ prefix }) => prefix).filter((prefix) => prefix !== '');
  const missing = listMissing(prefixes, (tree, prefix) => isTree(lookup(tree, prefix)));

  expect(missing, `missing key groups:\n${missing.join('\n')}`).toEqual([]);
});

test('every error key used as a message in src exists in both languages', () => {
  const missing = listMissing(
    errorKeys.map(({ found }) => found),
    hasString,
  );

  expect(missing, `missing error messages:\n${missing.join('\n')}`).toEqual([]);
});

test('every value shown through a template key has its label in both languages', () => {
  const provisions = Object.keys(legalReferenceSchema.shape).filter((part) => part !== 'documentId');
  const documentStatuses = legalDocumentSchema.shape.status.options.filter((status) => status !== 'in-force');
  const sectionStatuses = [
    statusOf({ answered: 0, total: 1 }),
    statusOf({ answered: 1, total: 2 }),
    statusOf({ answered: 1, total: 1 }),
  ];
  const systemFields = Object.keys(emptySystemDraft('s')).filter((field) => field !== 'id');
  const keys = [
    ...UNIT_TYPES.flatMap((type) => [`unitTypes.${type}.name`, `unitTypes.${type}.hint`]),
    ...PROVINCE_IDS.map((id) => `provinces.${id}`),
    ...PERIOD_PARTS.flatMap((part) => [`periodParts.${part}`, `periodLabels.${part}`]),
    ...sectionStatuses.map((status) => `status.${status}`),
    ...YES_PARTLY_NO.map((choice) => `scales.yes-partly-no.${choice}`),
    ...COVERAGE_LEVELS.map((choice) => `scales.coverage.${choice}`),
    ...SPECIAL_RESPONSES.map((response) => `answers.${response}`),
    ...provisions.map((part) => `legal.provision.${part}`),
    ...documentStatuses.map((status) => `legal.status.${status}`),
    ...systemFields.map((field) => `inventory.fields.${field}`),
    ...Object.keys(emptyDraft().evidence).map((field) => `evidence.${field}`),
  ];
  const missing = listMissing(keys, hasString);

  expect(missing, `missing labels:\n${missing.join('\n')}`).toEqual([]);
});
