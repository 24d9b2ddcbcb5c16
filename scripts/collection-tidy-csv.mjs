#!/usr/bin/env node
// Writes the tidy answers CSV of a folder of assessment files (issue 12), as the collection screen's
// "tidy answers (CSV)" export writes it: one row per assessment × applicable question, with the same columns, codes,
// points and answer texts (docs/collection-analysis.md gives the schema and the worked example).
//
//   node scripts/collection-tidy-csv.mjs --in /tmp/coll --out /tmp/coll-tidy.csv [--language vi|en] [--without-assessor-names]
//     [--today 2026-12-01]
//
// Each file goes through the app's own import checks and content upgrade (`collection/import/parse-received.ts`);
// a rejected file is reported and skipped. The app's TypeScript is loaded with Vite's `runnerImport`, as
// scripts/generate-collection.mjs does. An assessment received in several files is written once (its latest export).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    language: { type: 'string', default: 'vi' },
    today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    'without-assessor-names': { type: 'boolean', default: false },
  },
});
if (!values.in || !values.out || !['vi', 'en'].includes(values.language)) {
  console.error('usage: node scripts/collection-tidy-csv.mjs --in FOLDER --out FILE.csv [--language vi|en]');
  process.exit(1);
}

const load = async (file) =>
  (await runnerImport(path.join(root, file), { root, configFile: false, logLevel: 'error' })).module;
let started = performance.now();
const [{ parseReceivedFile }, { digestEntry }, { tidyTable }, { writeCsvBlob }, { questionnaire }, words, format] =
  await Promise.all([
    load('src/collection/import/parse-received.ts'),
    load('src/collection/digest.ts'),
    load('src/collection/export/tidy-table.ts'),
    load('src/collection/export/csv-blob.ts'),
    load('src/questionnaire/questionnaire.ts'),
    load('src/screens/results/describe-answer.ts'),
    load('src/i18n/format.ts'),
  ]);
const loadMs = performance.now() - started;

// The answer texts: the results screen's `describeAnswer` over the locale files, with i18next's interpolation and
// plurals written out (the app's texts need no more than that).
async function localeOf(language, pattern) {
  const folder = path.join(root, 'locales', language);
  const files = (await readdir(folder)).filter((name) => pattern.test(name));
  const merged = {};
  for (const name of files) Object.assign(merged, JSON.parse(await readFile(path.join(folder, name), 'utf8')));
  return merged;
}
function translator(resources, language) {
  const plural = new Intl.PluralRules(language === 'vi' ? 'vi-VN' : 'en-GB');
  const lookup = (key) => key.split('.').reduce((node, part) => node?.[part], resources);
  return (key, options = {}) => {
    let text =
      typeof options.count === 'number'
        ? (lookup(`${key}_${plural.select(options.count)}`) ?? lookup(`${key}_other`))
        : undefined;
    text ??= lookup(key) ?? options.defaultValue ?? key;
    return String(text).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(options[name] ?? ''));
  };
}
const t = translator(await localeOf(values.language, /^(common|screen-.*)\.json$/), values.language);
const tc = translator(await localeOf(values.language, /^(questionnaire|questions-.*)\.json$/), values.language);
const formatter = format.createFormat(values.language);

started = performance.now();
const names = (await readdir(values.in)).filter((name) => name.endsWith('.json')).sort();
const byId = new Map();
let rejected = 0;
for (const [index, name] of names.entries()) {
  const bytes = new Uint8Array(await readFile(path.join(values.in, name)));
  const parsed = await parseReceivedFile(index, name, bytes, new Date().toISOString(), digestEntry);
  if (!parsed.ok) {
    rejected += 1;
    console.error(`  ${name}: refused (${parsed.error.code})`);
    continue;
  }
  for (const { entry, receipt } of parsed.items) {
    const held = byId.get(entry.assessment.id);
    if (!held || held.receipt.exportedAt < receipt.exportedAt) {
      byId.set(entry.assessment.id, { id: entry.assessment.id, entry, receipt, history: [] });
    }
  }
}
const received = [...byId.values()];
const readMs = performance.now() - started;

started = performance.now();
const table = tidyTable(received, {
  questionnaire,
  today: values.today,
  withoutAssessorNames: values['without-assessor-names'],
  describe: (question, answer) => words.describeAnswer(t, tc, formatter, question, answer),
});
const blob = await writeCsvBlob(table);
await writeFile(path.resolve(values.out), new Uint8Array(await blob.arrayBuffer()));
const writeMs = performance.now() - started;

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `${received.length} assessments from ${names.length} files (${rejected} refused) → ${path.resolve(values.out)}: ` +
    `${table.rowCount} rows, ${(blob.size / 1024 / 1024).toFixed(1)} MB`,
);
console.log(`  load code ${seconds(loadMs)}, read and check files ${seconds(readMs)}, tidy CSV ${seconds(writeMs)}`);
