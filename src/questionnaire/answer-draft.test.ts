import fc from 'fast-check';
import {
  answerDraftSchema,
  answerFromDraft,
  draftFromAnswer,
  emptyDraft,
  emptySystemDraft,
  isoFromTypedDate,
  parseCount,
  parsePercent,
  type AnswerDraft,
} from './answer-draft';
import { MAX_COUNT, MAX_TEXT_LENGTH, answerSchema, type Answer, type AnswerValue } from './answer-schema';
import type { Question, QuestionOfType, UnitType } from './content-schema';

const TODAY = '2026-05-15';
const UPDATED_AT = '2026-05-15T08:30:00.000Z';

/** The fields every question shares; both special responses allowed unless said otherwise. */
function base(id: string, allows: { notApplicable?: boolean; dontKnow?: boolean } = {}) {
  const appliesTo: UnitType[] = ['commune-committee'];
  return {
    id,
    weight: 3,
    dti: 'information-security' as const,
    appliesTo,
    allowsNotApplicable: allows.notApplicable ?? true,
    allowsDontKnow: allows.dontKnow ?? true,
    legalBasis: [{ documentId: 'decree-42-2022' }],
  };
}

const yesPartlyNo: QuestionOfType<'yes-partly-no'> = { ...base('q-yes-partly-no'), type: 'yes-partly-no' };
const coverage: QuestionOfType<'coverage'> = { ...base('q-coverage'), type: 'coverage' };
const maturity: QuestionOfType<'maturity'> = { ...base('q-maturity'), type: 'maturity' };
const percentage: QuestionOfType<'percentage'> = { ...base('q-percentage'), type: 'percentage', target: 90 };
const countPair: QuestionOfType<'count-pair'> = { ...base('q-count-pair'), type: 'count-pair' };
const date: QuestionOfType<'date'> = { ...base('q-date'), type: 'date' };
const multiChoice: QuestionOfType<'multi-choice'> = {
  ...base('q-multi-choice'),
  type: 'multi-choice',
  options: [
    { id: 'portal', points: 0.5 },
    { id: 'kiosk', points: 0.3 },
    { id: 'guide', points: 0.2 },
    { id: 'none', points: 0, isExclusive: true },
  ],
};
const text: QuestionOfType<'text'> = { ...base('q-text'), type: 'text', weight: 0 };
const systemInventory: QuestionOfType<'system-inventory'> = { ...base('q-systems'), type: 'system-inventory' };

const ALL_TYPES: Question[] = [
  yesPartlyNo,
  coverage,
  maturity,
  percentage,
  countPair,
  date,
  multiChoice,
  text,
  systemInventory,
];

function draftWith(fields: Partial<AnswerDraft>): AnswerDraft {
  return { ...emptyDraft(), ...fields };
}

/** The issues of a draft as [dotted path, message key]. */
function issuesOf(question: Question, draft: AnswerDraft, today = TODAY): [string, string][] {
  const result = answerDraftSchema(question, today).safeParse(draft);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

function valueAnswer(question: Question, value: AnswerValue, extra: Partial<Answer> = {}): Answer {
  return { questionId: question.id, response: { kind: 'value', value }, updatedAt: UPDATED_AT, ...extra };
}

function roundTrip(question: Question, answer: Answer): Answer | undefined {
  return answerFromDraft(question, draftFromAnswer(answer), answer.updatedAt);
}

// --- parsing -----------------------------------------------------------------------------------------------------

test.each([
  ['75', 75],
  ['12,5', 12.5],
  ['12.5', 12.5],
  ['12,75', 12.75],
  ['100', 100],
  ['0', 0],
  [' 42 ', 42],
  ['7 %', 7],
  ['7%', 7],
  ['100,01', undefined],
  ['101', undefined],
  ['-1', undefined],
  ['abc', undefined],
  ['', undefined],
  ['12,345', undefined],
  ['1.000', undefined],
  ['12,', undefined],
])('parsePercent(%j) gives %j', (raw, expected) => {
  expect(parsePercent(raw)).toBe(expected);
});

test.each([
  ['12', 12],
  ['0', 0],
  ['1 200', 1200],
  ['1\u00a0200', 1200],
  [' 7 ', 7],
  [String(MAX_COUNT), MAX_COUNT],
  [String(MAX_COUNT + 1), undefined],
  ['12.5', undefined],
  ['1,200', undefined],
  ['1.200', undefined],
  ['-3', undefined],
  ['abc', undefined],
  ['', undefined],
])('parseCount(%j) gives %j', (raw, expected) => {
  expect(parseCount(raw)).toBe(expected);
});

test.each([
  ['29/02/2024', '2024-02-29'],
  ['31/12/2026', '2026-12-31'],
  ['1/1/2026', '2026-01-01'],
  ['30/02/2026', undefined],
  ['29/02/2025', undefined],
  ['29/02/2100', undefined],
  ['01/13/2026', undefined],
  ['31/04/2026', undefined],
  ['15/03/26', undefined],
  ['', undefined],
])('isoFromTypedDate(%j) is %j: day first, a real date, a four-digit year', (raw, expected) => {
  expect(isoFromTypedDate(raw)).toBe(expected);
});

test('parsePercent gives back any percent from 0 to 100 with up to two decimals, written with comma or point', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 10_000 }),
      fc.constantFrom(',', '.'),
      fc.boolean(),
      (hundredths, separator, alwaysTwoDecimals) => {
        const whole = Math.floor(hundredths / 100);
        const decimals = String(hundredths % 100).padStart(2, '0');
        const written = alwaysTwoDecimals || decimals !== '00' ? `${whole}${separator}${decimals}` : String(whole);

        expect(parsePercent(written)).toBe(hundredths / 100);
      },
    ),
  );
});

// --- validation --------------------------------------------------------------------------------------------------

test('an empty draft is valid for every question type', () => {
  const withIssues = ALL_TYPES.filter((question) => issuesOf(question, emptyDraft()).length > 0).map((q) => q.type);

  expect(withIssues).toEqual([]);
});

test('a percent that is not a number is reported as not a number', () => {
  expect(issuesOf(percentage, draftWith({ percent: 'abc' }))).toEqual([['percent', 'errors.percentNotNumber']]);
  expect(issuesOf(percentage, draftWith({ percent: '-5' }))).toEqual([['percent', 'errors.percentNotNumber']]);
});

test.each(['1000', '101', '100,5'])('percent %j is reported as out of range', (percent) => {
  expect(issuesOf(percentage, draftWith({ percent }))).toEqual([['percent', 'errors.percentOutOfRange']]);
});

test('valid percents in either notation pass', () => {
  expect(issuesOf(percentage, draftWith({ percent: '12,5' }))).toEqual([]);
  expect(issuesOf(percentage, draftWith({ percent: '99.99 %' }))).toEqual([]);
});

test('a part larger than the whole is reported on the part', () => {
  expect(issuesOf(countPair, draftWith({ part: '12', whole: '10' }))).toEqual([
    ['part', 'errors.countPartExceedsWhole'],
  ]);
});

test('a part equal to the whole passes', () => {
  expect(issuesOf(countPair, draftWith({ part: '10', whole: '10' }))).toEqual([]);
});

test('a count pair with only one number asks for the other', () => {
  expect(issuesOf(countPair, draftWith({ part: '3' }))).toEqual([['whole', 'errors.countWholeMissing']]);
  expect(issuesOf(countPair, draftWith({ whole: '5' }))).toEqual([['part', 'errors.countPartMissing']]);
});

test('counts that are not whole numbers are reported on their own field', () => {
  expect(issuesOf(countPair, draftWith({ part: '2,5', whole: '5' }))).toEqual([['part', 'errors.countNotWhole']]);
  expect(issuesOf(countPair, draftWith({ part: '2', whole: 'ten' }))).toEqual([['whole', 'errors.countNotWhole']]);
});

test('an impossible date is invalid and a date after today is in the future', () => {
  expect(issuesOf(date, draftWith({ date: '2026-02-30' }))).toEqual([['date', 'errors.dateInvalid']]);
  expect(issuesOf(date, draftWith({ date: '2026-05-16' }))).toEqual([['date', 'errors.dateInFuture']]);
  expect(issuesOf(date, draftWith({ date: TODAY }))).toEqual([]);
});

test('the evidence date is checked for every question type', () => {
  const draft = draftWith({ choice: 'yes', evidence: { documentNumber: '', issuedOn: '2027-01-01', issuer: '' } });

  expect(issuesOf(yesPartlyNo, draft)).toEqual([['evidence.issuedOn', 'errors.dateInFuture']]);
});

test('an exclusive option selected with another is reported', () => {
  expect(issuesOf(multiChoice, draftWith({ optionIds: ['portal', 'none'] }))).toEqual([
    ['optionIds', 'errors.multiExclusive'],
  ]);
  expect(issuesOf(multiChoice, draftWith({ optionIds: ['none'] }))).toEqual([]);
  expect(issuesOf(multiChoice, draftWith({ optionIds: ['portal', 'kiosk'] }))).toEqual([]);
});

test('a system row needs a name and a system type', () => {
  const system = { ...emptySystemDraft('s1'), name: '   ' };

  expect(issuesOf(systemInventory, draftWith({ systems: [system] }))).toEqual([
    ['systems.0.name', 'errors.systemNameRequired'],
    ['systems.0.systemType', 'errors.systemTypeRequired'],
  ]);
});

test('a system with an approval date but no approved level is reported on the level', () => {
  const complete = { ...emptySystemDraft('s1'), name: 'Cổng dịch vụ công', systemType: 'citizen-services' as const };
  const system = { ...emptySystemDraft('s2'), name: 'Một cửa điện tử', systemType: 'internal' as const };

  expect(
    issuesOf(systemInventory, draftWith({ systems: [complete, { ...system, approvedOn: '2025-03-01' }] })),
  ).toEqual([['systems.1.approvedLevel', 'errors.systemApprovedLevelMissing']]);
  expect(
    issuesOf(systemInventory, draftWith({ systems: [{ ...system, approvedOn: '2025-03-01', approvedLevel: '3' }] })),
  ).toEqual([]);
});

test('system dates are checked like other dates', () => {
  const system = { ...emptySystemDraft('s1'), name: 'Hệ thống', systemType: 'internal' as const };

  expect(issuesOf(systemInventory, draftWith({ systems: [{ ...system, lastInspectedOn: '2026-02-30' }] }))).toEqual([
    ['systems.0.lastInspectedOn', 'errors.dateInvalid'],
  ]);
});

test('a note longer than the limit is too long', () => {
  expect(issuesOf(text, draftWith({ note: 'x'.repeat(MAX_TEXT_LENGTH + 1) }))).toEqual([
    ['note', 'errors.noteTooLong'],
  ]);
  expect(issuesOf(text, draftWith({ note: 'x'.repeat(MAX_TEXT_LENGTH) }))).toEqual([]);
});

test('a text answer longer than the limit is too long', () => {
  expect(issuesOf(text, draftWith({ text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }))).toEqual([
    ['text', 'errors.textTooLong'],
  ]);
});

test('a special response sets aside an invalid typed value: no error, and the value is ignored', () => {
  const draft = draftWith({ special: 'dont-know', percent: 'abc' });

  expect(issuesOf(percentage, draft)).toEqual([]);
  expect(answerFromDraft(percentage, draft, UPDATED_AT)?.response).toEqual({ kind: 'dont-know' });
});

test('a special response also sets aside a count pair that breaks its rules', () => {
  const draft = draftWith({ special: 'not-applicable', part: '9', whole: '3' });

  expect(issuesOf(countPair, draft)).toEqual([]);
  expect(answerFromDraft(countPair, draft, UPDATED_AT)?.response).toEqual({ kind: 'not-applicable' });
});

test.each<[string, Question, Partial<AnswerDraft>]>([
  ['percent 100', percentage, { percent: '100' }],
  ['percent 101', percentage, { percent: '101' }],
  ['percent 100,5', percentage, { percent: '100,5' }],
  ['count pair', countPair, { part: '3', whole: '3' }],
  ['date', date, { date: TODAY }],
  ['text', text, { text: 'x'.repeat(MAX_TEXT_LENGTH) }],
])('a draft that passes validation (%s) gives an answer storage accepts', (_name, question, fields) => {
  const draft = draftWith(fields);
  const answer = answerFromDraft(question, draft, UPDATED_AT);
  const passes = issuesOf(question, draft).length === 0;
  const rejectedByStorage =
    passes && answer !== undefined
      ? (answerSchema.safeParse(answer).error?.issues.map((issue) => issue.path) ?? [])
      : [];

  expect(rejectedByStorage).toEqual([]);
});

// --- draft <-> answer ----------------------------------------------------------------------------------------------

test.each<[string, Question, AnswerValue]>([
  ['yes-partly-no', yesPartlyNo, { type: 'yes-partly-no', choice: 'partly' }],
  ['coverage', coverage, { type: 'coverage', choice: 'half' }],
  ['maturity', maturity, { type: 'maturity', choice: '0' }],
  ['percentage', percentage, { type: 'percentage', percent: 12.5 }],
  ['percentage (0)', percentage, { type: 'percentage', percent: 0 }],
  ['count-pair', countPair, { type: 'count-pair', part: 0, whole: 1200 }],
  ['date', date, { type: 'date', date: '2025-12-31' }],
  ['multi-choice', multiChoice, { type: 'multi-choice', optionIds: ['portal', 'guide'] }],
  ['multi-choice (exclusive)', multiChoice, { type: 'multi-choice', optionIds: ['none'] }],
  ['text', text, { type: 'text', text: 'Thiếu cán bộ chuyên trách' }],
  [
    'system-inventory',
    systemInventory,
    {
      type: 'system-inventory',
      systems: [
        {
          id: 's1',
          name: 'Cổng dịch vụ công tỉnh',
          purpose: 'Tiếp nhận hồ sơ trực tuyến',
          role: 'owner',
          systemType: 'citizen-services',
          handlesProcedures: true,
          proposedLevel: '3',
          appraisedOn: '2025-02-10',
          approvedLevel: '3',
          approvedOn: '2025-03-01',
          hasSecurityPlan: 'yes',
          lastInspectedOn: '2026-01-20',
        },
        { id: 's2', name: 'Hệ thống quản lý văn bản', role: 'user', systemType: 'internal', handlesProcedures: false },
        { id: 's3', name: 'Hệ thống chưa nêu vai trò', systemType: 'other' },
      ],
    },
  ],
])('a %s value survives the trip to a draft and back', (_name, question, value) => {
  const answer = valueAnswer(question, value);

  expect(issuesOf(question, draftFromAnswer(answer))).toEqual([]);
  expect(roundTrip(question, answer)).toEqual(answer);
});

test('note and evidence survive the trip to a draft and back', () => {
  const answer = valueAnswer(
    yesPartlyNo,
    { type: 'yes-partly-no', choice: 'yes' },
    {
      note: 'Đã ban hành kế hoạch',
      evidence: { documentNumber: '123/QĐ-UBND', issuedOn: '2025-06-01', issuer: 'UBND tỉnh' },
    },
  );

  expect(roundTrip(yesPartlyNo, answer)).toEqual(answer);
});

test('a count pair with part at most whole survives the trip to a draft and back', () => {
  fc.assert(
    fc.property(
      fc
        .integer({ min: 0, max: MAX_COUNT })
        .chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole))),
      ([part, whole]) => {
        const answer = valueAnswer(countPair, { type: 'count-pair', part, whole });

        expect(issuesOf(countPair, draftFromAnswer(answer))).toEqual([]);
        expect(roundTrip(countPair, answer)).toEqual(answer);
      },
    ),
  );
});

test.each(ALL_TYPES.map((question) => [question.type, question] as const))(
  'special responses of a %s question survive the trip to a draft and back',
  (_type, question) => {
    for (const kind of ['not-applicable', 'dont-know'] as const) {
      const answer: Answer = { questionId: question.id, response: { kind }, updatedAt: UPDATED_AT };

      expect(roundTrip(question, answer)).toEqual(answer);
    }
  },
);

test.each(ALL_TYPES.map((question) => [question.type, question] as const))(
  'an empty draft of a %s question gives no answer',
  (_type, question) => {
    expect(answerFromDraft(question, emptyDraft(), UPDATED_AT)).toBeUndefined();
  },
);

test('blank typed values give no answer', () => {
  expect(answerFromDraft(text, draftWith({ text: '   ' }), UPDATED_AT)).toBeUndefined();
  expect(answerFromDraft(percentage, draftWith({ percent: ' ' }), UPDATED_AT)).toBeUndefined();
  expect(answerFromDraft(countPair, draftWith({ part: '3' }), UPDATED_AT)).toBeUndefined();
  expect(answerFromDraft(text, draftWith({ note: '  ' }), UPDATED_AT)).toBeUndefined();
});

test('a note alone gives an answer without a response', () => {
  const answer = answerFromDraft(countPair, draftWith({ note: '  Số liệu quý I  ' }), UPDATED_AT);

  expect(answer).toEqual({ questionId: countPair.id, note: 'Số liệu quý I', updatedAt: UPDATED_AT });
  expect(answer?.response).toBeUndefined();
});

test('evidence alone gives an answer without a response', () => {
  const draft = draftWith({ evidence: { documentNumber: ' 45/KH-UBND ', issuedOn: '', issuer: '' } });
  const answer = answerFromDraft(date, draft, UPDATED_AT);

  expect(answer?.response).toBeUndefined();
  expect(answer?.evidence).toEqual({ documentNumber: '45/KH-UBND' });
});

test('a scale question takes its special response from the choice, not from the special box', () => {
  expect(answerFromDraft(coverage, draftWith({ choice: 'not-applicable' }), UPDATED_AT)?.response).toEqual({
    kind: 'not-applicable',
  });
  expect(answerFromDraft(maturity, draftWith({ choice: 'dont-know' }), UPDATED_AT)?.response).toEqual({
    kind: 'dont-know',
  });
  expect(answerFromDraft(coverage, draftWith({ special: 'not-applicable' }), UPDATED_AT)).toBeUndefined();
});

test('other questions take their special response from the special box, not from the choice', () => {
  expect(answerFromDraft(date, draftWith({ special: 'not-applicable' }), UPDATED_AT)?.response).toEqual({
    kind: 'not-applicable',
  });
  expect(answerFromDraft(multiChoice, draftWith({ special: 'dont-know' }), UPDATED_AT)?.response).toEqual({
    kind: 'dont-know',
  });
  expect(answerFromDraft(date, draftWith({ choice: 'dont-know' }), UPDATED_AT)).toBeUndefined();
});

test('"not applicable" counts only where the question allows it', () => {
  const strict: QuestionOfType<'yes-partly-no'> = {
    ...base('q-strict', { notApplicable: false }),
    type: 'yes-partly-no',
  };
  const strictPercent: QuestionOfType<'percentage'> = {
    ...base('q-strict-percent', { notApplicable: false }),
    type: 'percentage',
  };

  expect(answerFromDraft(strict, draftWith({ choice: 'not-applicable' }), UPDATED_AT)).toBeUndefined();
  expect(
    answerFromDraft(strictPercent, draftWith({ special: 'not-applicable', percent: '40' }), UPDATED_AT)?.response,
  ).toEqual({ kind: 'value', value: { type: 'percentage', percent: 40 } });
});

test('"don\'t know" counts only where the question allows it', () => {
  const strict: QuestionOfType<'maturity'> = { ...base('q-strict', { dontKnow: false }), type: 'maturity' };
  const strictDate: QuestionOfType<'date'> = { ...base('q-strict-date', { dontKnow: false }), type: 'date' };

  expect(answerFromDraft(strict, draftWith({ choice: 'dont-know' }), UPDATED_AT)).toBeUndefined();
  expect(answerFromDraft(strictDate, draftWith({ special: 'dont-know' }), UPDATED_AT)).toBeUndefined();
});

test('multi-choice answers keep the options in the order of the question and drop unknown ids', () => {
  const answer = answerFromDraft(
    multiChoice,
    draftWith({ optionIds: ['guide', 'removed-option', 'portal'] }),
    UPDATED_AT,
  );

  expect(answer?.response).toEqual({ kind: 'value', value: { type: 'multi-choice', optionIds: ['portal', 'guide'] } });
});

test('a percent typed with a decimal comma is stored as a number', () => {
  const answer = answerFromDraft(percentage, draftWith({ percent: '87,5' }), UPDATED_AT);

  expect(answer?.response).toEqual({ kind: 'value', value: { type: 'percentage', percent: 87.5 } });
});

test('draftFromAnswer of nothing is the empty draft', () => {
  expect(draftFromAnswer(undefined)).toEqual(emptyDraft());
});
