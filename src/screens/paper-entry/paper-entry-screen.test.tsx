import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { SLOW } from '../../../tests/fixtures/open-section';
import { buildProfile } from '../../../tests/fixtures/profile';
import { changeLanguage } from '../../i18n/i18n';
import type { AnswerResponse } from '../../questionnaire/answer-schema';
import type { Question } from '../../questionnaire/content-schema';
import { listPaperQuestions } from '../../questionnaire/paper-entry/paper-order';
import { questionnaire } from '../../questionnaire/questionnaire';
import { readAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import { testTranslations } from '../../wording/test-locale.test-support';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
});

const profile = buildProfile({ unitType: 'provincial-department' });
const paper = listPaperQuestions(questionnaire, profile.unitType);
const firstSection = paper.filter((entry) => entry.sectionNumber === 1);

/** What a helper presses for a question of each type, and the answer it stands for. */
function keysFor(question: Question, decimal: ',' | '.'): { keys: string; response: AnswerResponse } {
  const value = (answer: Extract<AnswerResponse, { kind: 'value' }>['value']): AnswerResponse => ({
    kind: 'value',
    value: answer,
  });
  switch (question.type) {
    case 'yes-partly-no':
      return { keys: '2', response: value({ type: 'yes-partly-no', choice: 'partly' }) };
    case 'coverage':
      return { keys: '3', response: value({ type: 'coverage', choice: 'half' }) };
    case 'maturity':
      return { keys: '4', response: value({ type: 'maturity', choice: '3' }) };
    case 'percentage':
      return { keys: `42${decimal}5{Enter}`, response: value({ type: 'percentage', percent: 42.5 }) };
    case 'count-pair':
      return { keys: '3{Enter}5{Enter}', response: value({ type: 'count-pair', part: 3, whole: 5 }) };
    case 'date':
      return { keys: '15/03/2026{Enter}', response: value({ type: 'date', date: '2026-03-15' }) };
    case 'multi-choice':
      return {
        keys: '12{Enter}',
        response: value({ type: 'multi-choice', optionIds: question.options.slice(0, 2).map((option) => option.id) }),
      };
    case 'text':
      return { keys: 'Thiếu kinh phí{Enter}', response: value({ type: 'text', text: 'Thiếu kinh phí' }) };
    case 'system-inventory':
      return { keys: 'b', response: { kind: 'dont-know' } };
  }
}

/** "1.2." as printed, "1.2" in a sentence. */
const escape = (number: string) => number.replace(/\./g, '\\.');
const sentenceNumber = (number: string) => number.replace(/\.$/, '');

async function openPaperEntry() {
  const { id } = await createAssessment(profile);
  const view = renderApp(`/assessments/${id}/paper`);
  return { ...view, assessmentId: id };
}

test('a helper types up the first section by keyboard alone, in the printed numbering, and it is saved', async () => {
  const { user, assessmentId } = await openPaperEntry();
  expect(await screen.findByRole('heading', { level: 1, name: 'Nhập nhanh từ phiếu giấy' }, SLOW)).toBeVisible();
  expect(screen.getByRole('heading', { name: 'Phím tắt' })).toBeVisible();
  expect(screen.getByText(`Câu 1/${paper.length} · đã trả lời 0/${paper.length} câu`)).toBeVisible();

  for (const [index, entry] of firstSection.entries()) {
    const heading = screen.getByRole('heading', { level: 2, name: new RegExp(`^${escape(entry.number)} `) });
    expect(heading).toHaveTextContent(`1.${index + 1}.`);
    expect(screen.getByText(/^Phần 1\. /)).toBeVisible();
    await user.keyboard(keysFor(entry.question, ',').keys);
    expect(screen.getByText(new RegExp(`^Đã ghi câu ${sentenceNumber(entry.number)}:`))).toBeVisible();
  }
  // Past the section: on to the second, numbered 2.1.
  expect(screen.getByRole('heading', { level: 2, name: /^2\.1\. / })).toBeVisible();
  expect(
    screen.getByText(
      `Câu ${firstSection.length + 1}/${paper.length} · đã trả lời ${firstSection.length}/${paper.length} câu`,
    ),
  ).toBeVisible();

  // Back with Page Up to a question that allows "don't know", and K replaces the answer already there.
  const target = firstSection.findLastIndex((entry) => entry.question.allowsDontKnow);
  const back = firstSection.length - target;
  await user.keyboard('{PageUp}'.repeat(back));
  const changed = firstSection[target];
  if (!changed) throw new Error('no question of the first section allows "don’t know"');
  expect(screen.getByRole('heading', { level: 2, name: new RegExp(`^${escape(changed.number)} `) })).toBeVisible();
  // A field, if any, has the focus: Escape leaves it so that the letter keys act.
  await user.keyboard('{Escape}k');
  expect(screen.getByText(`Đã ghi câu ${sentenceNumber(changed.number)}: Không biết`)).toBeVisible();

  await waitFor(async () => {
    const answers = await readAnswers(assessmentId);
    for (const entry of firstSection) {
      const expected = entry === changed ? { kind: 'dont-know' } : keysFor(entry.question, ',').response;
      expect(answers.get(entry.question.id)?.response, entry.question.id).toEqual(expected);
    }
    expect(answers.size).toBe(firstSection.length);
  }, SLOW);
  const assessment = await db.assessments.get(assessmentId);
  expect(assessment?.resumeAt).toEqual({ sectionId: 'services', questionId: changed.question.id });
});

test('a note typed from the paper is saved with the answer; keys typed in the note are the note’s own', async () => {
  const { user, assessmentId } = await openPaperEntry();
  await screen.findByRole('heading', { level: 1, name: 'Nhập nhanh từ phiếu giấy' }, SLOW);
  const yesNo = paper.find((entry) => entry.question.type === 'yes-partly-no');
  if (!yesNo) throw new Error('no yes-partly-no question');
  const headingOf = () => screen.queryByRole('heading', { level: 2, name: new RegExp(`^${escape(yesNo.number)} `) });
  while (!headingOf()) await user.keyboard('{Escape}b');
  await user.keyboard('g');
  const note = screen.getByLabelText('Ghi chú trên phiếu (không bắt buộc)');
  expect(note).toHaveFocus();
  // "2" would choose "Một phần" and move on if the screen took keys from the field.
  await user.keyboard('Có 2 văn bản kèm theo{Escape}');
  expect(note).toHaveValue('Có 2 văn bản kèm theo');
  expect(headingOf()).toHaveFocus();
  await user.keyboard('1');
  await waitFor(async () => {
    const saved = (await readAnswers(assessmentId)).get(yesNo.question.id);
    expect(saved?.note).toBe('Có 2 văn bản kèm theo');
    expect(saved?.response).toEqual({ kind: 'value', value: { type: 'yes-partly-no', choice: 'yes' } });
  }, SLOW);
});

test('by pointer too: an option clicked is chosen and the form moves on; the section screen shows the answer', async () => {
  const { user, assessmentId, unmount } = await openPaperEntry();
  await screen.findByRole('heading', { level: 1, name: 'Nhập nhanh từ phiếu giấy' }, SLOW);
  const yesNo = paper.find((entry) => entry.question.type === 'yes-partly-no');
  if (!yesNo) throw new Error('no yes-partly-no question');
  while (!screen.queryByRole('heading', { level: 2, name: new RegExp(`^${escape(yesNo.number)} `) })) {
    await user.click(screen.getByRole('button', { name: 'Bỏ qua' }));
  }
  const options = screen.getByRole('list', { name: 'Các phương án' });
  await user.click(within(options).getByRole('button', { name: 'Không' }));
  expect(screen.getByText(`Đã ghi câu ${sentenceNumber(yesNo.number)}: Không`)).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Câu trước' }));
  expect(
    within(screen.getByRole('list', { name: 'Các phương án' })).getByRole('button', { name: 'Không' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await waitFor(
    async () => expect((await readAnswers(assessmentId)).get(yesNo.question.id)?.response).toBeDefined(),
    SLOW,
  );
  unmount();
  renderApp(`/assessments/${assessmentId}/sections/${yesNo.sectionId}`);
  const text = testTranslations('vi').tc(`questions.${yesNo.question.id}.text`);
  const group = await screen.findByRole('group', { name: (name) => name.endsWith(text) }, SLOW);
  expect(within(group).getByRole('radio', { name: 'Không' })).toBeChecked();
});

test('in English: the same keys, the legend and confirmation in English; the next unanswered question with C', async () => {
  await changeLanguage('en');
  const { user, assessmentId } = await openPaperEntry();
  expect(await screen.findByRole('heading', { level: 1, name: 'Type up a paper form' }, SLOW)).toBeVisible();
  expect(screen.getByRole('heading', { name: 'Shortcut keys' })).toBeVisible();
  const [first, second, third] = firstSection;
  if (!first || !second || !third) throw new Error('too few questions');
  await user.keyboard(keysFor(first.question, '.').keys);
  expect(screen.getByText(new RegExp(`^Recorded question ${sentenceNumber(first.number)}:`))).toBeVisible();
  // Skip the second, answer the third, go back to the start: C finds the second.
  await user.keyboard('{Escape}b');
  expect(screen.getByText(`Question ${sentenceNumber(second.number)} left blank (not answered yet).`)).toBeVisible();
  await user.keyboard(keysFor(third.question, '.').keys);
  await user.keyboard('{Escape}{PageUp}{PageUp}{PageUp}');
  expect(screen.getByRole('heading', { level: 2, name: new RegExp(`^${escape(first.number)} `) })).toBeVisible();
  await user.keyboard('{Escape}c');
  expect(screen.getByRole('heading', { level: 2, name: new RegExp(`^${escape(second.number)} `) })).toBeVisible();
  await waitFor(async () => {
    const answers = await readAnswers(assessmentId);
    expect(answers.get(first.question.id)?.response).toEqual(keysFor(first.question, '.').response);
    expect(answers.get(third.question.id)?.response).toEqual(keysFor(third.question, '.').response);
    expect(answers.has(second.question.id)).toBe(false);
  }, SLOW);
});

test('the inventory of systems says it is entered on its section screen, and links there', async () => {
  const { user, assessmentId } = await openPaperEntry();
  await screen.findByRole('heading', { level: 1, name: 'Nhập nhanh từ phiếu giấy' }, SLOW);
  const inventory = paper.find((entry) => entry.question.type === 'system-inventory');
  if (!inventory) throw new Error('no inventory');
  const headingOf = () =>
    screen.queryByRole('heading', { level: 2, name: new RegExp(`^${escape(inventory.number)} `) });
  while (!headingOf()) await user.keyboard('{PageDown}');
  expect(screen.getByText(/Danh mục hệ thống thông tin có nhiều cột/)).toBeVisible();
  expect(screen.queryByRole('list', { name: 'Các phương án' })).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: /để nhập danh mục hệ thống/ })).toHaveAttribute(
    'href',
    `/assessments/${assessmentId}/sections/security#question-${inventory.question.id}`,
  );
  // Number keys choose nothing here.
  await user.keyboard('1');
  expect(headingOf()).toBeInTheDocument();
});
