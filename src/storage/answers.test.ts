import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { buildProfile } from '../../tests/fixtures/profile';
import { failureOf } from '../../tests/fixtures/storage-failure';
import type { Answer } from '../questionnaire/answer-schema';
import { readAnswers, saveAnswers, saveResumePoint, toAnswerMap } from './answers';
import { createAssessment, deleteAssessment, listAssessments, readAssessment } from './assessments';
import { DATABASE_NAME, ReadinessDatabase, db } from './db';

const SIGNED = 'signatures-outgoing-documents-signed';
const VERIFIED = 'data-population-db-verified-share';
const DATABASES = 'data-databases-connectable';
const LGSP = 'data-lgsp-connection';

/** Only `Date` is faked, so IndexedDB's own timers keep running while each write gets a known timestamp. */
function setClock(iso: string) {
  vi.setSystemTime(new Date(iso));
}

function percentage(questionId: string, percent: number): Answer {
  return {
    questionId,
    response: { kind: 'value', value: { type: 'percentage', percent } },
    updatedAt: '2026-03-01T08:00:00.000Z',
  };
}

function countPair(questionId: string, part: number, whole: number): Answer {
  return {
    questionId,
    response: { kind: 'value', value: { type: 'count-pair', part, whole } },
    updatedAt: '2026-03-01T08:00:00.000Z',
  };
}

function byQuestion(...answers: Answer[]) {
  return new Map(answers.map((answer) => [answer.questionId, answer]));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setClock('2026-03-01T08:00:00.000Z');
  await db.assessments.clear();
  await db.answers.clear();
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  // The reload test closes the shared instance; later tests need it open again.
  if (!db.isOpen()) await db.open();
});

test('saved answers of every kind read back equal, keyed by question', async () => {
  const { id } = await createAssessment(buildProfile());
  const answers: Answer[] = [
    percentage(SIGNED, 87.5),
    countPair(DATABASES, 0, 0),
    { questionId: LGSP, response: { kind: 'not-applicable' }, updatedAt: '2026-03-01T08:00:00.000Z' },
    { questionId: VERIFIED, response: { kind: 'dont-know' }, updatedAt: '2026-03-01T08:00:00.000Z' },
    {
      questionId: 'signatures-organisation-signature',
      response: { kind: 'value', value: { type: 'yes-partly-no', choice: 'partly' } },
      note: 'Đang chờ Ban Cơ yếu cấp chứng thư số',
      evidence: { documentNumber: '12/QĐ-UBND', issuedOn: '2026-01-15', issuer: 'UBND tỉnh' },
      updatedAt: '2026-02-20T07:30:00.000Z',
    },
    // Only a note: still unanswered, but the note is kept.
    { questionId: 'signatures-remote-signing', note: 'Hỏi lại Văn phòng', updatedAt: '2026-03-01T08:00:00.000Z' },
  ];

  await saveAnswers(id, { saved: answers, clearedQuestionIds: [] });

  expect(await readAnswers(id)).toEqual(byQuestion(...answers));
});

test('saving a question again replaces its earlier answer', async () => {
  const { id } = await createAssessment(buildProfile());
  await saveAnswers(id, { saved: [percentage(SIGNED, 30), percentage(VERIFIED, 10)], clearedQuestionIds: [] });

  await saveAnswers(id, { saved: [percentage(SIGNED, 65)], clearedQuestionIds: [] });

  expect(await readAnswers(id)).toEqual(byQuestion(percentage(SIGNED, 65), percentage(VERIFIED, 10)));
});

test('answers of one assessment are not seen in another', async () => {
  const first = await createAssessment(buildProfile({ unitName: 'Sở Tài chính' }));
  const second = await createAssessment(buildProfile({ unitName: 'Sở Y tế' }));

  await saveAnswers(first.id, { saved: [percentage(SIGNED, 30)], clearedQuestionIds: [] });
  await saveAnswers(second.id, { saved: [percentage(SIGNED, 90)], clearedQuestionIds: [] });

  expect(await readAnswers(first.id)).toEqual(byQuestion(percentage(SIGNED, 30)));
  expect(await readAnswers(second.id)).toEqual(byQuestion(percentage(SIGNED, 90)));
});

test('a cleared question loses its stored answer and the others stay', async () => {
  const { id } = await createAssessment(buildProfile());
  await saveAnswers(id, {
    saved: [percentage(SIGNED, 30), percentage(VERIFIED, 10), countPair(DATABASES, 2, 4)],
    clearedQuestionIds: [],
  });

  await saveAnswers(id, { saved: [countPair(DATABASES, 3, 4)], clearedQuestionIds: [SIGNED, VERIFIED] });

  expect(await readAnswers(id)).toEqual(byQuestion(countPair(DATABASES, 3, 4)));
});

test('saving advances the last change of the assessment and stores where to resume', async () => {
  const created = await createAssessment(buildProfile());
  setClock('2026-03-02T09:15:00.000Z');

  await saveAnswers(created.id, {
    saved: [percentage(SIGNED, 30)],
    clearedQuestionIds: [],
    resumeAt: { sectionId: 'signatures', questionId: SIGNED },
  });

  const read = await readAssessment(created.id);
  expect(read?.updatedAt).toBe('2026-03-02T09:15:00.000Z');
  expect(read?.createdAt).toBe(created.createdAt);
  expect(read?.resumeAt).toEqual({ sectionId: 'signatures', questionId: SIGNED });
});

test('saving without a resume point keeps the earlier one', async () => {
  const { id } = await createAssessment(buildProfile());
  await saveAnswers(id, { saved: [], clearedQuestionIds: [], resumeAt: { sectionId: 'data' } });

  await saveAnswers(id, { saved: [percentage(SIGNED, 30)], clearedQuestionIds: [] });

  expect((await readAssessment(id))?.resumeAt).toEqual({ sectionId: 'data' });
});

test('moving to another section records where to resume without counting as a change', async () => {
  const created = await createAssessment(buildProfile());
  setClock('2026-03-09T09:00:00.000Z');

  await saveResumePoint(created.id, { sectionId: 'security' });

  const read = await readAssessment(created.id);
  expect(read?.resumeAt).toEqual({ sectionId: 'security' });
  expect(read?.updatedAt).toBe(created.updatedAt);
});

test('a percentage above 100 is rejected and nothing of that save is written', async () => {
  const created = await createAssessment(buildProfile());
  await saveAnswers(created.id, { saved: [percentage(VERIFIED, 10)], clearedQuestionIds: [] });
  const before = await readAssessment(created.id);
  setClock('2026-03-02T09:00:00.000Z');

  const failure = await failureOf(
    saveAnswers(created.id, {
      saved: [percentage(SIGNED, 80), percentage(DATABASES, 150)],
      clearedQuestionIds: [VERIFIED],
      resumeAt: { sectionId: 'data' },
    }),
  );

  expect(failure).toBe('invalid');
  expect(await readAnswers(created.id)).toEqual(byQuestion(percentage(VERIFIED, 10)));
  expect(await readAssessment(created.id)).toEqual(before);
});

test('a count whose part exceeds the whole is rejected and nothing of that save is written', async () => {
  const created = await createAssessment(buildProfile());

  const failure = await failureOf(
    saveAnswers(created.id, { saved: [percentage(SIGNED, 80), countPair(DATABASES, 7, 5)], clearedQuestionIds: [] }),
  );

  expect(failure).toBe('invalid');
  expect(await readAnswers(created.id)).toEqual(new Map());
  expect(await db.answers.count()).toBe(0);
});

test('saving into an unknown assessment fails as invalid and writes nothing', async () => {
  const failure = await failureOf(
    saveAnswers('no-such-assessment', { saved: [percentage(SIGNED, 80)], clearedQuestionIds: [] }),
  );

  expect(failure).toBe('invalid');
  expect(await db.answers.count()).toBe(0);
  expect(await db.assessments.count()).toBe(0);
});

test('saving into a deleted assessment fails as invalid and writes nothing', async () => {
  const created = await createAssessment(buildProfile());
  await saveAnswers(created.id, { saved: [percentage(VERIFIED, 10)], clearedQuestionIds: [] });
  await deleteAssessment(created.id);
  const before = await db.assessments.get(created.id);
  setClock('2026-03-02T09:00:00.000Z');

  const failure = await failureOf(
    saveAnswers(created.id, {
      saved: [percentage(SIGNED, 80)],
      clearedQuestionIds: [VERIFIED],
      resumeAt: { sectionId: 'data' },
    }),
  );

  expect(failure).toBe('invalid');
  expect(await readAnswers(created.id)).toEqual(byQuestion(percentage(VERIFIED, 10)));
  expect(await db.assessments.get(created.id)).toEqual(before);
});

test('a full disk is reported as quota and leaves the stored answers and last change as they were', async () => {
  const created = await createAssessment(buildProfile());
  await saveAnswers(created.id, { saved: [percentage(SIGNED, 30), percentage(VERIFIED, 10)], clearedQuestionIds: [] });
  const before = await readAssessment(created.id);
  setClock('2026-03-02T09:00:00.000Z');
  const bulkPut = vi
    .spyOn(db.answers, 'bulkPut')
    .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

  const failure = await failureOf(
    saveAnswers(created.id, {
      saved: [percentage(SIGNED, 95)],
      clearedQuestionIds: [VERIFIED],
      resumeAt: { sectionId: 'signatures' },
    }),
  );

  expect(bulkPut).toHaveBeenCalledOnce();
  expect(failure).toBe('quota');
  expect(await readAnswers(created.id)).toEqual(byQuestion(percentage(SIGNED, 30), percentage(VERIFIED, 10)));
  expect(await readAssessment(created.id)).toEqual(before);

  // Once there is room again, the same save goes through.
  await saveAnswers(created.id, { saved: [percentage(SIGNED, 95)], clearedQuestionIds: [VERIFIED] });
  expect(await readAnswers(created.id)).toEqual(byQuestion(percentage(SIGNED, 95)));
});

test('stored records that fail validation are left out when reading, not thrown', async () => {
  const { id } = await createAssessment(buildProfile());
  await saveAnswers(id, { saved: [percentage(SIGNED, 30)], clearedQuestionIds: [] });
  // A hand-edited record, as if written by a broken import or an older build.
  await db.answers.put({ ...percentage(VERIFIED, 10), assessmentId: id, updatedAt: 'yesterday' });

  expect(await readAnswers(id)).toEqual(byQuestion(percentage(SIGNED, 30)));
});

test('after closing and reopening the database everything reads back intact, Vietnamese text included', async () => {
  const created = await createAssessment(
    buildProfile({
      unitName: 'Ủy ban nhân dân xã Hòa Bình',
      unitType: 'commune-committee',
      provinceId: 'dak-lak',
      communeName: 'Xã Hòa Bình',
      assessorName: 'Lê Thị Ngọc Ánh',
      assessorRole: 'Công chức Văn phòng – Thống kê',
    }),
  );
  const answers: Answer[] = [
    { ...percentage(SIGNED, 100), note: 'Đã ký số 100% văn bản đi' },
    {
      ...countPair(DATABASES, 2, 3),
      evidence: { documentNumber: '45/KH-UBND', issuedOn: '2026-02-01', issuer: 'Chủ tịch UBND xã' },
    },
    {
      questionId: 'capacity-obstacles',
      response: {
        kind: 'value',
        value: { type: 'text', text: 'Thiếu cán bộ chuyên trách công nghệ thông tin; đường truyền yếu ở thôn Đắk Rơ' },
      },
      updatedAt: '2026-03-01T08:00:00.000Z',
    },
  ];
  setClock('2026-03-02T10:00:00.000Z');
  await saveAnswers(created.id, {
    saved: answers,
    clearedQuestionIds: [],
    resumeAt: { sectionId: 'signatures', questionId: SIGNED },
  });
  const saved = await readAssessment(created.id);

  db.close();
  const reopened = new ReadinessDatabase(DATABASE_NAME);
  try {
    await reopened.open();
    const records = await reopened.answers.where('assessmentId').equals(created.id).toArray();
    expect(await reopened.assessments.get(created.id)).toEqual(saved);
    expect(saved?.profile.unitName).toBe('Ủy ban nhân dân xã Hòa Bình');
    expect(toAnswerMap(records)).toEqual(byQuestion(...answers));
    expect(toAnswerMap(records).get(SIGNED)?.note).toBe('Đã ký số 100% văn bản đi');
  } finally {
    reopened.close();
  }

  // The app's own instance, opened again, reads the same.
  await db.open();
  expect(await listAssessments()).toEqual([saved]);
  expect(await readAnswers(created.id)).toEqual(byQuestion(...answers));
});
