import fc from 'fast-check';
import type { Section } from '../questionnaire/content-schema';
import { questionnaire } from '../questionnaire/questionnaire';
import { MAX_FILE_BYTES, type FileEntry } from './file-format';
import { parseAssessmentFile } from './parse-file';
import { SAMPLE_ID, sampleEntry, sampleFile } from './sample-file.test-support';
import { buildAssessmentFile, canonicalFile, serializeAssessmentFile, serializeEntry, utf8Length } from './serialize';

function roundTrip(text: string): string {
  const result = parseAssessmentFile(text, utf8Length(text));
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return serializeAssessmentFile(result.file);
}

/** Reverses the key order of every object, deeply. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, item]) => [key, reverseKeys(item)]),
    );
  }
  return value;
}

test('the text is two-space indented JSON with a final newline, no byte-order mark, Vietnamese as itself', () => {
  const text = serializeAssessmentFile(sampleFile());
  expect(text.startsWith('{\n  "format": "egov-readiness",\n  "formatVersion": 3,\n  "exportedAt"')).toBe(true);
  expect(text.endsWith('}\n')).toBe(true);
  expect(text.endsWith('\n\n')).toBe(false);
  expect(text).not.toContain('\r');
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  expect(text).toContain('"unitName": "Ủy ban nhân dân xã Minh Châu"');
  expect(text).not.toMatch(/\\u[0-9a-f]{4}/i);
});

test('export, import, export gives the same bytes', () => {
  const text = serializeAssessmentFile(sampleFile());
  expect(roundTrip(text)).toBe(text);
  expect(roundTrip(roundTrip(text))).toBe(text);
});

test('key order and record order in the input do not matter', () => {
  const file = sampleFile();
  const shuffled = reverseKeys({
    ...file,
    assessments: file.assessments.map((entry) => ({
      ...entry,
      answers: [...entry.answers].reverse(),
      planItems: [...entry.planItems].reverse(),
    })),
  }) as typeof file;
  expect(serializeAssessmentFile(shuffled)).toBe(serializeAssessmentFile(file));
});

test('answers and plan items are sorted by question id, assessments by creation time then id', () => {
  const later = sampleEntry('b-later', { createdAt: '2026-07-01T00:00:00.000Z' });
  const sameTimeA = sampleEntry('a-same', { createdAt: '2026-06-01T00:00:00.000Z' });
  const sameTimeC = sampleEntry('c-same', { createdAt: '2026-06-01T00:00:00.000Z' });
  const file = canonicalFile(sampleFile([later, sameTimeC, sameTimeA], 'backup'));
  expect(file.assessments.map((entry) => entry.assessment.id)).toEqual(['a-same', 'c-same', 'b-later']);
  const questionIds = file.assessments[0]!.answers.map((answer) => answer.questionId);
  expect(questionIds).toEqual([...questionIds].sort());
});

test('device-only fields never reach the file', () => {
  const entry = sampleEntry();
  const stored = {
    ...entry,
    assessment: { ...entry.assessment, deletedAt: undefined, lastExportedAt: '2026-11-01T00:00:00.000Z' },
    answers: entry.answers.map((answer) => ({ ...answer, assessmentId: SAMPLE_ID })),
    planItems: entry.planItems.map((item) => ({ ...item, assessmentId: SAMPLE_ID })),
  } as FileEntry;
  const file = buildAssessmentFile({
    kind: 'assessment',
    exportedAt: '2026-11-22T09:15:00.000Z',
    questionnaire: { id: 'vn-egov-readiness', version: '2.0.0' },
    entries: [stored],
  });
  const text = serializeAssessmentFile(file);
  expect(text).not.toContain('lastExportedAt');
  expect(text).not.toContain('assessmentId');
  expect(text).not.toContain('deletedAt');
  expect(text).toBe(serializeAssessmentFile(sampleFile()));
});

test('a control character that reached the device is written as U+FFFD, so the export can be read back', () => {
  const entry = sampleEntry();
  const withControl = { ...entry, answers: entry.answers.map((answer) => ({ ...answer, note: 'a\u0000b\u000bc' })) };
  const text = serializeAssessmentFile(sampleFile([withControl]));
  expect(text).toContain('"note": "a\uFFFDb\uFFFDc"');
  expect(roundTrip(text)).toBe(text);
});

test('two entries with the same content give the same entry text, whatever their order or normal form', () => {
  const entry = sampleEntry();
  const nfd = JSON.parse(JSON.stringify(entry).normalize('NFD')) as FileEntry;
  expect(serializeEntry({ ...nfd, answers: [...nfd.answers].reverse() })).toBe(serializeEntry(entry));
  const changed = { ...entry, planItems: entry.planItems.map((item) => ({ ...item, status: 'done' as const })) };
  expect(serializeEntry(changed)).not.toBe(serializeEntry(entry));
});

// ---------------------------------------------------------------------------------------------------------------
// Properties: random Vietnamese text, typed in NFC or NFD
// ---------------------------------------------------------------------------------------------------------------

/** Letters with every Vietnamese tone, digits, punctuation, markup, quotes, line breaks, emoji. */
const VIETNAMESE_PIECES = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ',
  ...'áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
  ...'ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ',
  ...'0123456789',
  ' ',
  ' ',
  ' ',
  ...',.;:!?-–—()/%&"\'\\',
  '\n',
  '\t',
  '<script>',
  '</b>',
  '{{x}}',
  '=SUM(A1)',
  '👍',
  '𠀀',
];

/** A text that is not blank after trimming, at most `max` characters in NFC. */
const vietnameseText = (max: number) =>
  fc
    .tuple(
      fc.constantFrom(...'ĐƯƠÂĂAaăđườngệ'),
      fc.array(fc.constantFrom(...VIETNAMESE_PIECES), { maxLength: Math.floor(max / 10) }),
    )
    .map(([first, rest]) => first + rest.join(''))
    .filter((text) => text.trim().length > 0 && text.normalize('NFC').length <= max);

const iso = (ms: number) => new Date(ms).toISOString();
const timestamp = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map(iso);

const entryArbitrary = fc
  .record({
    id: fc.uuid(),
    title: fc.option(vietnameseText(200), { nil: undefined }),
    unitName: vietnameseText(200),
    assessorName: vietnameseText(120),
    note: fc.option(vietnameseText(2000), { nil: undefined }),
    text: vietnameseText(2000),
    systemName: vietnameseText(200),
    owner: fc.option(vietnameseText(200), { nil: undefined }),
    planNote: fc.option(vietnameseText(2000), { nil: undefined }),
    percent: fc.double({ min: 0, max: 100, noNaN: true }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .map((random): FileEntry => {
    const base = sampleEntry(random.id);
    return {
      assessment: {
        ...base.assessment,
        title: random.title,
        profile: { ...base.assessment.profile, unitName: random.unitName, assessorName: random.assessorName },
        createdAt: random.createdAt,
        updatedAt: random.updatedAt,
      },
      answers: [
        {
          questionId: 'services-obstacles',
          response: { kind: 'value', value: { type: 'text', text: random.text } },
          note: random.note,
          updatedAt: random.updatedAt,
        },
        {
          questionId: 'services-dossier-digitisation',
          response: { kind: 'value', value: { type: 'percentage', percent: random.percent } },
          updatedAt: random.updatedAt,
        },
        {
          questionId: 'security-system-inventory',
          response: {
            kind: 'value',
            value: {
              type: 'system-inventory',
              systems: [{ id: 'he-thong-1', name: random.systemName, systemType: 'internal' }],
            },
          },
          updatedAt: random.updatedAt,
        },
      ],
      planItems: [
        {
          questionId: 'services-dossier-digitisation',
          owner: random.owner,
          note: random.planNote,
          status: 'to-do',
          updatedAt: random.updatedAt,
        },
      ],
    };
  });

const filesArbitrary = fc
  .uniqueArray(entryArbitrary, { minLength: 1, maxLength: 3, selector: (entry) => entry.assessment.id })
  .map((entries) => sampleFile(entries, entries.length === 1 ? 'assessment' : 'backup'));

/** Every string of a value put in normal form `form`. */
function inForm<T>(value: T, form: 'NFC' | 'NFD'): T {
  return JSON.parse(JSON.stringify(value).normalize(form)) as T;
}

test('property: the text is NFC, reads back, and export-import-export is byte-identical', () => {
  fc.assert(
    fc.property(filesArbitrary, fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD'), (file, form) => {
      const text = serializeAssessmentFile(inForm(file, form));
      expect(text.normalize('NFC')).toBe(text);
      expect(roundTrip(text)).toBe(text);
    }),
    { numRuns: 150 },
  );
});

test('property: the same content typed in NFC or NFD gives the same bytes', () => {
  fc.assert(
    fc.property(filesArbitrary, (file) => {
      expect(serializeAssessmentFile(inForm(file, 'NFD'))).toBe(serializeAssessmentFile(inForm(file, 'NFC')));
    }),
    { numRuns: 150 },
  );
});

test('property: texts survive the round trip exactly (in NFC, trimmed), markup included', () => {
  fc.assert(
    fc.property(entryArbitrary, fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD'), (entry, form) => {
      const text = serializeAssessmentFile(sampleFile([inForm(entry, form)]));
      const result = parseAssessmentFile(text, utf8Length(text));
      const read = result.ok ? result.file.assessments[0] : undefined;
      const expected = (value: string | undefined) => value?.normalize('NFC').trim();
      expect(read?.assessment.title).toBe(expected(entry.assessment.title));
      expect(read?.assessment.profile.unitName).toBe(expected(entry.assessment.profile.unitName));
      const answer = read?.answers.find((candidate) => candidate.questionId === 'services-obstacles');
      expect(answer?.note).toBe(expected(entry.answers[0]?.note));
      expect(answer?.response).toEqual({
        kind: 'value',
        value: { type: 'text', text: expected((entry.answers[0]?.response as { value: { text: string } }).value.text) },
      });
    }),
    { numRuns: 100 },
  );
});

test('a backup of 100 fully answered assessments, every answer with a note, stays well under the size limit', () => {
  const sections: readonly Section[] = questionnaire.sections;
  const questions = sections.flatMap((section) => section.questions);
  const note = 'Đơn vị đã triển khai một phần; cần bổ sung kinh phí và nhân lực chuyên trách trong năm tới. '.repeat(2);
  const entry = (index: number): FileEntry => {
    const base = sampleEntry(`assessment-${index}`);
    return {
      ...base,
      answers: questions.map((question) => ({
        questionId: question.id,
        response: { kind: 'dont-know' },
        note,
        evidence: { documentNumber: '125/KH-UBND', issuedOn: '2026-03-02', issuer: 'UBND tỉnh Phú Thọ' },
        updatedAt: '2026-05-12T01:25:00.000Z',
      })),
      planItems: questions.map((question) => ({
        questionId: question.id,
        owner: 'Phó Giám đốc Sở Đỗ Mạnh Hùng',
        dueOn: '2026-12-31',
        status: 'in-progress',
        note,
        updatedAt: '2026-05-12T01:25:00.000Z',
      })),
    };
  };
  const text = serializeAssessmentFile(
    sampleFile(
      Array.from({ length: 100 }, (_, index) => entry(index)),
      'backup',
    ),
  );
  const megabytes = utf8Length(text) / (1024 * 1024);
  // About 8 MB: the figure docs/file-format.md gives.
  expect(megabytes).toBeGreaterThan(6);
  expect(megabytes).toBeLessThan(MAX_FILE_BYTES / (1024 * 1024) / 2);
});
