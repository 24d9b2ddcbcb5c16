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
import { buildProfile } from '../../tests/fixtures/profile';
import { emptySystemSecurity } from '../security-level/system-security-schema';
import { loadSystemSecurity, loadUnitSecurity, saveSystemSecurity } from './system-security';

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
    'systemSecurity',
    'unitSecurity',
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

test('a version 6 database (assessments, a collection, workshops, a session) opens at version 7 with nothing lost', async () => {
  const assessment = assessmentSchema.parse({
    id: 'a6-xa-minh-chau',
    profile: buildProfile({ unitName: 'UBND xã Minh Châu' }),
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    createdAt: '2026-03-01T01:00:00.000Z',
    updatedAt: '2026-03-02T01:00:00.000Z',
    sessionId: 'phien-1',
  });
  const answer: Answer = {
    questionId: 'security-system-inventory',
    response: {
      kind: 'value',
      value: {
        type: 'system-inventory',
        systems: [{ id: 'mot-cua', name: 'Hệ thống một cửa điện tử', role: 'owner', systemType: 'citizen-services' }],
      },
    },
    note: 'Đề xuất cấp độ 3',
    updatedAt: '2026-03-02T01:00:00.000Z',
  };
  const item: PlanItem = {
    questionId: 'security-drills',
    owner: 'Công chức Văn phòng – Thống kê',
    status: 'to-do',
    updatedAt: '2026-03-02T01:00:00.000Z',
  };
  const copy = receivedAssessment({ id: 'so-tai-chinh' });
  const workshop = {
    id: 'tap-huan-1',
    title: 'Tập huấn tự đánh giá',
    date: '2026-03-05',
    expectedUnits: [],
    assessmentIds: [],
    createdAt: '2026-03-01T01:00:00.000Z',
    updatedAt: '2026-03-01T01:00:00.000Z',
  };
  const session = { id: 'phien-1', unitName: 'UBND xã Minh Châu', startedAt: '2026-03-05T02:00:00.000Z' };
  const version6 = new Dexie(DATABASE_NAME);
  version6.version(6).stores({
    assessments: 'id, updatedAt',
    answers: '[assessmentId+questionId], assessmentId',
    planItems: '[assessmentId+questionId], assessmentId',
    received: 'key, id',
    rosters: 'key',
    collectionFigures: 'key',
    workshops: 'id',
    workshopSummaries: 'key, workshopId',
    sessions: 'id',
    deviceSettings: 'key',
  });
  try {
    await version6.open();
    await version6.table('assessments').add(assessment);
    await version6.table('answers').add({ ...answer, assessmentId: assessment.id, revision: 3, writer: 'tab-a' });
    await version6.table('planItems').add({ ...item, assessmentId: assessment.id });
    await version6.table('received').add(copy);
    await version6.table('workshops').add(workshop);
    await version6.table('sessions').add(session);
  } finally {
    version6.close();
  }

  await prepareDatabase();
  await db.open();

  expect(db.verno).toBe(SCHEMA_VERSION);
  expect(await readAssessment(assessment.id)).toEqual(assessment);
  expect(await readAnswers(assessment.id)).toEqual(new Map([[answer.questionId, answer]]));
  expect(await db.answers.get([assessment.id, answer.questionId])).toMatchObject({ revision: 3, writer: 'tab-a' });
  expect(toPlanItemMap(await db.planItems.toArray())).toEqual(new Map([[item.questionId, item]]));
  expect(await listReceived()).toEqual([copy]);
  expect(await db.workshops.toArray()).toEqual([workshop]);
  expect(await db.sessions.toArray()).toEqual([session]);
  // The workbench starts empty, and takes the first record of the upgraded assessment at once.
  expect(await db.systemSecurity.count()).toBe(0);
  expect(await db.unitSecurity.count()).toBe(0);
  expect(await loadUnitSecurity(assessment.id)).toBeUndefined();
  const record = {
    ...emptySystemSecurity('mot-cua', '2026-06-10T02:00:00.000Z'),
    classification: { userCount: 12000 },
  };
  await saveSystemSecurity(assessment.id, [record]);
  expect(await loadSystemSecurity(assessment.id)).toEqual(new Map([['mot-cua', record]]));
  expect(await readAnswers(assessment.id)).toEqual(new Map([[answer.questionId, answer]]));
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
