/** A file written by content 1.1.0 imports as the device's own 1.1.0 records are upgraded: the same function. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { questionnaire } from '../questionnaire/questionnaire';
import { upgradeRecords } from '../questionnaire/upgrade/upgrade-records';
import { parseAssessmentFile } from './parse-file';

const fixturePath = path.resolve(
  import.meta.dirname,
  '../../tests/fixtures/content-1.1.0/backup-every-question-answered.json',
);
const text = readFileSync(fixturePath, 'utf8');
const raw = JSON.parse(text) as { assessments: Parameters<typeof upgradeRecords>[0][] };

test('a 1.1.0 backup is read as 2.0.0 assessments, with a warning that says so', () => {
  const result = parseAssessmentFile(text, text.length);
  if (!result.ok) throw new Error(JSON.stringify(result.error));

  expect(result.file.assessments.map((entry) => entry.assessment.questionnaireVersion)).toEqual(
    raw.assessments.map(() => questionnaire.version),
  );
  expect(result.warnings).toContainEqual({
    code: 'upgraded-content',
    params: { count: 4, from: '1.1.0', to: questionnaire.version },
  });
  // Answers to retired questions are kept and known, not reported as unknown.
  expect(result.warnings.map((warning) => warning.code)).not.toContain('unknown-answers');
});

test('each imported assessment equals what the device upgrade makes of the same records', () => {
  const result = parseAssessmentFile(text, text.length);
  if (!result.ok) throw new Error(JSON.stringify(result.error));

  result.file.assessments.forEach((entry, index) => {
    const expected = upgradeRecords(raw.assessments[index]!, questionnaire);
    expect(entry.assessment).toEqual(expected.assessment);
    expect(entry.answers).toEqual(expected.answers);
    expect(entry.planItems).toEqual(expected.planItems);
  });
});

test('a 1.1.0 file that is broken is still refused with the reason', () => {
  const broken = text.replace(
    '"questionnaireVersion": "1.1.0",\n        "createdAt"',
    '"questionnaireVersion": "1.1.0",\n        "createdAt": 5, "x"',
  );
  const result = parseAssessmentFile(broken, broken.length);

  expect(result.ok).toBe(false);
});
