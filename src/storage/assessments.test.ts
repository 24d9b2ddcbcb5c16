import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { buildProfile } from '../../tests/fixtures/profile';
import { MAX_ASSESSMENTS } from '../exchange/file-format';
import { failureOf } from '../../tests/fixtures/storage-failure';
import type { Answer } from '../questionnaire/answer-schema';
import { questionnaire } from '../questionnaire/questionnaire';
import { readAnswers, saveAnswers } from './answers';
import {
  createAssessment,
  deleteAssessment,
  duplicateAssessment,
  listAssessments,
  purgeDeletedAssessments,
  readAssessment,
  renameAssessment,
  undoDeleteAssessment,
  updateProfile,
} from './assessments';
import { db } from './db';

/** Only `Date` is faked, so IndexedDB's own timers keep running while each write gets a known timestamp. */
function setClock(iso: string) {
  vi.setSystemTime(new Date(iso));
}

function percentage(questionId: string, percent: number, updatedAt = '2026-03-01T08:00:00.000Z'): Answer {
  return { questionId, response: { kind: 'value', value: { type: 'percentage', percent } }, updatedAt };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setClock('2026-03-01T08:00:00.000Z');
  await db.assessments.clear();
  await db.answers.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

test('a created assessment reads back with the same profile, questionnaire and timestamps', async () => {
  const profile = buildProfile({
    unitName: 'UBND xã Đông Anh',
    unitType: 'commune-committee',
    communeName: 'Xã Đông Anh',
    periodPart: 'q2',
  });

  const created = await createAssessment(profile);
  const read = await readAssessment(created.id);

  expect(read).toEqual(created);
  expect(read?.profile).toEqual(profile);
  expect(read?.questionnaireId).toBe(questionnaire.id);
  expect(read?.questionnaireVersion).toBe(questionnaire.version);
  expect(read?.createdAt).toBe('2026-03-01T08:00:00.000Z');
  expect(read?.updatedAt).toBe('2026-03-01T08:00:00.000Z');
});

test('each created assessment gets its own id', async () => {
  const first = await createAssessment(buildProfile());
  const second = await createAssessment(buildProfile());

  expect(first.id).not.toBe(second.id);
  expect(await listAssessments()).toHaveLength(2);
});

test('an invalid profile is rejected as invalid and nothing is created', async () => {
  const profile = buildProfile();

  expect(await failureOf(createAssessment({ ...profile, unitName: '   ' }))).toBe('invalid');
  expect(await listAssessments()).toEqual([]);
});

test('reading an unknown assessment finds nothing', async () => {
  expect(await readAssessment('no-such-assessment')).toBeUndefined();
});

test('the list shows the most recently changed assessment first', async () => {
  const oldest = await createAssessment(buildProfile({ unitName: 'Sở Tư pháp' }));
  setClock('2026-03-02T08:00:00.000Z');
  const middle = await createAssessment(buildProfile({ unitName: 'Sở Nội vụ' }));
  setClock('2026-03-03T08:00:00.000Z');
  const newest = await createAssessment(buildProfile({ unitName: 'Sở Y tế' }));

  expect((await listAssessments()).map((a) => a.id)).toEqual([newest.id, middle.id, oldest.id]);

  // Answering in the oldest one makes it the most recent change.
  setClock('2026-03-04T08:00:00.000Z');
  await saveAnswers(oldest.id, {
    saved: [percentage('signatures-outgoing-documents-signed', 80)],
    clearedQuestionIds: [],
  });

  expect((await listAssessments()).map((a) => a.id)).toEqual([oldest.id, newest.id, middle.id]);
});

test('renaming sets the title and counts as a change', async () => {
  const created = await createAssessment(buildProfile());
  setClock('2026-03-05T10:00:00.000Z');

  const renamed = await renameAssessment(created.id, '  Tự đánh giá năm 2026 – lần 2  ');

  expect(renamed.title).toBe('Tự đánh giá năm 2026 – lần 2');
  const read = await readAssessment(created.id);
  expect(read?.title).toBe('Tự đánh giá năm 2026 – lần 2');
  expect(read?.updatedAt).toBe('2026-03-05T10:00:00.000Z');
});

test('renaming to a blank title removes the title', async () => {
  const created = await createAssessment(buildProfile());
  await renameAssessment(created.id, 'Đánh giá giữa kỳ');

  await renameAssessment(created.id, '   ');

  const read = await readAssessment(created.id);
  expect(read?.title).toBeUndefined();
  expect(read?.profile).toEqual(created.profile);
});

test('renaming an unknown assessment fails as invalid', async () => {
  expect(await failureOf(renameAssessment('no-such-assessment', 'Tên mới'))).toBe('invalid');
  expect(await listAssessments()).toEqual([]);
});

test('updating the profile stores the new profile and keeps the answers', async () => {
  const created = await createAssessment(buildProfile());
  await saveAnswers(created.id, {
    saved: [percentage('signatures-outgoing-documents-signed', 40)],
    clearedQuestionIds: [],
  });

  setClock('2026-03-06T09:00:00.000Z');
  await updateProfile(created.id, buildProfile({ assessorName: 'Trần Văn Bình' }));

  const read = await readAssessment(created.id);
  expect(read?.profile.assessorName).toBe('Trần Văn Bình');
  expect(read?.updatedAt).toBe('2026-03-06T09:00:00.000Z');
  expect((await readAnswers(created.id)).get('signatures-outgoing-documents-signed')).toEqual(
    percentage('signatures-outgoing-documents-signed', 40),
  );
});

test('duplicating copies every answer into a new assessment for the following year', async () => {
  const source = await createAssessment(buildProfile({ periodYear: 2025, periodPart: 'h2' }));
  await renameAssessment(source.id, 'Báo cáo năm 2025');
  const answers: Answer[] = [
    percentage('signatures-outgoing-documents-signed', 75),
    {
      questionId: 'data-databases-connectable',
      response: { kind: 'value', value: { type: 'count-pair', part: 3, whole: 5 } },
      note: 'Còn 2 cơ sở dữ liệu chưa kết nối',
      updatedAt: '2026-03-01T08:00:00.000Z',
    },
    { questionId: 'data-lgsp-connection', response: { kind: 'dont-know' }, updatedAt: '2026-03-01T08:00:00.000Z' },
  ];
  await saveAnswers(source.id, { saved: answers, clearedQuestionIds: [] });

  setClock('2026-04-01T08:00:00.000Z');
  const copy = await duplicateAssessment(source.id);

  expect(copy.id).not.toBe(source.id);
  expect(copy.duplicatedFrom).toBe(source.id);
  expect(copy.profile).toEqual({ ...source.profile, periodYear: 2026 });
  expect(copy.title).toBeUndefined();
  expect(copy.createdAt).toBe('2026-04-01T08:00:00.000Z');
  expect(await readAssessment(copy.id)).toEqual(copy);
  expect([...(await readAnswers(copy.id)).values()]).toEqual(expect.arrayContaining(answers));
  expect((await readAnswers(copy.id)).size).toBe(answers.length);
  expect((await listAssessments()).map((a) => a.id)).toEqual([copy.id, source.id]);
});

test('changing the copy leaves the original assessment untouched', async () => {
  const source = await createAssessment(buildProfile());
  const kept = percentage('signatures-outgoing-documents-signed', 75);
  const alsoKept = percentage('data-population-db-verified-share', 20);
  await saveAnswers(source.id, { saved: [kept, alsoKept], clearedQuestionIds: [] });
  const copy = await duplicateAssessment(source.id);

  await saveAnswers(copy.id, {
    saved: [percentage('signatures-outgoing-documents-signed', 100, '2026-05-01T08:00:00.000Z')],
    clearedQuestionIds: ['data-population-db-verified-share'],
  });
  await renameAssessment(copy.id, 'Bản sao');
  await deleteAssessment(copy.id);
  await purgeDeletedAssessments();

  expect(await readAnswers(source.id)).toEqual(
    new Map([
      [kept.questionId, kept],
      [alsoKept.questionId, alsoKept],
    ]),
  );
  expect((await readAssessment(source.id))?.title).toBeUndefined();
});

test('duplicating an unknown or deleted assessment fails as invalid and creates nothing', async () => {
  const deleted = await createAssessment(buildProfile());
  await deleteAssessment(deleted.id);

  expect(await failureOf(duplicateAssessment('no-such-assessment'))).toBe('invalid');
  expect(await failureOf(duplicateAssessment(deleted.id))).toBe('invalid');
  expect(await db.assessments.count()).toBe(1);
});

test('a deleted assessment disappears from the list and cannot be opened', async () => {
  const kept = await createAssessment(buildProfile({ unitName: 'Sở Tài chính' }));
  const deleted = await createAssessment(buildProfile({ unitName: 'Sở Xây dựng' }));

  await deleteAssessment(deleted.id);

  expect((await listAssessments()).map((a) => a.id)).toEqual([kept.id]);
  expect(await readAssessment(deleted.id)).toBeUndefined();
  expect(await readAssessment(kept.id)).toEqual(kept);
});

test('undoing a delete brings the assessment back with all its answers', async () => {
  const created = await createAssessment(buildProfile());
  const answers = [
    percentage('signatures-outgoing-documents-signed', 90),
    { ...percentage('data-population-db-verified-share', 12.5), note: 'Số liệu quý I' },
  ];
  await saveAnswers(created.id, { saved: answers, clearedQuestionIds: [] });
  await deleteAssessment(created.id);

  await undoDeleteAssessment(created.id);

  const restored = await readAssessment(created.id);
  expect(restored?.deletedAt).toBeUndefined();
  expect(restored?.profile).toEqual(created.profile);
  expect((await listAssessments()).map((a) => a.id)).toEqual([created.id]);
  expect(await readAnswers(created.id)).toEqual(new Map(answers.map((answer) => [answer.questionId, answer])));
});

test('purging removes deleted assessments and their answers for good and leaves the others', async () => {
  const kept = await createAssessment(buildProfile({ unitName: 'Sở Tài chính' }));
  const deleted = await createAssessment(buildProfile({ unitName: 'Sở Xây dựng' }));
  const keptAnswer = percentage('signatures-outgoing-documents-signed', 60);
  await saveAnswers(kept.id, { saved: [keptAnswer], clearedQuestionIds: [] });
  await saveAnswers(deleted.id, {
    saved: [percentage('signatures-outgoing-documents-signed', 10), percentage('data-population-db-verified-share', 5)],
    clearedQuestionIds: [],
  });
  await deleteAssessment(deleted.id);

  expect(await purgeDeletedAssessments()).toBe(1);

  expect(await failureOf(undoDeleteAssessment(deleted.id))).toBe('invalid');
  expect(await readAssessment(deleted.id)).toBeUndefined();
  expect(await db.answers.where('assessmentId').equals(deleted.id).count()).toBe(0);
  expect(await db.assessments.get(deleted.id)).toBeUndefined();
  expect((await listAssessments()).map((a) => a.id)).toEqual([kept.id]);
  expect(await readAnswers(kept.id)).toEqual(new Map([[keptAnswer.questionId, keptAnswer]]));
});

test('purging with nothing deleted removes nothing', async () => {
  const kept = await createAssessment(buildProfile());
  await saveAnswers(kept.id, {
    saved: [percentage('signatures-outgoing-documents-signed', 60)],
    clearedQuestionIds: [],
  });

  expect(await purgeDeletedAssessments()).toBe(0);

  expect(await listAssessments()).toHaveLength(1);
  expect((await readAnswers(kept.id)).size).toBe(1);
});

test('creating or copying an assessment stops at the device limit, one backup file, with nothing written', async () => {
  const template = await createAssessment(buildProfile());
  await db.assessments.bulkAdd(
    Array.from({ length: MAX_ASSESSMENTS - 2 }, (_, index) => ({ ...template, id: `seeded-${index}` })),
  );
  // 999 on the device: one more fits.
  const last = await createAssessment(buildProfile());
  expect(await db.assessments.count()).toBe(MAX_ASSESSMENTS);
  await expect(createAssessment(buildProfile())).rejects.toMatchObject({ failure: 'limit' });
  await expect(duplicateAssessment(last.id)).rejects.toMatchObject({ failure: 'limit' });
  expect(await db.assessments.count()).toBe(MAX_ASSESSMENTS);
  // An assessment deleted (awaiting undo) does not count.
  await deleteAssessment(last.id);
  await expect(createAssessment(buildProfile())).resolves.toMatchObject({ questionnaireId: template.questionnaireId });
});

test('the purge at start removes only what was deleted before the start, so a deletion made meanwhile stays undoable', async () => {
  const before = await createAssessment(buildProfile({ unitName: 'Deleted yesterday' }));
  const during = await createAssessment(buildProfile({ unitName: 'Deleted on the first screen' }));
  await deleteAssessment(before.id);
  setClock('2026-03-02T08:00:00.000Z');
  const startedAt = new Date().toISOString();
  setClock('2026-03-02T08:00:01.000Z');
  await deleteAssessment(during.id);

  expect(await purgeDeletedAssessments(startedAt)).toBe(1);
  expect(await db.assessments.get(before.id)).toBeUndefined();
  await undoDeleteAssessment(during.id);
  expect((await readAssessment(during.id))?.profile.unitName).toBe('Deleted on the first screen');
});
