import { beforeEach, expect, test } from 'vitest';
import { inventory, system } from '../../tests/fixtures/answers';
import { buildProfile } from '../../tests/fixtures/profile';
import { emptyDraft, emptySystemDraft } from '../questionnaire/answer-draft';
import type { AnswerEntry } from '../questionnaire/answer-entry';
import { INVENTORY_QUESTION_ID } from '../security-level/inventory';
import { readAnswers, saveAnswers, toEntrySnapshot, writeAnswerEntries } from './answers';
import { createAnswerWriter } from './answer-writer';
import { createAssessment, deleteAssessment, readAssessment } from './assessments';
import { db } from './db';
import { INVENTORY_LEVEL_WRITER, updateInventoryRow } from './inventory-level';

const portal = system('portal', { name: 'Cổng thông tin điện tử', role: 'owner', proposedLevel: '2' });
const oneStop = system('one-stop', {
  name: 'Hệ thống một cửa điện tử',
  role: 'operator',
  handlesProcedures: false,
  approvedLevel: '2',
  approvedOn: '2025-05-20',
});

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
});

async function assessmentWithInventory() {
  const { id } = await createAssessment(buildProfile());
  await saveAnswers(id, {
    saved: [inventory(INVENTORY_QUESTION_ID, [portal, oneStop])],
    clearedQuestionIds: [],
  });
  return id;
}

test('the level is written into that row only; every other field and row stays as it was', async () => {
  const id = await assessmentWithInventory();
  const before = await db.answers.get([id, INVENTORY_QUESTION_ID]);
  const row = await updateInventoryRow(id, 'one-stop', { proposedLevel: '3' });
  expect(row).toEqual({ ...oneStop, proposedLevel: '3' });
  const answer = (await readAnswers(id)).get(INVENTORY_QUESTION_ID);
  expect(answer?.response).toEqual({
    kind: 'value',
    value: { type: 'system-inventory', systems: [portal, { ...oneStop, proposedLevel: '3' }] },
  });
  const after = await db.answers.get([id, INVENTORY_QUESTION_ID]);
  expect(after?.writer).toBe(INVENTORY_LEVEL_WRITER);
  expect(after?.revision).toBeGreaterThan(before?.revision ?? 0);
  expect((await readAssessment(id))?.updatedAt).toBe(after?.updatedAt);
});

test('the system type and "handles procedures" are copied only when asked for', async () => {
  const id = await assessmentWithInventory();
  await updateInventoryRow(id, 'one-stop', { proposedLevel: '3', handlesProcedures: true });
  await updateInventoryRow(id, 'portal', { systemType: 'infrastructure' });
  const systems = (await readAnswers(id)).get(INVENTORY_QUESTION_ID)?.response;
  expect(systems).toMatchObject({
    value: {
      systems: [
        { ...portal, systemType: 'infrastructure' },
        { ...oneStop, proposedLevel: '3', handlesProcedures: true },
      ],
    },
  });
});

test("a section form open elsewhere sees the change as another writer's, not as its own echo", async () => {
  const id = await assessmentWithInventory();
  const initial = toEntrySnapshot(await db.answers.where('assessmentId').equals(id).toArray());
  const form = createAnswerWriter({ assessmentId: id, sectionId: 'security', initial });
  await updateInventoryRow(id, 'portal', { proposedLevel: '3' });
  const changes = form.receive(toEntrySnapshot(await db.answers.where('assessmentId').equals(id).toArray()));
  expect(changes).toHaveLength(1);
  expect(changes[0]?.key).toBe(INVENTORY_QUESTION_ID);
  expect(changes[0]?.hasLocalEdits).toBe(false);
  expect(changes[0]?.value.answer?.response).toMatchObject({
    value: { systems: [{ id: 'portal', proposedLevel: '3' }, { id: 'one-stop' }] },
  });
});

test('a draft kept with the answer (a row still being corrected) gets the same change', async () => {
  const id = await assessmentWithInventory();
  const draft = emptyDraft();
  draft.systems = [
    { ...emptySystemDraft('portal'), name: portal.name, systemType: 'citizen-services', proposedLevel: '2' },
    { ...emptySystemDraft('one-stop'), name: oneStop.name, systemType: 'citizen-services', approvedOn: '31/02/2025' },
  ];
  const entry: AnswerEntry = { answer: inventory(INVENTORY_QUESTION_ID, [portal, oneStop]), draft };
  await writeAnswerEntries(id, new Map([[INVENTORY_QUESTION_ID, entry]]), 'tab-test');
  await updateInventoryRow(id, 'one-stop', { proposedLevel: '3', handlesProcedures: true });
  const stored = await db.answers.get([id, INVENTORY_QUESTION_ID]);
  expect(stored?.draft?.systems[0]).toEqual(draft.systems[0]);
  expect(stored?.draft?.systems[1]).toEqual({ ...draft.systems[1], proposedLevel: '3', handlesProcedures: 'yes' });
});

test('nothing is written when the row, the inventory or the assessment is gone', async () => {
  const id = await assessmentWithInventory();
  const before = await db.answers.get([id, INVENTORY_QUESTION_ID]);
  await expect(updateInventoryRow(id, 'removed-row', { proposedLevel: '3' })).rejects.toMatchObject({
    failure: 'invalid',
  });
  expect(await db.answers.get([id, INVENTORY_QUESTION_ID])).toEqual(before);

  const { id: withoutInventory } = await createAssessment(buildProfile());
  await expect(updateInventoryRow(withoutInventory, 'portal', { proposedLevel: '3' })).rejects.toMatchObject({
    failure: 'invalid',
  });

  await deleteAssessment(id);
  await expect(updateInventoryRow(id, 'portal', { proposedLevel: '3' })).rejects.toMatchObject({
    failure: 'invalid',
  });
});
