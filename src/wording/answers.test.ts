import { expect, test } from 'vitest';
import type { Question } from '../questionnaire/content-schema';
import { describeEvidence, describeImprovement, describeScaleOption, describeTargetReached } from './answers';
import { describeContentVersion } from './content-version';
import { describeDeadline } from './deadline';
import { createFormat } from './format';
import { testTranslations } from './test-locale.test-support';
import type { Translate } from './types';

const { t } = testTranslations('vi');
const format = createFormat('vi');
const question = {
  id: 'probe-question',
  type: 'yes-partly-no',
  weight: 3,
  appliesTo: ['provincial-department'],
  allowsNotApplicable: false,
  allowsDontKnow: true,
  legalBasis: [{ documentId: 'decree-224-2026' }],
  dti: 'digital-government',
} as Question;

/** A questionnaire translator that knows only the texts given, and gives the key back otherwise, as i18next does. */
const tcWith =
  (texts: Record<string, string>): Translate =>
  (key) =>
    texts[key] ?? key;

test('advice on a yes/partly/no answer names the goal as a state, or the option while the goal is missing', () => {
  const withGoal = tcWith({ 'questions.probe-question.goal': '100% hồ sơ được số hóa' });
  expect(describeImprovement(t, withGoal, format, question, { kind: 'choose', optionId: 'yes' })).toBe(
    'đạt trạng thái “100% hồ sơ được số hóa”.',
  );
  expect(describeImprovement(t, tcWith({}), format, question, { kind: 'choose', optionId: 'yes' })).toBe(
    'đạt trạng thái “Có”.',
  );
});

test('shares and counts read as states reached', () => {
  const tc = tcWith({ 'questions.probe-question.label': 'Tỷ lệ hồ sơ', 'questions.probe-question.part': 'Số thủ tục' });
  expect(describeImprovement(t, tc, format, question, { kind: 'reach-percent', percent: 95 })).toBe(
    'Tỷ lệ hồ sơ đạt 95%.',
  );
  expect(describeImprovement(t, tc, format, question, { kind: 'reach-count', part: 12, whole: 12 })).toBe(
    'Số thủ tục đạt 12 trên 12.',
  );
  expect(describeImprovement(t, tc, format, question, { kind: 'find-out' })).not.toMatch(/trả lời “/);
});

test('an aim, a legal deadline and a legal deadline passed', () => {
  expect(describeDeadline(t, format, '2026-12-31', 'target', '2026-12-02')).toBe('Mục tiêu đến 31/12/2026');
  expect(describeDeadline(t, format, '2025-10-01', 'target', '2026-12-02')).toBe('Mục tiêu đến 01/10/2025');
  expect(describeDeadline(t, format, '2027-01-01', 'legal', '2026-12-02')).toBe('Hạn theo quy định: 01/01/2027');
  expect(describeDeadline(t, format, '2025-04-05', 'legal', '2026-12-02')).toBe('Đã quá hạn từ 05/04/2025');
  const en = testTranslations('en').t;
  const enFormat = createFormat('en');
  expect(describeDeadline(en, enFormat, '2026-12-31', 'target', '2026-12-02')).toBe('Target: by 31/12/2026');
  expect(describeDeadline(en, enFormat, '2025-04-05', 'legal', '2026-12-02')).toBe('Overdue since 05/04/2025');
});

test('the options of the fixed scales, a maturity level with its text for the question', () => {
  const tc: Translate = (key) => (key === 'questions.probe-question.levels.3' ? 'Có quy trình' : key);
  expect(describeScaleOption(t, tc, 'probe-question', 'yes-partly-no', 'partly')).toBe('Một phần');
  expect(describeScaleOption(t, tc, 'probe-question', 'maturity', '3')).toBe(
    `${t('scales.maturityLevel', { level: '3' })} Có quy trình`,
  );
});

test('what a national target’s question reached: a share, an option, or unanswered', () => {
  expect(describeTargetReached(t, tcWith({}), format, question, { percent: 87.5 })).toBe('87,5%');
  expect(describeTargetReached(t, tcWith({}), format, question, { optionId: 'yes' })).toBe('Có');
  expect(describeTargetReached(t, tcWith({}), format, undefined, { optionId: 'yes' })).toBe('yes');
  expect(describeTargetReached(t, tcWith({}), format, question, undefined)).toBe(t('results.answer.unanswered'));
});

test('evidence as given: number, date and issuer, whichever are there', () => {
  expect(describeEvidence(format, { documentNumber: '125/QĐ-UBND', issuedOn: '2025-03-15', issuer: 'UBND tỉnh' })).toBe(
    '125/QĐ-UBND, 15/03/2025, UBND tỉnh',
  );
  expect(describeEvidence(format, { issuer: 'UBND tỉnh' })).toBe('UBND tỉnh');
  expect(describeEvidence(format, {})).toBeUndefined();
  expect(describeEvidence(format, undefined)).toBeUndefined();
});

test('the content version an assessment was answered with', () => {
  expect(describeContentVersion(t, format, '2.0.0', '2026-12-01')).toBe(
    'Phiên bản 2.0.0, căn cứ pháp lý cập nhật đến 01/12/2026',
  );
});
