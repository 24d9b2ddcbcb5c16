import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { FORMAT_VERSION } from './file-format';
import { buildFileJsonSchema } from './json-schema';
import { parseAssessmentFile } from './parse-file';
import { utf8Length } from './serialize';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../docs/file-format.schema.json');

/** The schema as the file should hold it: JSON formatted by the project's Prettier settings. */
async function expectedText(): Promise<string> {
  const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
  return prettier.format(JSON.stringify(buildFileJsonSchema()), { ...options, filepath: SCHEMA_FILE });
}

test('docs/file-format.schema.json is generated from the zod schemas and up to date', async () => {
  const expected = await expectedText();
  if (process.env.UPDATE_FILE_FORMAT_SCHEMA === '1') writeFileSync(SCHEMA_FILE, expected);
  let actual = '';
  try {
    actual = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // Missing: reported below.
  }
  expect(
    actual,
    'docs/file-format.schema.json is stale: run `UPDATE_FILE_FORMAT_SCHEMA=1 npx vitest run src/exchange/json-schema.test.ts`',
  ).toBe(expected);
});

/** Every object schema inside a JSON Schema, however nested. */
function objectSchemas(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(objectSchemas);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = record.type === 'object' ? [record] : [];
  return [...own, ...Object.values(record).flatMap(objectSchemas)];
}

test('the JSON Schema closes every object to unknown keys, as the reader does', () => {
  const objects = objectSchemas(buildFileJsonSchema());
  expect(objects.length).toBeGreaterThan(20);
  expect(objects.filter((object) => object.additionalProperties !== false)).toEqual([]);
});

test('the JSON Schema names the format and its version', () => {
  const schema = buildFileJsonSchema() as { properties: Record<string, { const?: unknown }>; required: string[] };
  expect(schema.properties.format?.const).toBe('egov-readiness');
  expect(schema.properties.formatVersion?.const).toBe(FORMAT_VERSION);
  expect(schema.required).toEqual(
    expect.arrayContaining(['format', 'formatVersion', 'exportedAt', 'app', 'kind', 'assessments']),
  );
});

test('the example in docs/file-format.md is a file the app reads, in the current version', () => {
  const documentation = readFileSync(path.resolve(import.meta.dirname, '../../docs/file-format.md'), 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(documentation)?.[1] ?? '';
  const result = parseAssessmentFile(example, utf8Length(example));
  expect(result.ok ? result.file.formatVersion : result.error).toBe(FORMAT_VERSION);
  expect(result.ok && result.file.assessments[0]?.systemSecurity?.length).toBe(1);
});
