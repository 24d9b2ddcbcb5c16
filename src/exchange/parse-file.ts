/**
 * Reads an assessment file chosen by the user, checking everything before anything is written. The checks run from
 * cheapest to dearest, and each refusal is one code (a locale key under `exchange.errors.*`) with its parameters:
 *
 * 1. `too-large`: over MAX_FILE_BYTES (the screen should also check `File.size` before reading the file at all).
 *    `not-utf8` (from `parseAssessmentBytes` only): the bytes are not UTF-8, e.g. a file re-saved in Windows-1258 or
 *    a legacy Vietnamese encoding (TCVN3, VNI); decoding would silently turn its letters into "�".
 * 2. `empty`: nothing but white space (a UTF-8 byte-order mark at the start is ignored).
 * 3. `too-deep`: objects and arrays nested deeper than MAX_NESTING_DEPTH, found by a linear scan before parsing.
 * 4. `truncated` (brackets or a string left open: the file was cut off) or `not-json` (any other syntax error).
 * 5. `forbidden-key`: a key `__proto__`, `constructor` or `prototype` anywhere. `JSON.parse` makes them plain own
 *    properties (no prototype is touched), and the file is refused before any other code sees them.
 * 6. `not-our-format`: not an object with `"format": "egov-readiness"`.
 * 7. `newer-version`: `formatVersion` above FORMAT_VERSION ("this file was made by a newer version").
 * 8. `bad-characters`: a control character or unpaired surrogate in a text (see `text-rules.ts`).
 * 9. `invalid`: the schema refuses it (wrong type, missing field, unknown key, value out of range, duplicate; a key
 *    of a newer format version in an older file, such as `systemSecurity` in a version 2 file); `path` says where,
 *    `issue` what.
 * 10. `other-questionnaire`: an assessment answers another questionnaire than this app's.
 *
 * Files of older format versions are read as the current one: version 1 and 2 files hold no workbench records.
 * Assessments answered under an older content version are upgraded first, as on the device (`upgrade/`), and the
 * result is what the checks see. A valid file may still carry warnings: answers this version of the questionnaire
 * does not know (kept, shown nowhere, exported again), a questionnaire version newer than the app's, and how many
 * assessments were upgraded.
 *
 * Markup such as `<script>` in a text is not an error: it is data, kept verbatim and shown as text.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Questionnaire } from '../questionnaire/content-schema';
import { questionnaire as appQuestionnaire } from '../questionnaire/questionnaire';
import {
  assessmentFileSchema,
  DUPLICATE_ISSUE,
  FILE_FORMAT,
  FORMAT_VERSION,
  MAX_FILE_BYTES,
  OLDEST_FORMAT_VERSION,
  MAX_NESTING_DEPTH,
  ONE_ASSESSMENT_ISSUE,
  type AssessmentFile,
} from './file-format';
import { findBadCharacter, mapStrings } from './text-rules';
import { upgradeRecords } from '../questionnaire/upgrade/upgrade-records';

export const FILE_ERROR_CODES = [
  'too-large',
  'not-utf8',
  'empty',
  'too-deep',
  'truncated',
  'not-json',
  'forbidden-key',
  'not-our-format',
  'newer-version',
  'bad-characters',
  'invalid',
  'other-questionnaire',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

export const FILE_WARNING_CODES = ['unknown-answers', 'newer-questionnaire', 'upgraded-content'] as const;
export type FileWarningCode = (typeof FILE_WARNING_CODES)[number];

export type MessageParams = Record<string, string | number>;

export interface FileError {
  code: FileErrorCode;
  params: MessageParams;
}

export interface FileWarning {
  code: FileWarningCode;
  params: MessageParams;
}

export type ParseFileResult =
  { ok: true; file: AssessmentFile; warnings: FileWarning[] } | { ok: false; error: FileError };

/** Keys refused anywhere in a file: they are how prototype pollution gets in. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const BYTE_ORDER_MARK = '\uFEFF';

type Path = readonly (string | number)[];

/** `assessments[0].answers[3].note`: where in the file, for the message and for support. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? '(root)' : text;
}

function fail(code: FileErrorCode, params: MessageParams = {}): ParseFileResult {
  return { ok: false, error: { code, params } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Nesting depth and whether the text ends inside a string or an open bracket, in one pass without recursion. */
function scanStructure(text: string): { tooDeep: boolean; unterminated: boolean } {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c /* \ */) index += 1;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      depth += 1;
      if (depth > MAX_NESTING_DEPTH) return { tooDeep: true, unterminated: false };
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      depth -= 1;
    }
  }
  return { tooDeep: false, unterminated: inString || depth > 0 };
}

/** Visits every value (depth-first, without recursion) until `visit` returns a result. */
function findInTree<T>(root: unknown, visit: (value: unknown, path: Path) => T | undefined): T | undefined {
  const stack: { value: unknown; path: Path }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    const found = visit(value, path);
    if (found !== undefined) return found;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        stack.push({ value: value[index], path: [...path, index] });
      }
    } else if (isPlainObject(value)) {
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        const key = keys[index]!;
        stack.push({ value: value[key], path: [...path, key] });
      }
    }
  }
  return undefined;
}

function findForbiddenKey(root: unknown): { key: string; path: string } | undefined {
  return findInTree(root, (value, path) => {
    if (!isPlainObject(value)) return undefined;
    const key = Object.keys(value).find((candidate) => FORBIDDEN_KEYS.has(candidate));
    return key === undefined ? undefined : { key, path: formatPath([...path, key]) };
  });
}

function findBadText(root: unknown): string | undefined {
  return findInTree(root, (value, path) =>
    typeof value === 'string' && findBadCharacter(value) !== -1 ? formatPath(path) : undefined,
  );
}

/**
 * The schemas reused from storage drop unknown keys and coerce the period year; a file must not rely on either.
 * Compares the input with what the schema made of it and returns the first key dropped or value whose JSON type
 * changed.
 */
function findAltered(input: unknown, output: unknown, path: Path = []): { path: Path; issue: string } | undefined {
  if (Array.isArray(input) && Array.isArray(output)) {
    for (let index = 0; index < input.length; index += 1) {
      const found = findAltered(input[index], output[index], [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (isPlainObject(input) && isPlainObject(output)) {
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(output, key)) return { path: [...path, key], issue: 'unrecognized_keys' };
      const found = findAltered(input[key], output[key], [...path, key]);
      if (found) return found;
    }
    return undefined;
  }
  const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
  return kind(input) === kind(output) ? undefined : { path, issue: 'invalid_type' };
}

function parseVersion(version: string): [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** Whether semantic version `a` is newer than `b`; false when either is not one. */
export function isNewerVersion(a: string, b: string): boolean {
  const [left, right] = [parseVersion(a), parseVersion(b)];
  if (!left || !right) return false;
  for (let index = 0; index < 3; index += 1) {
    if (left[index]! !== right[index]!) return left[index]! > right[index]!;
  }
  return false;
}

function collectWarnings(file: AssessmentFile, questionnaire: Questionnaire): FileWarning[] {
  // Answers to retired questions are known: they are kept and shown apart from the score.
  const questionTypes = new Map([
    ...questionnaire.sections.flatMap((section) => section.questions.map((q) => [q.id, q.type] as const)),
    ...questionnaire.retiredQuestions.map(({ question }) => [question.id, question.type] as const),
  ]);
  const unknown = file.assessments
    .flatMap((entry) => entry.answers)
    .filter((answer) => {
      const type = questionTypes.get(answer.questionId);
      if (type === undefined) return true;
      return answer.response?.kind === 'value' && answer.response.value.type !== type;
    }).length;
  const warnings: FileWarning[] = [];
  if (unknown > 0) warnings.push({ code: 'unknown-answers', params: { count: unknown } });
  const versions = [
    file.app.questionnaireVersion,
    ...file.assessments.map((entry) => entry.assessment.questionnaireVersion),
  ];
  const newest = versions
    .filter((version) => isNewerVersion(version, questionnaire.version))
    .sort((a, b) => (isNewerVersion(a, b) ? -1 : isNewerVersion(b, a) ? 1 : 0))[0];
  if (newest !== undefined) {
    warnings.push({ code: 'newer-questionnaire', params: { version: newest, appVersion: questionnaire.version } });
  }
  return warnings;
}

/**
 * Checks a whole file and returns it in memory, or says why not. Nothing is written anywhere.
 *
 * @param text the file's contents, decoded as UTF-8 (e.g. `await file.text()`)
 * @param sizeBytes the file's size in bytes (`file.size`)
 */
export function parseAssessmentFile(
  text: string,
  sizeBytes: number,
  questionnaire: Questionnaire = appQuestionnaire,
): ParseFileResult {
  // A UTF-8 text never has more UTF-16 units than bytes, so the length also catches a wrong size argument.
  if (sizeBytes > MAX_FILE_BYTES || text.length > MAX_FILE_BYTES) {
    return fail('too-large', { maxMegabytes: MAX_FILE_BYTES / (1024 * 1024) });
  }
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (body.trim() === '') return fail('empty');

  const structure = scanStructure(body);
  if (structure.tooDeep) return fail('too-deep', { maxDepth: MAX_NESTING_DEPTH });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return fail(structure.unterminated ? 'truncated' : 'not-json');
  }

  const forbidden = findForbiddenKey(parsed);
  if (forbidden) return fail('forbidden-key', forbidden);

  if (!isPlainObject(parsed) || parsed.format !== FILE_FORMAT) return fail('not-our-format');
  const { formatVersion } = parsed;
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > FORMAT_VERSION) {
    return fail('newer-version', { version: formatVersion, supportedVersion: FORMAT_VERSION });
  }

  const badText = findBadText(parsed);
  if (badText !== undefined) return fail('bad-characters', { path: badText });

  // Before the upgrade and the schema: a file of another questionnaire is refused for that, not for its answers'
  // shapes, which only our own content's versions explain.
  const foreignId = findForeignQuestionnaire(parsed, questionnaire.id);
  if (foreignId !== undefined) return fail('other-questionnaire', { questionnaireId: foreignId });

  const tooNew = findKeyOfNewerVersion(parsed);
  if (tooNew !== undefined) return fail('invalid', { path: tooNew, issue: 'unrecognized_keys' });

  const { file: normalised, upgraded } = upgradeContent(
    mapStrings(parsed, (value) => value.normalize('NFC')),
    questionnaire,
  );
  const result = assessmentFileSchema.safeParse(normalised);
  if (!result.success) {
    const [issue] = result.error.issues;
    const path: PropertyKey[] = [...(issue?.path ?? [])];
    if (issue?.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    const ours = issue?.code === 'custom' && [DUPLICATE_ISSUE, ONE_ASSESSMENT_ISSUE].includes(issue.message);
    const code = ours ? issue.message : (issue?.code ?? 'invalid');
    return fail('invalid', { path: formatPath(path), issue: code });
  }
  const altered = findAltered(normalised, result.data);
  if (altered) return fail('invalid', { path: formatPath(altered.path), issue: altered.issue });

  const other = result.data.assessments.find((entry) => entry.assessment.questionnaireId !== questionnaire.id);
  if (other) return fail('other-questionnaire', { questionnaireId: other.assessment.questionnaireId });

  const warnings = collectWarnings(result.data, questionnaire);
  if (upgraded.length > 0) {
    warnings.push({
      code: 'upgraded-content',
      params: { count: upgraded.length, from: [...new Set(upgraded)].sort().join(', '), to: questionnaire.version },
    });
  }
  return { ok: true, file: result.data, warnings };
}

/** Format versions read by converting them to the current one. */
function isOlderVersion(version: unknown): boolean {
  return (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version >= OLDEST_FORMAT_VERSION &&
    version < FORMAT_VERSION
  );
}

/** The keys each format version added to an entry: a file of an older version that holds one is not that version. */
const ENTRY_KEYS_SINCE: readonly { version: number; keys: readonly string[] }[] = [
  { version: 3, keys: ['systemSecurity', 'unitSecurity'] },
];

/**
 * The path of the first entry key newer than the file's version, e.g. `systemSecurity` in a version 2 file: refused
 * like any unknown key, rather than read (a version 2 reader would have refused it) or silently dropped.
 */
function findKeyOfNewerVersion(file: Record<string, unknown>): string | undefined {
  const version = file.formatVersion;
  if (!isOlderVersion(version) || !Array.isArray(file.assessments)) return undefined;
  const newer = ENTRY_KEYS_SINCE.filter((since) => since.version > (version as number)).flatMap((since) => since.keys);
  for (const [index, entry] of (file.assessments as unknown[]).entries()) {
    if (!isPlainObject(entry)) continue;
    const key = newer.find((candidate) => Object.hasOwn(entry, candidate));
    if (key !== undefined) return formatPath(['assessments', index, key]);
  }
  return undefined;
}

/** The first questionnaire id, other than ours, that an assessment of the (not yet checked) file names. */
function findForeignQuestionnaire(file: unknown, ourId: string): string | undefined {
  if (!isPlainObject(file) || !Array.isArray(file.assessments)) return undefined;
  for (const entry of file.assessments as unknown[]) {
    const id = isPlainObject(entry) && isPlainObject(entry.assessment) ? entry.assessment.questionnaireId : undefined;
    if (typeof id === 'string' && id !== ourId) return id;
  }
  return undefined;
}

/**
 * Carries every assessment of an older content version to the current one (`upgradeRecords`, as storage does on
 * the device), before the file is checked against today's schemas. Returns the versions of those it upgraded.
 */
function upgradeContent(file: unknown, questionnaire: Questionnaire): { file: unknown; upgraded: string[] } {
  if (!isPlainObject(file) || !Array.isArray(file.assessments)) return { file, upgraded: [] };
  const upgraded: string[] = [];
  const assessments = file.assessments.map((entry: unknown) => {
    if (!isPlainObject(entry) || !isPlainObject(entry.assessment)) return entry;
    if (!Array.isArray(entry.answers) || !Array.isArray(entry.planItems)) return entry;
    if (entry.assessment.questionnaireId !== questionnaire.id) return entry;
    const answers = entry.answers as unknown[];
    const planItems = entry.planItems as unknown[];
    if (![...answers, ...planItems].every(isPlainObject)) return entry;
    const result = upgradeRecords(
      {
        assessment: entry.assessment,
        answers: answers as Record<string, unknown>[],
        planItems: planItems as Record<string, unknown>[],
      },
      questionnaire,
    );
    if (!result.report) return entry;
    upgraded.push(result.report.from);
    return { ...entry, assessment: result.assessment, answers: result.answers, planItems: result.planItems };
  });
  // Format version 1 is content 1.x: once its assessments are upgraded, it is a version 2 file. A version 2 file is a
  // version 3 file without workbench records (`findKeyOfNewerVersion` made sure of it).
  const formatVersion = isOlderVersion(file.formatVersion) ? FORMAT_VERSION : file.formatVersion;
  return { file: { ...file, formatVersion, assessments }, upgraded };
}

/**
 * Reads a file's bytes (`new Uint8Array(await file.arrayBuffer())`) as strict UTF-8 and checks them. Prefer this to
 * `file.text()`, which turns bytes that are not UTF-8 into U+FFFD without a word.
 */
export function parseAssessmentBytes(
  bytes: Uint8Array,
  questionnaire: Questionnaire = appQuestionnaire,
): ParseFileResult {
  if (bytes.byteLength > MAX_FILE_BYTES) return fail('too-large', { maxMegabytes: MAX_FILE_BYTES / (1024 * 1024) });
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, where parseAssessmentFile skips it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail('not-utf8');
  }
  return parseAssessmentFile(text, bytes.byteLength, questionnaire);
}
