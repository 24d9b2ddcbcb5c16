#!/usr/bin/env node
// Writes a generated collection of assessment files (issue 12) to a folder, for the import benchmark and for trying
// the collection screens by hand:
//
//   node scripts/generate-collection.mjs --count 3321 --out /tmp/national [--seed 1] [--old-share 0.1] [--zip]
//
// --zip also writes FOLDER.zip (beside the folder) holding every file. Other options: --nfd-share, --incomplete-share, --trend-share, --upgraded-share (shares, 0 to 1); --identical N,
// --reexported N, --updated N, --diverging N (variants of N assessments, see generate-collection.ts); --manifest
// FILE (what each file is: unit, period, content version, NFD, variant; kept out of the folder so that importing the
// folder reads only assessment files); --force (first remove the egov-readiness-*.json files already there).
//
// The generator is TypeScript and uses the app's own export code; Node 20 cannot run TypeScript, so Vite's
// `runnerImport` compiles and loads it (without the project's Vite config: no plugin is needed).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { runnerImport } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'old-share': { type: 'string' },
    'nfd-share': { type: 'string' },
    'incomplete-share': { type: 'string' },
    'trend-share': { type: 'string' },
    'upgraded-share': { type: 'string' },
    identical: { type: 'string' },
    reexported: { type: 'string' },
    updated: { type: 'string' },
    diverging: { type: 'string' },
    manifest: { type: 'string' },
    zip: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});

function fail(message) {
  console.error(`generate-collection: ${message}`);
  process.exit(1);
}

function number(name, { integer = false, share = false } = {}) {
  const text = values[name];
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < 0 || (share && value > 1)) {
    fail(`--${name} ${text}: expected ${share ? 'a share from 0 to 1' : 'a whole number, 0 or more'}`);
  }
  return value;
}

if (values.count === undefined || values.out === undefined) {
  fail('usage: node scripts/generate-collection.mjs --count N --out FOLDER [--seed 1] [--old-share 0.1] [--zip]');
}
const out = path.resolve(values.out);
const options = {
  count: number('count', { integer: true }),
  seed: number('seed', { integer: true }),
  oldShare: number('old-share', { share: true }),
  nfdShare: number('nfd-share', { share: true }),
  incompleteShare: number('incomplete-share', { share: true }),
  trendShare: number('trend-share', { share: true }),
  upgradedShare: number('upgraded-share', { share: true }),
  variants: Object.fromEntries(
    ['identical', 'reexported', 'updated', 'diverging']
      .map((kind) => [kind, number(kind, { integer: true })])
      .filter(([, count]) => count !== undefined),
  ),
};

await mkdir(out, { recursive: true });
const present = (await readdir(out)).filter((name) => /^egov-readiness-.*\.json$/.test(name));
if (present.length > 0) {
  if (!values.force) fail(`${out} already holds ${present.length} generated files: pass --force to replace them`);
  await Promise.all(present.map((name) => rm(path.join(out, name))));
}

let started = performance.now();
const { module } = await runnerImport(path.join(root, 'tests/fixtures/collection/generate-collection.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
const loadMs = performance.now() - started;

started = performance.now();
const files = module.generateCollection(options);
const generateMs = performance.now() - started;

started = performance.now();
const encoder = new TextEncoder();
const contents = files.map((file) => encoder.encode(file.text));
await Promise.all(files.map((file, index) => writeFile(path.join(out, file.name), contents[index])));
const writeMs = performance.now() - started;
const totalBytes = contents.reduce((sum, bytes) => sum + bytes.byteLength, 0);

const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const counted = (test) => files.filter((file) => test(file.meta)).length;

console.log(
  `${files.length} files in ${out}: ${megabytes(totalBytes)}, ${Math.round(totalBytes / files.length / 1024)} kB on average`,
);
console.log(
  `  content 1.1.0: ${counted((m) => m.contentVersion === '1.1.0')}, upgraded on the device: ${counted((m) => m.upgradedFrom !== undefined && m.contentVersion === '2.0.0')}, ` +
    `NFD: ${counted((m) => m.text !== 'nfc')}, incomplete: ${counted((m) => m.answeredCount < m.questionCount)}, ` +
    `second period of a unit: ${counted((m) => m.trendOf !== undefined)}, variants: ${counted((m) => m.variant !== undefined)}`,
);
console.log(
  `  load generator ${seconds(loadMs)}, generate ${seconds(generateMs)} (${(generateMs / files.length).toFixed(2)} ms a file), write ${seconds(writeMs)}`,
);

if (values.zip) {
  started = performance.now();
  const zip = zipSync(Object.fromEntries(files.map((file, index) => [file.name, contents[index]])), { level: 6 });
  // Beside the folder, not in it: importing the folder must not read every assessment twice.
  const zipPath = `${out}.zip`;
  await writeFile(zipPath, zip);
  console.log(`  ZIP ${zipPath}: ${megabytes(zip.byteLength)}, made in ${seconds(performance.now() - started)}`);
}

if (values.manifest !== undefined) {
  const manifest = files.map((file) => ({
    name: file.name,
    bytes: encoder.encode(file.text).byteLength,
    ...file.meta,
  }));
  await writeFile(path.resolve(values.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`  manifest ${path.resolve(values.manifest)}`);
}
