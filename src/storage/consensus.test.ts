import { beforeEach, expect, test } from 'vitest';
import { choice } from '../../tests/fixtures/answers';
import { buildProfile } from '../../tests/fixtures/profile';
import type { AnswerResponse } from '../questionnaire/answer-schema';
import { listApplicableQuestions, questionnaire } from '../questionnaire/questionnaire';
import type { MemberInput } from '../workshop/consensus/merge';
import { readAnswers } from './answers';
import { readAssessment } from './assessments';
import { createConsensusAssessment, saveConsensusDecision } from './consensus';
import { db } from './db';
import { StorageError } from './storage-error';

const PROFILE = buildProfile({ assessorName: 'Phạm Thu Hà', assessorRole: 'Giảng viên' });
const [AGREED, DIFFERS, ALSO_DIFFERS] = questionnaire.sections
  .flatMap((section) => listApplicableQuestions(section, PROFILE.unitType))
  .filter((question) => question.type === 'yes-partly-no')
  .map(({ id }) => id) as [string, string, string];

const members: MemberInput[] = [
  {
    name: 'Nguyễn Văn An',
    role: 'Chánh Văn phòng',
    sourceAssessmentId: 'own-1',
    answers: [choice(AGREED, 'yes'), { ...choice(DIFFERS, 'yes'), note: 'Có kế hoạch' }, choice(ALSO_DIFFERS, 'no')],
  },
  {
    name: 'Trần Thị Bình',
    sourceAssessmentId: 'received-2',
    answers: [choice(AGREED, 'yes'), choice(DIFFERS, 'no'), choice(ALSO_DIFFERS, 'yes')],
  },
];

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
});

test('the merged assessment is one of the device’s own, with the agreed answers written at once', async () => {
  const created = await createConsensusAssessment(members, PROFILE);
  expect((await readAssessment(created.id))?.consensus?.members.map(({ name }) => name)).toEqual([
    'Nguyễn Văn An',
    'Trần Thị Bình',
  ]);
  const answers = await readAnswers(created.id);
  expect(answers.get(AGREED)?.response).toEqual(choice(AGREED, 'yes').response);
  // The open question keeps the notes but no response until the group decides.
  expect(answers.get(DIFFERS)?.response).toBeUndefined();
  expect(answers.get(DIFFERS)?.note).toBe('Có kế hoạch');
});

test('each decision is saved as it is made and is still there after the database is opened again', async () => {
  const created = await createConsensusAssessment(members, PROFILE);
  await saveConsensusDecision(created.id, DIFFERS, {
    response: choice(DIFFERS, 'no').response as AnswerResponse,
    reason: 'Kế hoạch chưa được phê duyệt',
  });
  db.close();
  await db.open();
  const reopened = await readAssessment(created.id);
  const question = reopened?.consensus?.questions.find(({ questionId }) => questionId === DIFFERS);
  expect(question).toMatchObject({ outcome: 'decided', reason: 'Kế hoạch chưa được phê duyệt' });
  expect(question?.answers.map(({ memberId, answer }) => [memberId, answer.response])).toEqual([
    ['m1', choice(DIFFERS, 'yes').response],
    ['m2', choice(DIFFERS, 'no').response],
  ]);
  expect(reopened?.consensus?.questions.find(({ questionId }) => questionId === ALSO_DIFFERS)?.outcome).toBe('open');
  expect((await readAnswers(created.id)).get(DIFFERS)?.response).toEqual(choice(DIFFERS, 'no').response);
});

test('a decision for an assessment that is not a consensus, or a response of another type, is refused', async () => {
  const created = await createConsensusAssessment(members, PROFILE);
  await expect(saveConsensusDecision('nope', DIFFERS, { response: { kind: 'dont-know' } })).rejects.toBeInstanceOf(
    StorageError,
  );
  await expect(
    saveConsensusDecision(created.id, DIFFERS, {
      response: { kind: 'value', value: { type: 'percentage', percent: 40 } },
    }),
  ).rejects.toMatchObject({ failure: 'invalid' });
  expect((await readAssessment(created.id))?.consensus?.questions.find((q) => q.questionId === DIFFERS)?.outcome).toBe(
    'open',
  );
});

test('one member is not a consensus', async () => {
  await expect(createConsensusAssessment(members.slice(0, 1), PROFILE)).rejects.toMatchObject({ failure: 'invalid' });
  expect(await db.assessments.count()).toBe(0);
});
