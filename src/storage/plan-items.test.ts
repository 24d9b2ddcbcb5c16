import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { buildProfile } from '../../tests/fixtures/profile';
import { failureOf } from '../../tests/fixtures/storage-failure';
import {
  inputFromPlanItem,
  planItemFromInput,
  planItemSchema,
  type PlanItem,
  type PlanItemInput,
} from '../assessment/plan-item-schema';
import { MAX_SHORT_TEXT_LENGTH } from '../questionnaire/answer-schema';
import {
  createAssessment,
  deleteAssessment,
  duplicateAssessment,
  purgeDeletedAssessments,
  readAssessment,
} from './assessments';
import { db } from './db';
import { savePlanItem, toPlanItemMap } from './plan-items';

const ORGANISATION_SIGNATURE = 'signatures-organisation-signature';
const OFFICIALS_EQUIPPED = 'signatures-officials-equipped';
const SYSTEM_INVENTORY = 'security-system-inventory';

/** Only `Date` is faked, so IndexedDB's own timers keep running while each write gets a known timestamp. */
function setClock(iso: string) {
  vi.setSystemTime(new Date(iso));
}

/** A plan item that has just been created: to do, with no owner, due date or note unless overridden. */
function planItem(questionId: string, overrides: Partial<PlanItem> = {}): PlanItem {
  return planItemSchema.parse({ questionId, status: 'to-do', updatedAt: '2026-03-01T08:00:00.000Z', ...overrides });
}

async function readPlan(assessmentId: string) {
  return toPlanItemMap(await db.planItems.where('assessmentId').equals(assessmentId).toArray());
}

function byQuestion(...items: PlanItem[]) {
  return new Map(items.map((item) => [item.questionId, item]));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setClock('2026-03-01T08:00:00.000Z');
  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

test('saved plan items read back equal, keyed by question', async () => {
  const { id } = await createAssessment(buildProfile());
  const full = planItem(ORGANISATION_SIGNATURE, {
    owner: 'Phó Giám đốc Sở Đỗ Mạnh Hùng',
    dueOn: '2026-06-30',
    status: 'in-progress',
    note: 'Đã gửi hồ sơ đề nghị cấp chứng thư số cho Ban Cơ yếu Chính phủ',
  });
  const bare = planItem(OFFICIALS_EQUIPPED);

  await savePlanItem(id, full);
  await savePlanItem(id, bare);

  expect(await readPlan(id)).toEqual(byQuestion(full, bare));
});

test('saving a question again replaces its earlier plan item, leaving out what the new one does not set', async () => {
  const { id } = await createAssessment(buildProfile());
  await savePlanItem(
    id,
    planItem(ORGANISATION_SIGNATURE, { owner: 'Văn phòng Sở', dueOn: '2026-06-30', note: 'Chờ kinh phí' }),
  );
  const done = planItem(ORGANISATION_SIGNATURE, { owner: 'Văn phòng Sở', status: 'done' });

  await savePlanItem(id, done);

  expect(await readPlan(id)).toEqual(byQuestion(done));
  expect(await db.planItems.count()).toBe(1);
});

test('a plan item is stored as validated, its owner and note trimmed', async () => {
  const { id } = await createAssessment(buildProfile());

  await savePlanItem(id, { ...planItem(ORGANISATION_SIGNATURE), owner: '  Văn phòng Sở ', note: 'Chờ kinh phí\n' });

  expect(await db.planItems.get([id, ORGANISATION_SIGNATURE])).toEqual({
    ...planItem(ORGANISATION_SIGNATURE, { owner: 'Văn phòng Sở', note: 'Chờ kinh phí' }),
    assessmentId: id,
  });
});

test('an owner longer than 200 characters is rejected as invalid and nothing is written', async () => {
  const created = await createAssessment(buildProfile());
  const earlier = planItem(ORGANISATION_SIGNATURE, { owner: 'Văn phòng Sở' });
  await savePlanItem(created.id, earlier);
  setClock('2026-03-02T09:00:00.000Z');

  const failure = await failureOf(
    savePlanItem(created.id, { ...earlier, owner: 'Đ'.repeat(MAX_SHORT_TEXT_LENGTH + 1), status: 'done' }),
  );

  expect(failure).toBe('invalid');
  expect(await readPlan(created.id)).toEqual(byQuestion(earlier));
  expect((await readAssessment(created.id))?.updatedAt).toBe('2026-03-01T08:00:00.000Z');
});

test('an owner of exactly 200 characters is accepted', async () => {
  const { id } = await createAssessment(buildProfile());
  const item = planItem(ORGANISATION_SIGNATURE, { owner: 'Đ'.repeat(MAX_SHORT_TEXT_LENGTH) });

  await savePlanItem(id, item);

  expect(await readPlan(id)).toEqual(byQuestion(item));
});

test('a due date that does not exist (30 February) is rejected as invalid and nothing is written', async () => {
  const created = await createAssessment(buildProfile());

  const failure = await failureOf(savePlanItem(created.id, { ...planItem(OFFICIALS_EQUIPPED), dueOn: '2026-02-30' }));

  expect(failure).toBe('invalid');
  expect(await db.planItems.count()).toBe(0);
  expect(await readAssessment(created.id)).toEqual(created);
});

test('an unknown status is rejected as invalid and nothing is written', async () => {
  const created = await createAssessment(buildProfile());
  const blocked = { ...planItem(OFFICIALS_EQUIPPED), status: 'blocked' } as unknown as PlanItem;

  const failure = await failureOf(savePlanItem(created.id, blocked));

  expect(failure).toBe('invalid');
  expect(await db.planItems.count()).toBe(0);
  expect(await readAssessment(created.id)).toEqual(created);
});

test('saving into an unknown assessment fails as invalid and writes nothing', async () => {
  const failure = await failureOf(savePlanItem('no-such-assessment', planItem(ORGANISATION_SIGNATURE)));

  expect(failure).toBe('invalid');
  expect(await db.planItems.count()).toBe(0);
  expect(await db.assessments.count()).toBe(0);
});

test('saving into a deleted assessment fails as invalid and writes nothing', async () => {
  const created = await createAssessment(buildProfile());
  const earlier = planItem(ORGANISATION_SIGNATURE, { owner: 'Văn phòng Sở' });
  await savePlanItem(created.id, earlier);
  await deleteAssessment(created.id);
  const before = await db.assessments.get(created.id);
  setClock('2026-03-02T09:00:00.000Z');

  const failure = await failureOf(savePlanItem(created.id, planItem(OFFICIALS_EQUIPPED, { status: 'done' })));

  expect(failure).toBe('invalid');
  expect(await readPlan(created.id)).toEqual(byQuestion(earlier));
  expect(await db.assessments.get(created.id)).toEqual(before);
});

test('saving a plan item advances the last change of the assessment', async () => {
  const created = await createAssessment(buildProfile());
  setClock('2026-03-05T14:30:00.000Z');

  await savePlanItem(created.id, planItem(ORGANISATION_SIGNATURE, { status: 'in-progress' }));

  const read = await readAssessment(created.id);
  expect(read?.updatedAt).toBe('2026-03-05T14:30:00.000Z');
  expect(read?.createdAt).toBe(created.createdAt);
});

test('plan items of one assessment are not seen in another', async () => {
  const first = await createAssessment(buildProfile({ unitName: 'Sở Tài chính' }));
  const second = await createAssessment(buildProfile({ unitName: 'Sở Y tế' }));
  const firstItem = planItem(ORGANISATION_SIGNATURE, { owner: 'Văn phòng Sở Tài chính' });
  const secondItem = planItem(ORGANISATION_SIGNATURE, { owner: 'Văn phòng Sở Y tế', status: 'done' });

  await savePlanItem(first.id, firstItem);
  await savePlanItem(second.id, secondItem);

  expect(await readPlan(first.id)).toEqual(byQuestion(firstItem));
  expect(await readPlan(second.id)).toEqual(byQuestion(secondItem));
});

test('a duplicated assessment starts with the plan items of its source', async () => {
  const source = await createAssessment(buildProfile());
  const items = [
    planItem(ORGANISATION_SIGNATURE, { owner: 'Văn phòng Sở', dueOn: '2026-06-30', status: 'in-progress' }),
    planItem(SYSTEM_INVENTORY, { note: 'Rà soát lại cấp độ Cổng thông tin điện tử' }),
  ];
  for (const item of items) await savePlanItem(source.id, item);

  const copy = await duplicateAssessment(source.id);

  expect(copy.id).not.toBe(source.id);
  expect(await readPlan(copy.id)).toEqual(byQuestion(...items));
  expect(await readPlan(source.id)).toEqual(byQuestion(...items));
});

test("editing the copy's plan items leaves the source's untouched", async () => {
  const source = await createAssessment(buildProfile());
  const sourceItem = planItem(ORGANISATION_SIGNATURE, { owner: 'Văn phòng Sở', status: 'in-progress' });
  const otherItem = planItem(SYSTEM_INVENTORY);
  await savePlanItem(source.id, sourceItem);
  await savePlanItem(source.id, otherItem);
  const sourceBefore = await readAssessment(source.id);
  const copy = await duplicateAssessment(source.id);
  setClock('2027-01-10T08:00:00.000Z');
  const edited = planItem(ORGANISATION_SIGNATURE, {
    owner: 'Trung tâm Chuyển đổi số',
    status: 'done',
    updatedAt: '2027-01-10T08:00:00.000Z',
  });
  const added = planItem(OFFICIALS_EQUIPPED, { dueOn: '2027-03-31' });

  await savePlanItem(copy.id, edited);
  await savePlanItem(copy.id, added);

  expect(await readPlan(copy.id)).toEqual(byQuestion(edited, otherItem, added));
  expect(await readPlan(source.id)).toEqual(byQuestion(sourceItem, otherItem));
  expect(await readAssessment(source.id)).toEqual(sourceBefore);
});

test("purging removes a deleted assessment's plan items and keeps those of the others", async () => {
  const kept = await createAssessment(buildProfile({ unitName: 'Sở Tài chính' }));
  const deleted = await createAssessment(buildProfile({ unitName: 'Sở Y tế' }));
  const keptItem = planItem(ORGANISATION_SIGNATURE, { owner: 'Văn phòng Sở Tài chính' });
  await savePlanItem(kept.id, keptItem);
  await savePlanItem(deleted.id, planItem(ORGANISATION_SIGNATURE));
  await savePlanItem(deleted.id, planItem(OFFICIALS_EQUIPPED));
  await deleteAssessment(deleted.id);

  expect(await purgeDeletedAssessments()).toBe(1);

  expect(await readPlan(deleted.id)).toEqual(new Map());
  expect(await readPlan(kept.id)).toEqual(byQuestion(keptItem));
  expect(await db.planItems.count()).toBe(1);
});

test('stored plan items that fail validation are left out when reading, not thrown', async () => {
  const { id } = await createAssessment(buildProfile());
  const valid = planItem(ORGANISATION_SIGNATURE);
  await savePlanItem(id, valid);
  // A hand-edited record, as if written by a broken import or an older build.
  await db.planItems.put({ ...planItem(OFFICIALS_EQUIPPED), assessmentId: id, dueOn: '30/06/2026' });

  expect(await readPlan(id)).toEqual(byQuestion(valid));
});

test('blank form fields become unset plan item fields and come back as blank fields', async () => {
  const { id } = await createAssessment(buildProfile());
  const blank: PlanItemInput = { owner: '', dueOn: '', status: 'to-do', note: '   ' };

  const item = planItemFromInput(SYSTEM_INVENTORY, blank, '2026-03-01T08:00:00.000Z');
  await savePlanItem(id, item);
  const [read] = (await readPlan(id)).values();

  expect(item).toEqual({ questionId: SYSTEM_INVENTORY, status: 'to-do', updatedAt: '2026-03-01T08:00:00.000Z' });
  expect(item.owner).toBeUndefined();
  expect(item.dueOn).toBeUndefined();
  expect(item.note).toBeUndefined();
  expect(read).toEqual(item);
  expect(inputFromPlanItem(read)).toEqual({ owner: '', dueOn: '', status: 'to-do', note: '' });
});

test('filled form fields round trip through a saved plan item, trimmed', async () => {
  const { id } = await createAssessment(buildProfile());
  const input: PlanItemInput = {
    owner: '  Phó Chủ tịch UBND xã Lê Văn Thắng ',
    dueOn: '31/12/2026',
    status: 'in-progress',
    note: 'Lắp thêm đường truyền cáp quang cho bộ phận một cửa\n',
  };

  await savePlanItem(id, planItemFromInput(OFFICIALS_EQUIPPED, input, '2026-03-01T08:00:00.000Z'));
  const read = (await readPlan(id)).get(OFFICIALS_EQUIPPED);

  expect(read).toEqual({
    questionId: OFFICIALS_EQUIPPED,
    owner: 'Phó Chủ tịch UBND xã Lê Văn Thắng',
    dueOn: '2026-12-31',
    status: 'in-progress',
    note: 'Lắp thêm đường truyền cáp quang cho bộ phận một cửa',
    updatedAt: '2026-03-01T08:00:00.000Z',
  });
  expect(inputFromPlanItem(read)).toEqual({
    owner: 'Phó Chủ tịch UBND xã Lê Văn Thắng',
    dueOn: '31/12/2026',
    status: 'in-progress',
    note: 'Lắp thêm đường truyền cáp quang cho bộ phận một cửa',
  });
  expect(planItemFromInput(OFFICIALS_EQUIPPED, inputFromPlanItem(read), '2026-03-01T08:00:00.000Z')).toEqual(read);
});

test('a question without a plan item yet opens as an empty form to do', () => {
  expect(inputFromPlanItem(undefined)).toEqual({ owner: '', dueOn: '', status: 'to-do', note: '' });
});
