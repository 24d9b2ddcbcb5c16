import fc from 'fast-check';
import { expect, test } from 'vitest';
import { choice, dontKnow, multi, notApplicable, text } from '../../../tests/fixtures/answers';
import type { Answer, AnswerResponse } from '../../questionnaire/answer-schema';
import { YES_PARTLY_NO, type Question } from '../../questionnaire/content-schema';
import { listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import { classifyQuestion, orderForDiscussion } from './classify';
import { decideQuestion, listConsensusQuestionIds, mergeMembers, type MemberInput } from './merge';
import { responseKey } from './response-key';

const UNIT_TYPE = 'commune-committee';
const MERGED_AT = '2026-12-02T09:00:00.000Z';
const APPLICABLE: Question[] = questionnaire.sections.flatMap((section) => listApplicableQuestions(section, UNIT_TYPE));
const YES_NO_QUESTIONS = APPLICABLE.filter((question) => question.type === 'yes-partly-no').slice(0, 6);
const [FIRST, SECOND, THIRD] = YES_NO_QUESTIONS.map(({ id }) => id) as [string, string, string];
const NOT_APPLICABLE_HERE = questionnaire.sections
  .flatMap((section): Question[] => section.questions)
  .find((question) => !question.appliesTo.includes(UNIT_TYPE));

const withNote = (answer: Answer, note: string): Answer => ({ ...answer, note });

function member(name: string, answers: Answer[], id = name): MemberInput {
  return { name, role: 'Công chức', sourceAssessmentId: `a-${id}`, answers };
}

const merge = (inputs: MemberInput[]) => mergeMembers(inputs, { unitType: UNIT_TYPE, mergedAt: MERGED_AT });
const questionOf = (result: ReturnType<typeof merge>, questionId: string) =>
  result.record.questions.find((question) => question.questionId === questionId);

const responseArb: fc.Arbitrary<AnswerResponse> = fc.oneof(
  fc.constantFrom(...YES_PARTLY_NO).map((value) => choice('q', value).response as AnswerResponse),
  fc.constant({ kind: 'not-applicable' as const }),
  fc.constant({ kind: 'dont-know' as const }),
);

/** A member's answers to some of the yes/partly/no questions: a response, a note alone, or both. */
const answersArb = fc
  .array(
    fc.record({
      questionId: fc.constantFrom(...YES_NO_QUESTIONS.map(({ id }) => id)),
      response: fc.option(responseArb, { nil: undefined }),
      note: fc.option(fc.constantFrom('Theo báo cáo quý III', 'Chưa rõ', ' Cần hỏi Văn phòng '), { nil: undefined }),
    }),
    { maxLength: YES_NO_QUESTIONS.length },
  )
  .map((rows) =>
    [...new Map(rows.map((row) => [row.questionId, row])).values()]
      .filter((row) => row.response || row.note)
      .map((row): Answer => ({
        questionId: row.questionId,
        ...(row.response ? { response: row.response } : {}),
        ...(row.note ? { note: row.note.trim() } : {}),
        updatedAt: MERGED_AT,
      })),
  );

const membersArb = fc
  .array(
    fc.record({ name: fc.constantFrom('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Ánh'), answers: answersArb }),
    { minLength: 2, maxLength: 5 },
  )
  .map((rows) => rows.map((row, index) => member(row.name, row.answers, `${index}`)));

test('the merge does not depend on the order the members were ticked in', () => {
  fc.assert(
    fc.property(
      membersArb.chain((members) =>
        fc.tuple(fc.constant(members), fc.shuffledSubarray(members, { minLength: members.length })),
      ),
      ([members, shuffled]) => {
        expect(merge(shuffled)).toEqual(merge(members));
      },
    ),
  );
});

test('when all members give the same response, the merged answer is that response', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 6 }), responseArb, (count, response) => {
      const inputs = Array.from({ length: count }, (_, index) =>
        member(`Thành viên ${index}`, [{ questionId: FIRST, response, updatedAt: MERGED_AT }]),
      );
      const result = merge(inputs);
      expect(result.answers.find((answer) => answer.questionId === FIRST)?.response).toEqual(response);
      expect(questionOf(result, FIRST)?.outcome).toBe('agreed');
    }),
  );
});

test('a question is listed as a difference exactly when two members gave different responses', () => {
  fc.assert(
    fc.property(membersArb, (members) => {
      const result = merge(members);
      for (const { id } of YES_NO_QUESTIONS) {
        const keys = new Set(
          members.flatMap((input) =>
            input.answers.flatMap((answer) =>
              answer.questionId === id && answer.response ? [responseKey(answer.response)] : [],
            ),
          ),
        );
        const question = questionOf(result, id);
        const listed = question !== undefined && classifyQuestion(question, members.length) === 'differs';
        expect(listed).toBe(keys.size > 1);
        expect(question?.outcome === 'open').toBe(keys.size > 1);
        // An open question stays unanswered in the merged assessment until the group decides.
        if (keys.size > 1) expect(result.answers.find((answer) => answer.questionId === id)?.response).toBeUndefined();
      }
    }),
  );
});

test("every member's answer is kept in the record, under their member id", () => {
  fc.assert(
    fc.property(membersArb, (members) => {
      const { record } = merge(members);
      for (const input of members) {
        const memberId = record.members.find((m) => m.sourceAssessmentId === input.sourceAssessmentId)?.memberId;
        for (const answer of input.answers) {
          const kept = record.questions
            .find((question) => question.questionId === answer.questionId)
            ?.answers.find((entry) => entry.memberId === memberId);
          expect(kept?.answer).toEqual(answer);
        }
      }
    }),
  );
});

test('responses are compared canonically: options in another order or a text spaced differently are the same', () => {
  const multiQuestion = APPLICABLE.find((question) => question.type === 'multi-choice');
  const textQuestion = APPLICABLE.find((question) => question.type === 'text');
  if (multiQuestion?.type !== 'multi-choice' || !textQuestion) throw new Error('content changed');
  const [a, b] = multiQuestion.options.map(({ id }) => id) as [string, string];
  const result = merge([
    member('An', [multi(multiQuestion.id, [a, b]), text(textQuestion.id, 'Cổng dịch vụ công tỉnh')]),
    member('Bình', [
      multi(multiQuestion.id, [b, a]),
      text(textQuestion.id, 'Cổng  dịch vụ công tỉnh'.normalize('NFD')),
    ]),
  ]);
  expect(questionOf(result, multiQuestion.id)?.outcome).toBe('agreed');
  expect(questionOf(result, textQuestion.id)?.outcome).toBe('agreed');
});

test('a note alone is no disagreement, and the notes of all members are kept in the merged answer', () => {
  const result = merge([
    member('An', [withNote(choice(FIRST, 'yes'), 'Có quyết định số 12')]),
    member('Bình', [withNote(choice(FIRST, 'yes'), 'Đã triển khai từ tháng 3')]),
  ]);
  expect(questionOf(result, FIRST)?.outcome).toBe('agreed');
  expect(result.answers[0]?.note).toBe('An: Có quyết định số 12\nBình: Đã triển khai từ tháng 3');
});

test('questions that do not apply to the unit type are left out', () => {
  if (!NOT_APPLICABLE_HERE) return;
  const result = merge([member('An', [notApplicable(NOT_APPLICABLE_HERE.id)]), member('Bình', [])]);
  expect(result.record.questions).toEqual([]);
  expect(listConsensusQuestionIds(UNIT_TYPE)).not.toContain(NOT_APPLICABLE_HERE.id);
});

test('the discussion lists the most split difference first, then the partial questions, then the agreed', () => {
  const result = merge([
    member('An', [choice(FIRST, 'yes'), choice(SECOND, 'yes'), choice(THIRD, 'no')]),
    member('Bình', [choice(FIRST, 'yes'), choice(SECOND, 'no'), choice(THIRD, 'no')]),
    member('Cường', [choice(FIRST, 'yes'), choice(SECOND, 'partly'), dontKnow(THIRD)]),
    member('Dũng', [choice(SECOND, 'yes')]),
  ]);
  const order = orderForDiscussion(result.record.questions, 4, listConsensusQuestionIds(UNIT_TYPE));
  expect(order.map(({ question, agreement }) => [question.questionId, agreement])).toEqual([
    [SECOND, 'differs'],
    [THIRD, 'differs'],
    [FIRST, 'partial'],
  ]);
});

test('a decision answers the open question with the chosen response and keeps why', () => {
  const { record } = merge([member('An', [choice(FIRST, 'yes')]), member('Bình', [choice(FIRST, 'no')])]);
  const decided = decideQuestion(
    record,
    FIRST,
    { response: choice(FIRST, 'no').response as AnswerResponse, reason: '  Chưa có quyết định ' },
    '2026-12-02T10:00:00.000Z',
  );
  expect(decided.answer.response).toEqual(choice(FIRST, 'no').response);
  expect(decided.record.questions[0]).toMatchObject({
    outcome: 'decided',
    reason: 'Chưa có quyết định',
    answers: record.questions[0]?.answers,
  });
});

test('fewer than two members, or one assessment twice, is refused', () => {
  expect(() => merge([member('An', [])])).toThrow('member-count');
  expect(() => merge([member('An', [], 'x'), member('Bình', [], 'x')])).toThrow('same-assessment-twice');
});
