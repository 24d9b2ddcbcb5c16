/**
 * A device that ran content 1.1.0 (schema version 2) gets the content-2.0 app: opening the database upgrades every
 * assessment in the upgrade transaction. Checked with the committed 1.1.0 backup (every question answered), written
 * as the 1.1.0 build stored it, with the fields only storage has (revision, writer) on its records.
 */
import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, test } from 'vitest';
import backupFixture from '../../tests/fixtures/content-1.1.0/backup-every-question-answered.json';
import { questionnaire } from '../questionnaire/questionnaire';
import { upgradeRecords } from '../questionnaire/upgrade/upgrade-records';
import { readAnswers } from './answers';
import { listAssessments, readAssessment } from './assessments';
import { DATABASE_NAME, SCHEMA_VERSION, db, prepareDatabase } from './db';

type Loose = Record<string, unknown>;
/** The fixture as loose records, as the 1.1.0 build stored them. */
const backupJson = backupFixture as unknown as {
  assessments: {
    assessment: Loose & { id: string; questionnaireVersion: string };
    answers: (Loose & { questionId: string; response?: unknown })[];
    planItems: (Loose & { questionId: string })[];
  }[];
};

const retiredIds = new Set(questionnaire.retiredQuestions.map(({ question }) => question.id));

async function writeVersion2Database() {
  const legacy = new Dexie(DATABASE_NAME);
  legacy.version(1).stores({ assessments: 'id, updatedAt', answers: '[assessmentId+questionId], assessmentId' });
  legacy.version(2).stores({ planItems: '[assessmentId+questionId], assessmentId' });
  try {
    await legacy.open();
    for (const entry of backupJson.assessments) {
      const assessmentId = entry.assessment.id;
      await legacy.table('assessments').add(entry.assessment);
      await legacy
        .table('answers')
        .bulkAdd(
          entry.answers.map((answer, index) => ({ ...answer, assessmentId, revision: 1000 + index, writer: 'tab-a' })),
        );
      await legacy.table('planItems').bulkAdd(entry.planItems.map((item) => ({ ...item, assessmentId })));
    }
  } finally {
    legacy.close();
  }
}

beforeEach(async () => {
  db.close();
  await Dexie.delete(DATABASE_NAME);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(DATABASE_NAME);
  await db.open();
});

// First in the file: once `prepareDatabase` has loaded the upgrade, it stays loaded for the module's life.
test('a 1.1.0 database opened before the upgrade is loaded fails and stays as it was; prepared, it upgrades', async () => {
  await writeVersion2Database();

  await expect(db.open()).rejects.toThrow();
  db.close();
  const untouched = new Dexie(DATABASE_NAME);
  await untouched.open();
  expect(untouched.verno).toBe(2);
  expect(await untouched.table('assessments').count()).toBe(backupJson.assessments.length);
  untouched.close();

  await prepareDatabase();
  await db.open();
  expect(db.verno).toBe(SCHEMA_VERSION);
  expect((await listAssessments()).map((assessment) => assessment.questionnaireVersion)).toEqual(
    backupJson.assessments.map(() => questionnaire.version),
  );
});

test('a 1.1.0 database opens with every assessment on 2.0.0 and every answer where the mapping sends it', async () => {
  await writeVersion2Database();

  await prepareDatabase();
  await db.open();

  expect(db.verno).toBe(SCHEMA_VERSION);
  const listed = await listAssessments();
  expect(listed.map((assessment) => assessment.questionnaireVersion)).toEqual(
    backupJson.assessments.map(() => questionnaire.version),
  );
  for (const entry of backupJson.assessments) {
    const expected = upgradeRecords(entry, questionnaire);
    expect(await readAssessment(entry.assessment.id)).toEqual(expected.assessment);
    const answers = await readAnswers(entry.assessment.id);
    // Every record is there once: none dropped, none left behind under an old id it moved from.
    expect(answers.size).toBe(entry.answers.length);
    expect([...answers.values()].sort((a, b) => a.questionId.localeCompare(b.questionId))).toEqual(
      [...expected.answers].sort((a, b) => a.questionId.localeCompare(b.questionId)),
    );
    const stored = await db.answers.where('assessmentId').equals(entry.assessment.id).toArray();
    expect(stored.every((record) => record.writer === 'tab-a' && typeof record.revision === 'number')).toBe(true);
    const items = await db.planItems.where('assessmentId').equals(entry.assessment.id).toArray();
    expect(items.map((item) => item.questionId).sort()).toEqual(
      expected.planItems.map((item) => item.questionId).sort(),
    );
  }
});

test('answers to retired questions stay on the device under their old ids', async () => {
  await writeVersion2Database();

  await prepareDatabase();
  await db.open();

  let kept = 0;
  for (const entry of backupJson.assessments) {
    const answers = await readAnswers(entry.assessment.id);
    const retired = upgradeRecords(entry, questionnaire).report?.retired ?? [];
    for (const questionId of retired) {
      const before = entry.answers.find((answer) => answer.questionId === questionId);
      expect(retiredIds.has(questionId)).toBe(true);
      expect(answers.get(questionId)?.response).toEqual(before?.response);
      kept += 1;
    }
  }
  expect(kept).toBeGreaterThan(0);
});

test('opening the upgraded database again changes nothing', async () => {
  await writeVersion2Database();
  await prepareDatabase();
  await db.open();
  const before = await db.answers.toArray();
  db.close();

  await db.open();

  expect(await db.answers.toArray()).toEqual(before);
});
