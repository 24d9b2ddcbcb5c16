import { questionnaire } from '../questionnaire/questionnaire';
import { FORMAT_VERSION, MAX_FILE_BYTES, MAX_NESTING_DEPTH } from './file-format';
import {
  formatPath,
  isNewerVersion,
  parseAssessmentBytes,
  parseAssessmentFile,
  type ParseFileResult,
} from './parse-file';
import { sampleEntry, sampleFile } from './sample-file.test-support';
import { canonicalFile, serializeAssessmentFile, utf8Length } from './serialize';

const validText = () => serializeAssessmentFile(sampleFile());

function parse(text: string): ParseFileResult {
  return parseAssessmentFile(text, utf8Length(text));
}

/** The sample file as a plain object, changed by `edit`, back to text. */
function edited(edit: (file: Record<string, unknown> & { assessments: Record<string, unknown>[] }) => void): string {
  const file = JSON.parse(validText()) as Record<string, unknown> & { assessments: Record<string, unknown>[] };
  edit(file);
  return JSON.stringify(file, null, 2);
}

function errorOf(result: ParseFileResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

// Answers are sorted by question id: 0 capacity-obstacles, 1 security-drills, 2 security-system-inventory,
// 3 services-dossier-digitisation, 4 services-national-portal, 5 signatures-officials-equipped.

test('a valid file parses, with no warnings', () => {
  const result = parse(validText());
  expect(result.ok && result.warnings).toEqual([]);
  expect(result.ok && result.file).toEqual(canonicalFile(sampleFile()));
});

test('a byte-order mark at the start is ignored', () => {
  expect(parse(`\uFEFF${validText()}`).ok).toBe(true);
});

test.each([
  ['an empty file', ''],
  ['white space only', ' \n\t\r\n'],
  ['a byte-order mark only', '\uFEFF'],
])('%s is "empty"', (_name, text) => {
  expect(errorOf(parse(text)).code).toBe('empty');
});

test('a file over the size limit is refused before it is parsed, by its size or its length', () => {
  expect(errorOf(parseAssessmentFile(validText(), MAX_FILE_BYTES + 1))).toEqual({
    code: 'too-large',
    params: { maxMegabytes: 20 },
  });
  const huge = `${validText()}${' '.repeat(MAX_FILE_BYTES)}`;
  expect(errorOf(parseAssessmentFile(huge, 10)).code).toBe('too-large');
});

test('a file cut off anywhere is "truncated"', () => {
  const text = validText();
  for (const length of [1, 10, 100, Math.floor(text.length / 2), text.length - 3]) {
    expect(errorOf(parse(text.slice(0, length))).code, `cut at ${length}`).toBe('truncated');
  }
});

test.each([
  ['a trailing comma', '{"format": "egov-readiness",}'],
  ['single quotes', "{'format': 'egov-readiness'}"],
  ['a comment', '{"format": "egov-readiness" /* v1 */}'],
  ['two documents', '{}{}'],
  ['a closing bracket too many', '{"a": 1}}'],
  ['plain text', 'Báo cáo tự đánh giá'],
])('%s is "not-json"', (_name, text) => {
  expect(errorOf(parse(text)).code).toBe('not-json');
});

test('nesting deeper than the limit is refused without parsing, even 100 000 levels deep', () => {
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  expect(errorOf(parse(deep(100_000)))).toEqual({ code: 'too-deep', params: { maxDepth: MAX_NESTING_DEPTH } });
  expect(errorOf(parse(`{"a": ${'{"b": '.repeat(MAX_NESTING_DEPTH)}1${'}'.repeat(MAX_NESTING_DEPTH)}}`)).code).toBe(
    'too-deep',
  );
  // At the limit it is ordinary JSON (not our format).
  expect(errorOf(parse(deep(MAX_NESTING_DEPTH))).code).toBe('not-our-format');
});

test('brackets inside strings do not count as nesting', () => {
  const text = edited((file) => {
    const entry = file.assessments[0] as { answers: { note?: string }[] };
    entry.answers[0]!.note = '[[[[{{{{'.repeat(50);
  });
  expect(parse(text).ok).toBe(true);
});

test.each(['__proto__', 'constructor', 'prototype'])('a key "%s" anywhere is refused, and pollutes nothing', (key) => {
  const text = validText().replace(
    '"questionId": "services-national-portal",',
    `"questionId": "services-national-portal", "${key}": { "polluted": true, "isAdmin": true },`,
  );
  expect(errorOf(parse(text))).toEqual({
    code: 'forbidden-key',
    params: { key, path: `assessments[0].answers[4].${key}` },
  });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

test('a forbidden key at the top of the file is refused too', () => {
  expect(errorOf(parse('{"__proto__": {"format": "egov-readiness"}}')).code).toBe('forbidden-key');
});

test.each([
  ['an array', '[1, 2, 3]'],
  ['a string', '"egov-readiness"'],
  ['null', 'null'],
  ['another JSON file', '{"name": "egov-readiness", "version": "0.1.0"}'],
  ['another format', '{"format": "other-app", "formatVersion": 1}'],
])('%s is "not-our-format"', (_name, text) => {
  expect(errorOf(parse(text)).code).toBe('not-our-format');
});

test('a newer format version says so, whatever else the file holds', () => {
  const text = edited((file) => {
    file.formatVersion = FORMAT_VERSION + 1;
    file.newField = { 'something we do not know': true };
  });
  expect(errorOf(parse(text))).toEqual({
    code: 'newer-version',
    params: { version: FORMAT_VERSION + 1, supportedVersion: FORMAT_VERSION },
  });
});

test.each([0, -1, 1.5, '1', null])('format version %j is invalid', (formatVersion) => {
  const text = edited((file) => {
    file.formatVersion = formatVersion;
  });
  expect(errorOf(parse(text))).toMatchObject({ code: 'invalid', params: { path: 'formatVersion' } });
});

test.each([
  ['a NUL', 'Ghi chú\u0000'],
  ['an escape character', '\u001b[31mđỏ'],
  ['a vertical tab', 'dòng 1\u000bdòng 2'],
  ['a C1 control', 'x\u0085y'],
  ['an unpaired surrogate', 'x\ud800y'],
])('%s in a text is "bad-characters"', (_name, note) => {
  const text = edited((file) => {
    const entry = file.assessments[0] as { answers: { note?: string }[] };
    entry.answers[0]!.note = note;
  });
  expect(errorOf(parse(text))).toEqual({ code: 'bad-characters', params: { path: 'assessments[0].answers[0].note' } });
});

test('tabs, line breaks, emoji and markup are ordinary text', () => {
  const note = 'Dòng 1\r\nDòng 2\tcột 👍 <b>đậm</b> <script>alert("x")</script> {{constructor}} =SUM(A1)';
  const text = edited((file) => {
    const entry = file.assessments[0] as { answers: { note?: string }[] };
    entry.answers[0]!.note = note;
  });
  const result = parse(text);
  expect(result.ok && result.file.assessments[0]?.answers[0]?.note).toBe(note);
});

test.each<
  [string, (file: Record<string, unknown> & { assessments: Record<string, unknown>[] }) => void, string, string]
>([
  [
    'a percentage given as text',
    (file) => {
      const entry = file.assessments[0] as { answers: { response?: { value?: { percent?: unknown } } }[] };
      entry.answers[3]!.response!.value!.percent = '87.5';
    },
    'assessments[0].answers[3].response.value.percent',
    'invalid_type',
  ],
  [
    'the period year given as text (the form would coerce it; a file must not rely on that)',
    (file) => {
      const entry = file.assessments[0] as { assessment: { profile: { periodYear: unknown } } };
      entry.assessment.profile.periodYear = '2026';
    },
    'assessments[0].assessment.profile.periodYear',
    'invalid_type',
  ],
  [
    'an unknown key deep inside',
    (file) => {
      const entry = file.assessments[0] as { answers: { evidence?: Record<string, unknown> }[] };
      entry.answers[4]!.evidence!.isVerified = true;
    },
    'assessments[0].answers[4].evidence.isVerified',
    'unrecognized_keys',
  ],
  [
    'an unknown key at the top',
    (file) => {
      file.signature = 'abc';
    },
    'signature',
    'unrecognized_keys',
  ],
  [
    'a deleted assessment (deletedAt is device-only)',
    (file) => {
      const entry = file.assessments[0] as { assessment: Record<string, unknown> };
      entry.assessment.deletedAt = '2026-06-03T09:45:12.345Z';
    },
    'assessments[0].assessment.deletedAt',
    'unrecognized_keys',
  ],
  [
    'a missing timestamp',
    (file) => {
      const entry = file.assessments[0] as { planItems: Record<string, unknown>[] };
      delete entry.planItems[0]!.updatedAt;
    },
    'assessments[0].planItems[0].updatedAt',
    'invalid_type',
  ],
  [
    'an unknown status',
    (file) => {
      const entry = file.assessments[0] as { planItems: Record<string, unknown>[] };
      entry.planItems[0]!.status = 'cancelled';
    },
    'assessments[0].planItems[0].status',
    'invalid_value',
  ],
  [
    'a note over 2,000 characters',
    (file) => {
      const entry = file.assessments[0] as { answers: { note?: string }[] };
      entry.answers[0]!.note = 'ệ'.repeat(2001);
    },
    'assessments[0].answers[0].note',
    'too_big',
  ],
  [
    'a count with part above whole',
    (file) => {
      const entry = file.assessments[0] as { answers: { response?: { value?: { part?: number } } }[] };
      entry.answers[5]!.response!.value!.part = 99;
    },
    'assessments[0].answers[5].response.value.part',
    'custom',
  ],
  [
    'a null where a text may be missing',
    (file) => {
      const entry = file.assessments[0] as { assessment: Record<string, unknown> };
      entry.assessment.title = null;
    },
    'assessments[0].assessment.title',
    'invalid_type',
  ],
  [
    'two assessments in an "assessment" file',
    (file) => {
      file.assessments.push(file.assessments[0]!);
    },
    'assessments',
    'one-assessment-expected',
  ],
  [
    'the same assessment twice in a backup',
    (file) => {
      file.kind = 'backup';
      file.assessments.push(file.assessments[0]!);
    },
    'assessments[1].assessment.id',
    'duplicate',
  ],
  [
    'two answers to one question',
    (file) => {
      const entry = file.assessments[0] as { answers: unknown[] };
      entry.answers.push(entry.answers[0]);
    },
    'assessments[0].answers[6].questionId',
    'duplicate',
  ],
])('%s is "invalid" at its path', (_name, edit, path, issue) => {
  expect(errorOf(parse(edited(edit)))).toEqual({ code: 'invalid', params: { path, issue } });
});

test('an assessment of another questionnaire is refused', () => {
  const file = sampleFile([sampleEntry(undefined, { questionnaireId: 'other-questionnaire' })]);
  expect(errorOf(parse(JSON.stringify(file)))).toEqual({
    code: 'other-questionnaire',
    params: { questionnaireId: 'other-questionnaire' },
  });
});

test('answers this questionnaire does not know are kept, with a warning', () => {
  const text = edited((file) => {
    const entry = file.assessments[0] as { answers: Record<string, unknown>[] };
    entry.answers.push({
      questionId: 'services-ai-chatbot',
      response: { kind: 'dont-know' },
      updatedAt: '2026-05-12T01:29:00.000Z',
    });
    // A value of another type than the question's (the content changed since).
    entry.answers[0] = { ...entry.answers[0], response: { kind: 'value', value: { type: 'percentage', percent: 50 } } };
  });
  const result = parse(text);
  expect(result.ok && result.warnings).toEqual([{ code: 'unknown-answers', params: { count: 2 } }]);
  expect(result.ok && result.file.assessments[0]?.answers.map((answer) => answer.questionId)).toContain(
    'services-ai-chatbot',
  );
});

test('a newer questionnaire version gives a warning with the newest version', () => {
  const file = sampleFile([sampleEntry(undefined, { questionnaireVersion: '2.10.0' })]);
  const result = parse(JSON.stringify({ ...file, app: { ...file.app, questionnaireVersion: '1.2.0' } }));
  expect(result.ok && result.warnings).toEqual([
    { code: 'newer-questionnaire', params: { version: '2.10.0', appVersion: questionnaire.version } },
  ]);
});

test('texts are read as NFC and trimmed', () => {
  const text = edited((file) => {
    const entry = file.assessments[0] as { assessment: { title: string } };
    entry.assessment.title = '  Đánh giá lần thứ nhất  '.normalize('NFD');
  });
  const result = parse(text);
  expect(result.ok && result.file.assessments[0]?.assessment.title).toBe('Đánh giá lần thứ nhất'.normalize('NFC'));
});

test('bytes that are not UTF-8 (a Windows-1258 file) are "not-utf8"; UTF-8 bytes with a BOM parse', () => {
  const latin = Uint8Array.from(
    [...'{"format": "egov-readiness", "title": "S'].map((c) => c.charCodeAt(0)).concat([0xf5]),
  );
  expect(errorOf(parseAssessmentBytes(latin)).code).toBe('not-utf8');
  const utf8 = new TextEncoder().encode(`\uFEFF${validText()}`);
  expect(parseAssessmentBytes(Uint8Array.from(utf8)).ok).toBe(true);
  expect(errorOf(parseAssessmentBytes(new Uint8Array(MAX_FILE_BYTES + 1))).code).toBe('too-large');
});

test('paths read like code', () => {
  expect(formatPath([])).toBe('(root)');
  expect(formatPath(['assessments', 0, 'answers', 12, 'note'])).toBe('assessments[0].answers[12].note');
});

test.each([
  ['1.2.0', '1.1.0', true],
  ['1.10.0', '1.9.9', true],
  ['2.0.0', '1.99.99', true],
  ['1.1.0', '1.1.0', false],
  ['1.0.9', '1.1.0', false],
  ['next', '1.1.0', false],
])('%s is newer than %s: %s', (a, b, expected) => {
  expect(isNewerVersion(a, b)).toBe(expected);
});
