import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { z } from 'zod';
import databaseV1Json from '../../tests/fixtures/database-v1.json';
import { assessmentIdSchema, assessmentSchema } from '../assessment/assessment-schema';
import type { PlanItem } from '../assessment/plan-item-schema';
import { answerSchema, type Answer } from '../questionnaire/answer-schema';
import { readAnswers } from './answers';
import { listAssessments, readAssessment } from './assessments';
import { DATABASE_NAME, SCHEMA_VERSION, db, prepareDatabase } from './db';
import { questionnaire } from '../questionnaire/questionnaire';
import { upgradeRecords } from '../questionnaire/upgrade/upgrade-records';
import { savePlanItem, toPlanItemMap } from './plan-items';
import { failureOf } from '../../tests/fixtures/storage-failure';
import { receivedAssessment } from '../collection/compare/compare.test-support';
import { listReceived } from './collection';
import { readCollectionFigures } from './collection-figures';

const databaseV1Schema = z.strictObject({
  description: z.string(),
  schemaVersion: z.literal(1),
  tables: z.strictObject({
    assessments: z.array(assessmentSchema).min(1),
    answers: z.array(answerSchema.extend({ assessmentId: assessmentIdSchema })).min(1),
  }),
});

/**
 * The committed v1 fixture (content 1.0.0), as the content upgrade makes it, checked against today's schemas. A
 * record they reject, or would change on the way in (an unknown key dropped, text trimmed), fails here with the
 * reason: the fixture must stay something the app itself could have written, or the upgrade test proves nothing.
 */
function loadDatabaseV1() {
  const [raw] = databaseV1Json.tables.assessments;
  const upgraded = upgradeRecords(
    { assessment: raw!, answers: databaseV1Json.tables.answers, planItems: [] },
    questionnaire,
  );
  const tables = { assessments: [upgraded.assessment], answers: upgraded.answers };
  const result = databaseV1Schema.safeParse({ ...databaseV1Json, tables });
  if (!result.success) {
    throw new Error(`tests/fixtures/database-v1.json is not valid:\n${z.prettifyError(result.error)}`);
  }
  expect(result.data.tables, 'tests/fixtures/database-v1.json passes the schemas unchanged').toStrictEqual(tables);
  return result.data;
}

/** Writes the fixture's records with the version 1 schema only, as the first published build did, and closes. */
async function writeVersion1Database() {
  const legacy = new Dexie(DATABASE_NAME);
  legacy.version(1).stores({
    assessments: 'id, updatedAt',
    answers: '[assessmentId+questionId], assessmentId',
  });
  try {
    await legacy.open();
    await legacy.table('assessments').bulkAdd(databaseV1Json.tables.assessments);
    await legacy.table('answers').bulkAdd(databaseV1Json.tables.answers);
    expect(Array.from(legacy.backendDB().objectStoreNames).sort()).toEqual(['answers', 'assessments']);
  } finally {
    legacy.close();
  }
}

/** The value type of an answer, or its other kind of response, or 'note only'. */
function shapeOf({ response }: Answer) {
  if (!response) return 'note only';
  return response.kind === 'value' ? response.value.type : response.kind;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-10T02:00:00.000Z'));
  // Start from nothing: no database at all, not even an empty version 2 one.
  db.close();
  await Dexie.delete(DATABASE_NAME);
});

afterEach(async () => {
  vi.useRealTimers();
  // Leave the shared instance open on an empty current database, as the other tests expect it.
  db.close();
  await Dexie.delete(DATABASE_NAME);
  await db.open();
});

test('the version 1 fixture holds valid records of every answer shape, with notes and evidence', () => {
  const { tables } = loadDatabaseV1();

  expect(tables.assessments[0]?.profile).toMatchObject({ unitType: 'commune-committee', provinceId: 'ha-noi' });
  const assessmentIds = tables.assessments.map(({ id }) => id);
  for (const answer of tables.answers) expect(assessmentIds).toContain(answer.assessmentId);
  expect(tables.answers.map(shapeOf)).toEqual(
    expect.arrayContaining([
      'yes-partly-no',
      'percentage',
      'count-pair',
      'date',
      'multi-choice',
      'system-inventory',
      'dont-know',
      'note only',
    ]),
  );
  const inventory = tables.answers.find((answer) => shapeOf(answer) === 'system-inventory');
  expect(inventory?.response).toMatchObject({ value: { systems: [expect.anything()] } });
  expect(tables.answers.some((answer) => answer.note)).toBe(true);
  expect(tables.answers.some((answer) => answer.evidence)).toBe(true);
});

test('a database written by version 1 opens upgraded, with its assessment and answers intact', async () => {
  const fixture = loadDatabaseV1();
  const [assessment] = fixture.tables.assessments;
  if (!assessment) throw new Error('The fixture has no assessment');
  await writeVersion1Database();

  await prepareDatabase();
  await db.open();

  expect(db.verno).toBe(SCHEMA_VERSION);
  expect(Array.from(db.backendDB().objectStoreNames).sort()).toEqual([
    'answers',
    'assessments',
    'collectionFigures',
    'deviceSettings',
    'planItems',
    'received',
    'rosters',
    'sessions',
    'workshopSummaries',
    'workshops',
  ]);
  expect(await readAssessment(assessment.id)).toEqual(assessment);
  expect(await listAssessments()).toEqual([assessment]);
  const answers = await readAnswers(assessment.id);
  expect(answers.size).toBe(fixture.tables.answers.length);
  expect(answers).toEqual(
    new Map(fixture.tables.answers.map(({ assessmentId: _assessmentId, ...answer }) => [answer.questionId, answer])),
  );
  expect(await db.planItems.where('assessmentId').equals(assessment.id).count()).toBe(0);
  expect(await db.planItems.count()).toBe(0);

  // The upgraded assessment takes a plan at once.
  const item: PlanItem = {
    questionId: 'signatures-officials-equipped',
    owner: 'Phó Chủ tịch UBND xã Nguyễn Văn Lộc',
    dueOn: '2026-09-30',
    status: 'in-progress',
    note: 'Đề nghị Ban Cơ yếu cấp thêm 5 chứng thư số cá nhân',
    updatedAt: '2026-06-10T02:00:00.000Z',
  };
  await savePlanItem(assessment.id, item);

  const records = await db.planItems.where('assessmentId').equals(assessment.id).toArray();
  expect(toPlanItemMap(records)).toEqual(new Map([[item.questionId, item]]));
  expect((await readAssessment(assessment.id))?.updatedAt).toBe('2026-06-10T02:00:00.000Z');
  expect(await readAnswers(assessment.id)).toEqual(answers);
});

test('a version 4 database (a collection, no kept figures) opens at version 5 with its collection intact', async () => {
  const copy = receivedAssessment({ id: 'so-tai-chinh' });
  const version4 = new Dexie(DATABASE_NAME);
  version4.version(4).stores({
    assessments: 'id, updatedAt',
    answers: '[assessmentId+questionId], assessmentId',
    planItems: '[assessmentId+questionId], assessmentId',
    received: 'key, id',
    rosters: 'key',
  });
  try {
    await version4.open();
    await version4.table('received').add(copy);
  } finally {
    version4.close();
  }

  await prepareDatabase();
  await db.open();

  expect(db.verno).toBe(SCHEMA_VERSION);
  expect(await listReceived()).toEqual([copy]);
  // Nothing kept yet: the first visit to the dashboard computes the figures.
  expect(await readCollectionFigures('/assets/rows-worker-AbC123.js')).toEqual({ generation: 0, kept: null });
});

test('a version 5 database (a collection with kept figures) opens at version 6 with nothing lost and no workshop', async () => {
  const copy = receivedAssessment({ id: 'ubnd-xa-an-binh' });
  const version5 = new Dexie(DATABASE_NAME);
  version5.version(5).stores({
    assessments: 'id, updatedAt',
    answers: '[assessmentId+questionId], assessmentId',
    planItems: '[assessmentId+questionId], assessmentId',
    received: 'key, id',
    rosters: 'key',
    collectionFigures: 'key',
  });
  try {
    await version5.open();
    await version5.table('received').add(copy);
    await version5.table('collectionFigures').put({ key: 'generation', generation: 7 });
  } finally {
    version5.close();
  }

  await prepareDatabase();
  await db.open();

  expect(db.verno).toBe(SCHEMA_VERSION);
  expect(await listReceived()).toEqual([copy]);
  expect(await readCollectionFigures('/assets/rows-worker-AbC123.js')).toEqual({ generation: 7, kept: null });
  expect(await db.workshops.count()).toBe(0);
  expect(await db.sessions.count()).toBe(0);
  expect(await db.deviceSettings.count()).toBe(0);
});

test('this copy of the app meeting a database from a newer version refuses to write, and says why', async () => {
  // As on a device where a newer copy ran: this copy opens the database on its first query, as the app does.
  db.close({ disableAutoOpen: false });
  const newer = new Dexie(DATABASE_NAME);
  newer
    .version(db.verno + 1)
    .stores({ assessments: 'id, updatedAt', answers: '[assessmentId+questionId], assessmentId' });
  await newer.open();
  newer.close();

  const failure = await failureOf(listAssessments());
  expect(failure).toBe('outdated');
});
