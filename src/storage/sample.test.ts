import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { buildProfile } from '../../tests/fixtures/profile';
import { failureOf } from '../../tests/fixtures/storage-failure';
import { MAX_ASSESSMENTS } from '../exchange/file-format';
import type { Answer } from '../questionnaire/answer-schema';
import { readAnswers, saveAnswers } from './answers';
import { createAssessment, deleteAssessment, listAssessments, renameAssessment } from './assessments';
import { db } from './db';
import { savePlanItem, toPlanItemMap } from './plan-items';
import { openSample, readSample, resetSample } from './sample';
import { loadSystemSecurity, loadUnitSecurity, saveSystemSecurity, saveUnitSecurity } from './system-security';
import { emptySystemSecurity } from '../security-level/system-security-schema';

const TODAY = '2026-12-02';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-02T08:00:00.000Z'));
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  vi.useRealTimers();
});

const readPlan = async (id: string) => toPlanItemMap(await db.planItems.where('assessmentId').equals(id).toArray());

test('opening the sample creates it once, marked, with every answer and its plan; opening again finds it', async () => {
  const [first, second] = await Promise.all([openSample(TODAY), openSample(TODAY)]);
  const third = await openSample(TODAY);
  expect(second.id).toBe(first.id);
  expect(third.id).toBe(first.id);
  expect(await listAssessments()).toHaveLength(1);
  expect(first.sample).toBe(true);
  expect(first.profile.periodYear).toBe(2026);
  expect((await readAnswers(first.id)).size).toBeGreaterThan(60);
  expect((await readPlan(first.id)).size).toBe(5);
  expect((await readSample())?.id).toBe(first.id);
});

test('a sample deleted (awaiting undo) is not found: opening builds a new one', async () => {
  const first = await openSample(TODAY);
  await deleteAssessment(first.id);
  expect(await readSample()).toBeUndefined();
  const second = await openSample(TODAY);
  expect(second.id).not.toBe(first.id);
});

test('the sample counts toward the device’s limit like any assessment', async () => {
  await db.assessments.bulkAdd(
    Array.from({ length: MAX_ASSESSMENTS }, (_, index) => ({
      id: `a-${index}`,
      profile: buildProfile(),
      questionnaireId: 'vn-egov-readiness',
      questionnaireVersion: '2.0.0',
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
    })),
  );
  expect(await failureOf(openSample(TODAY))).toBe('limit');
});

test('resetting restores the answers, the plan and the profile after edits, in place', async () => {
  const sample = await openSample(TODAY);
  const original = await readAnswers(sample.id);
  const originalPlan = await readPlan(sample.id);
  const changed: Answer = {
    questionId: 'security-drills',
    response: { kind: 'value', value: { type: 'yes-partly-no', choice: 'yes' } },
    note: 'Đã diễn tập',
    updatedAt: '2026-12-02T09:00:00.000Z',
  };
  await saveAnswers(sample.id, { saved: [changed], clearedQuestionIds: ['services-on-time-rate'] });
  await savePlanItem(sample.id, {
    questionId: 'security-drills',
    status: 'done',
    updatedAt: '2026-12-02T09:00:00.000Z',
  });
  await savePlanItem(sample.id, {
    questionId: 'capacity-budget',
    status: 'to-do',
    updatedAt: '2026-12-02T09:00:00.000Z',
  });
  await renameAssessment(sample.id, 'Bài của lớp chiều');
  expect((await readAnswers(sample.id)).get('security-drills')?.response).toEqual(changed.response);

  vi.setSystemTime(new Date('2026-12-02T10:00:00.000Z'));
  const reset = await resetSample(sample.id, TODAY);
  expect(reset.id).toBe(sample.id);
  expect(reset.title).toBeUndefined();
  expect(reset.sample).toBe(true);
  const answers = await readAnswers(sample.id);
  const strip = (map: Map<string, Answer>) =>
    new Map([...map].map(([id, { updatedAt: _updatedAt, ...answer }]) => [id, answer]));
  expect(strip(answers)).toEqual(strip(original));
  const plan = await readPlan(sample.id);
  expect([...plan.keys()].sort()).toEqual([...originalPlan.keys()].sort());
  expect(plan.get('security-drills')?.status).toBe(originalPlan.get('security-drills')?.status);
  expect(await listAssessments()).toHaveLength(1);
});

test('resetting removes what the class recorded in the security workbench: the sample is built without any', async () => {
  const sample = await openSample(TODAY);
  await saveSystemSecurity(sample.id, [
    { ...emptySystemSecurity('cong-thong-tin', '2026-12-02T09:00:00.000Z'), classification: { userCount: 500 } },
  ]);
  await saveUnitSecurity(sample.id, { rulesDecisionNumber: '01/QĐ-UBND', updatedAt: '2026-12-02T09:00:00.000Z' });
  const other = await createAssessment(buildProfile());
  await saveUnitSecurity(other.id, { rulesDecisionNumber: '02/QĐ-UBND', updatedAt: '2026-12-02T09:00:00.000Z' });

  await resetSample(sample.id, TODAY);

  expect((await loadSystemSecurity(sample.id)).size).toBe(0);
  expect(await loadUnitSecurity(sample.id)).toBeUndefined();
  expect((await loadUnitSecurity(other.id))?.rulesDecisionNumber).toBe('02/QĐ-UBND');
});

test('the reset answers carry newer revisions, so other tabs take them as a change from elsewhere', async () => {
  const sample = await openSample(TODAY);
  await db.answers.update([sample.id, 'security-drills'], { revision: 5_000_000_000_000, writer: 'tab-x' });
  await resetSample(sample.id, TODAY);
  const record = await db.answers.get([sample.id, 'security-drills']);
  expect(record?.revision).toBeGreaterThan(5_000_000_000_000);
  expect(record?.writer).not.toBe('tab-x');
});

test('only a sample can be reset', async () => {
  const other = await createAssessment(buildProfile());
  expect(await failureOf(resetSample(other.id, TODAY))).toBe('invalid');
});
