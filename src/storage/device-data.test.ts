import { Dexie } from 'dexie';
import { beforeEach, expect, test } from 'vitest';
import { failureOf } from '../../tests/fixtures/storage-failure';
import { generateCollection } from '../../tests/fixtures/collection/generate-collection';
import { toReceiveInput } from '../../tests/fixtures/collection/receive-input';
import { buildProfile } from '../../tests/fixtures/profile';
import { rosterOf } from '../collection/roster/roster.test-support';
import { fullAnswer, scoredQuestions } from '../../tests/fixtures/content-picks';
import { saveAnswers } from './answers';
import { createAssessment, listAssessments } from './assessments';
import { receiveAssessments, saveRoster } from './collection';
import { countDeviceData, countEveryTable, deleteAllDeviceData } from './device-data';
import { DATABASE_NAME, db } from './db';
import { emptySystemSecurity } from '../security-level/system-security-schema';
import { saveSystemSecurity, saveUnitSecurity } from './system-security';

beforeEach(async () => {
  if (!db.isOpen()) await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function fillDevice() {
  const assessment = await createAssessment(buildProfile({ unitName: 'UBND xã Tân Phú' }));
  const [first] = scoredQuestions('provincial-department');
  await saveAnswers(assessment.id, { saved: [fullAnswer(first!.question)], clearedQuestionIds: [] });
  await saveSystemSecurity(assessment.id, [emptySystemSecurity('mot-cua', '2026-12-03T01:00:00.000Z')]);
  await saveUnitSecurity(assessment.id, { rulesDecisionNumber: '45/QĐ-UBND', updatedAt: '2026-12-03T01:00:00.000Z' });
  const [file] = generateCollection({ count: 1, seed: 5 });
  await receiveAssessments([await toReceiveInput(file!)]);
  await saveRoster(rosterOf({ name: 'UBND xã Tân Phú', unitType: 'commune-committee', provinceId: 'ha-noi' }));
  return assessment;
}

test('what the device holds is counted, and deleting everything leaves every table empty', async () => {
  await fillDevice();
  expect(await countDeviceData()).toEqual({
    assessments: 1,
    // One answer, one system's workbench record and the unit's.
    records: 3,
    received: 1,
    hasRoster: true,
    workshops: 0,
    sessions: 0,
  });

  await deleteAllDeviceData();

  const counts = await countEveryTable();
  expect(Object.keys(counts).sort()).toEqual(db.tables.map((table) => table.name).sort());
  expect(Object.values(counts).every((count) => count === 0)).toBe(true);
  expect(await countDeviceData()).toEqual({
    assessments: 0,
    records: 0,
    received: 0,
    hasRoster: false,
    workshops: 0,
    sessions: 0,
  });
});

test('after the deletion the app works on a new, empty database', async () => {
  await fillDevice();
  await deleteAllDeviceData();
  const next = await createAssessment(buildProfile({ unitName: 'UBND xã Bình Yên' }));
  expect((await listAssessments()).map((one) => one.id)).toEqual([next.id]);
});

test('a tab still connected when another deletes everything never opens the database again: its writes fail', async () => {
  await fillDevice();
  // Another tab: its own connection, which deletes the database under this one.
  const otherTab = new Dexie(DATABASE_NAME);
  await otherTab.delete();

  const failure = await failureOf(createAssessment(buildProfile({ unitName: 'UBND xã Bình Yên' })));
  expect(failure).toBe('deleted');
  expect(await failureOf(listAssessments())).toBe('deleted');
  // Nothing was created again: the database does not exist.
  expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(DATABASE_NAME);
});
