import { beforeEach, expect, test } from 'vitest';
import { buildProfile } from '../../tests/fixtures/profile';
import { choice } from '../../tests/fixtures/answers';
import { hashPin } from '../workshop/pin';
import { createAssessment, deleteAssessment, duplicateAssessment, listAssessments } from './assessments';
import { saveAnswers } from './answers';
import { db } from './db';
import { savePlanItem } from './plan-items';
import { saveSystemSecurity, saveUnitSecurity } from './system-security';
import {
  disableWorkshopMode,
  enableWorkshopMode,
  endSession,
  listSessions,
  readSessionData,
  readWorkshopMode,
  SessionsRemainError,
  startSession,
  workshopModeHint,
} from './sessions';
import { StorageError } from './storage-error';

const pin = () => hashPin('1357', 10);

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  localStorage.clear();
});

/** Every record of every table, as text: what a participant's name or id must not appear in. */
async function everythingStored(): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}

async function participantWithWork(unitName: string) {
  const session = await startSession(unitName, await pin());
  const assessment = await createAssessment(buildProfile({ unitName }), { sessionId: session.id });
  await saveAnswers(assessment.id, {
    saved: [{ ...choice('services-national-portal', 'partly'), note: `Ghi chú của ${unitName}` }],
    clearedQuestionIds: [],
  });
  await savePlanItem(assessment.id, {
    questionId: 'services-national-portal',
    status: 'in-progress',
    owner: 'Văn phòng',
    updatedAt: '2026-12-03T02:00:00.000Z',
  });
  await saveSystemSecurity(assessment.id, [
    {
      systemId: 'mot-cua',
      classification: { ownerName: unitName, userCount: 12000 },
      dossier: [{ componentId: 'overview', status: 'in-progress', owner: `Cán bộ của ${unitName}` }],
      baseline: [],
      duties: {},
      updatedAt: '2026-12-03T02:05:00.000Z',
    },
  ]);
  await saveUnitSecurity(assessment.id, { rulesDecisionNumber: '12/QĐ-UBND', updatedAt: '2026-12-03T02:06:00.000Z' });
  const copy = await duplicateAssessment(assessment.id);
  const thrownAway = await createAssessment(buildProfile({ unitName }), { sessionId: session.id });
  await deleteAssessment(thrownAway.id);
  return { session, assessment, copy, thrownAway };
}

test('workshop mode turns on with the trainer PIN hashed, and says so before the database opens next time', async () => {
  expect(workshopModeHint()).toBe(false);
  expect(await readWorkshopMode()).toBeNull();

  const mode = await enableWorkshopMode(5, await pin());

  expect(await readWorkshopMode()).toEqual(mode);
  expect(JSON.stringify(mode)).not.toContain('1357');
  expect(workshopModeHint()).toBe(true);
});

test('a session starts only in workshop mode, and its assessments and copies belong to it', async () => {
  await expect(startSession('UBND xã Tân Lập', await pin())).rejects.toBeInstanceOf(StorageError);
  await enableWorkshopMode(5, await pin());

  const { session, assessment, copy } = await participantWithWork('UBND xã Tân Lập');

  expect(await listSessions()).toEqual([session]);
  expect(assessment.sessionId).toBe(session.id);
  expect(copy.sessionId).toBe(session.id);
  const data = await readSessionData(session.id);
  expect(data.assessments).toHaveLength(3);
  expect(data.answers).toBe(2);
  expect(data.planItems).toBe(2);
  // The copy took the workbench records too: one system and the unit's own, twice.
  expect(data.securityRecords).toBe(4);
});

test('no assessment can be added to a session that has ended', async () => {
  await enableWorkshopMode(5, await pin());
  const session = await startSession('UBND xã Tân Lập', await pin());
  await endSession(session.id);

  await expect(createAssessment(buildProfile(), { sessionId: session.id })).rejects.toBeInstanceOf(StorageError);
  expect(await db.assessments.count()).toBe(0);
});

test('ending a session leaves nothing of that participant in any table, and everything of the next', async () => {
  await enableWorkshopMode(5, await pin());
  const own = await createAssessment(buildProfile({ unitName: 'Sở Khoa học và Công nghệ' }));
  const first = await participantWithWork('UBND xã Tân Lập');
  const second = await participantWithWork('UBND phường Hòa Bình');

  const ended = await endSession(first.session.id);

  expect(ended.assessments.map((assessment) => assessment.id).sort()).toEqual(
    [first.assessment.id, first.copy.id, first.thrownAway.id].sort(),
  );
  const stored = await everythingStored();
  for (const trace of [first.session.id, first.assessment.id, first.copy.id, first.thrownAway.id, 'Tân Lập']) {
    expect(stored).not.toContain(trace);
  }
  expect(stored).toContain(second.assessment.id);
  expect(stored).toContain('Ghi chú của UBND phường Hòa Bình');
  expect((await listAssessments()).map((assessment) => assessment.id).sort()).toEqual(
    [own.id, second.assessment.id, second.copy.id].sort(),
  );
  expect(await listSessions()).toEqual([second.session]);
});

test('workshop mode cannot be left while a participant session remains', async () => {
  await enableWorkshopMode(5, await pin());
  const { session } = await participantWithWork('UBND xã Tân Lập');

  const refusal = await disableWorkshopMode().catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(SessionsRemainError);
  expect((refusal as SessionsRemainError).remaining).toBe(1);
  expect(await readWorkshopMode()).not.toBeNull();

  await endSession(session.id);
  await disableWorkshopMode();
  expect(await readWorkshopMode()).toBeNull();
  expect(workshopModeHint()).toBe(false);
});
