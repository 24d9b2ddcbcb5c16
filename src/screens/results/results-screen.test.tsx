import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { createFormat } from '../../wording/format';
import { fakeLocale } from '../../report/fake-locale.test-support';
import type { Answer } from '../../questionnaire/answer-schema';
import { criticalGapKey, nationalTargetKey, questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import type { NationalTarget, UnitType } from '../../questionnaire/content-schema';
import { questionnaire } from '../../questionnaire/questionnaire';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import {
  cappedCase,
  firstOfType,
  fullAnswer,
  gapAnswer,
  notApplicableAnswer,
  scoreOf,
  scoredQuestions,
} from '../../../tests/fixtures/content-picks';

const UNIT: UnitType = 'provincial-department';
const vi = createFormat('vi');
const tc = (key: string): string => fakeLocale('vi').tc(key);
const hasText = (key: string) => {
  try {
    return tc(key) !== '';
  } catch {
    return false;
  }
};

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.planItems.clear();
});

async function openResults(answers: readonly Answer[], unitType: UnitType = UNIT) {
  const commune = unitType === 'commune-committee' || unitType === 'commune-service-centre';
  const assessment = await createAssessment(
    buildProfile({ unitName: 'Sở Tư pháp', unitType, ...(commune ? { communeName: 'Xã Gia Viễn' } : {}) }),
  );
  await saveAnswers(assessment.id, { saved: [...answers], clearedQuestionIds: [] });
  const view = renderApp(`/assessments/${assessment.id}/results`);
  await screen.findByRole('heading', { level: 1, name: 'Kết quả đánh giá' });
  return { ...view, assessment };
}

const chartRow = (sectionId: string) => {
  const chart = screen.getByRole('heading', { name: 'Điểm theo từng phần' }).nextElementSibling as HTMLElement;
  return within(chart)
    .getByText(tc(sectionKeys(sectionId as never).title))
    .closest('li') as HTMLElement;
};

test('the grade capped by a critical gap, the grade bands beside it, and that it is not an official rating', async () => {
  const { gap, answers, score } = cappedCase(UNIT);
  const { user } = await openResults(answers);
  expect(screen.getByText('Điểm tổng hợp').parentElement).toHaveTextContent(`${vi.number(score.score ?? 0)} / 100`);
  expect(screen.getByText('Xếp loại').parentElement).toHaveTextContent(score.grade ?? '');
  expect(
    screen.getByText(
      `Xếp loại bị giới hạn ở ${score.grade} vì có tồn tại nghiêm trọng (riêng điểm số tương ứng xếp loại ${score.uncappedGrade}).`,
    ),
  ).toBeInTheDocument();
  const gaps = screen.getByRole('heading', { name: 'Tồn tại nghiêm trọng' }).nextElementSibling as HTMLElement;
  expect(within(gaps).getByText(tc(criticalGapKey(gap.id)))).toBeInTheDocument();
  expect(within(gaps).getByText(`(xếp loại tối đa: ${gap.capGrade})`)).toBeInTheDocument();

  const bands = within(screen.getByRole('list', { name: 'Thang xếp loại' })).getAllByRole('listitem');
  expect(bands.map((band) => band.textContent)).toEqual([
    'A 90–100 điểm',
    'B 80–89 điểm',
    'C 65–79 điểm',
    'D 50–64 điểm',
    'E dưới 50 điểm',
  ]);
  expect(screen.getByText('Tồn tại nghiêm trọng có thể giới hạn xếp loại, bất kể điểm số.')).toBeInTheDocument();
  expect(screen.getByText(/^Mỗi phần chỉ được xếp loại khi đã trả lời ít nhất 60% số câu có tính điểm/)).toBeVisible();
  expect(
    screen.getByText(
      'Kết quả tự đánh giá của đơn vị; không phải kết quả đánh giá, xếp hạng chính thức của cơ quan có thẩm quyền.',
    ),
  ).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: /English/ }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Assessment results' })).toBeInTheDocument();
  expect(screen.getByText('Overall score').parentElement).toHaveTextContent(
    `${createFormat('en').number(score.score ?? 0)} / 100`,
  );
  expect(
    screen.getByText(
      `The grade is capped at ${score.grade} because of a critical gap (the score alone would give ${score.uncappedGrade}).`,
    ),
  ).toBeInTheDocument();
  const enBands = within(screen.getByRole('list', { name: 'Grade bands' })).getAllByRole('listitem');
  expect(enBands.map((band) => band.textContent)).toEqual([
    'A 90–100 points',
    'B 80–89 points',
    'C 65–79 points',
    'D 50–64 points',
    'E below 50 points',
  ]);
  expect(
    screen.getByText('The unit’s own self-assessment; not an official evaluation or ranking by a competent authority.'),
  ).toBeInTheDocument();
});

test('a section gets its grade only once 60% of its scored questions are answered, and says how many it needs', async () => {
  // The section with the most scored questions, one of them answered.
  const questions = scoredQuestions(UNIT);
  const sectionId = questionnaire.sections
    .map((section) => section.id)
    .sort(
      (a, b) => questions.filter((q) => q.section.id === b).length - questions.filter((q) => q.section.id === a).length,
    )[0]!;
  const inSection = questions.filter((picked) => picked.section.id === sectionId);
  const first = fullAnswer(inSection[0]!.question);
  const { assessment } = await openResults([first]);
  const before = scoreOf(UNIT, [first]).sections.find((section) => section.sectionId === sectionId)!;
  expect(before.grade).toBeUndefined();
  expect(chartRow(sectionId)).toHaveTextContent(
    `Chưa xếp loại: cần trả lời ít nhất ${before.answersNeededForGrade} trong ${before.scoredApplicable} câu có tính điểm (đã trả lời 1)`,
  );
  expect(chartRow(sectionId)).not.toHaveTextContent('xếp loại A');

  // Answering up to the threshold gives the grade.
  const enough = inSection.slice(0, before.answersNeededForGrade).map((picked) => fullAnswer(picked.question));
  await saveAnswers(assessment.id, { saved: enough, clearedQuestionIds: [] });
  const after = scoreOf(UNIT, enough).sections.find((section) => section.sectionId === sectionId)!;
  expect(after.grade).toBeDefined();
  await waitFor(() =>
    expect(chartRow(sectionId)).toHaveTextContent(`${vi.number(after.score ?? 0)} điểm, xếp loại ${after.grade ?? ''}`),
  );
  expect(chartRow(sectionId)).not.toHaveTextContent('Chưa xếp loại');
});

test('the unit’s score per Decision 766 group and per DTI indicator, said not to be the official values', async () => {
  const answers = scoredQuestions(UNIT).map((picked) => fullAnswer(picked.question));
  const score = scoreOf(UNIT, answers);
  await openResults(answers);
  expect(screen.getByText(/không phải giá trị chính thức của các bộ chỉ số đó/)).toBeInTheDocument();
  const index766 = screen.getByRole('table', { name: 'Bộ chỉ số 766: điểm của đơn vị theo từng nhóm tiêu chí' });
  const rows = within(index766).getAllByRole('row').slice(1);
  expect(rows).toHaveLength(5);
  expect(rows[0]).toHaveTextContent('Công khai, minh bạch (18 điểm)');
  expect(rows[4]).toHaveTextContent('Mức độ hài lòng (18 điểm)');
  score.index766.forEach((frame, index) => {
    const cells = within(rows[index]!).getAllByRole('cell');
    const expected =
      frame.tagged === 0 ? 'không có câu hỏi' : frame.score === undefined ? 'chưa có điểm' : vi.number(frame.score);
    expect(cells[0]).toHaveTextContent(expected);
    expect(cells[1]).toHaveTextContent(`${frame.counted}/${frame.tagged}`);
  });
  const dti = screen.getByRole('table', { name: 'DTI: điểm của đơn vị theo từng chỉ số chính' });
  const dtiRows = within(dti).getAllByRole('row').slice(1);
  expect(dtiRows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
    'Nhận thức số',
    'Thể chế số',
    'Hạ tầng số',
    'Nhân lực số',
    'An toàn thông tin mạng',
    'Chính quyền số',
    'Kinh tế số',
    'Xã hội số',
  ]);
  // Every scored question feeds one DTI indicator: together they count every answered scored question.
  expect(score.dti.reduce((sum, frame) => sum + frame.counted, 0)).toBe(answers.length);
});

test('"why this score" names the state that raises an answer, never the answer to pick', async () => {
  const yesPartlyNo = firstOfType(UNIT, 'yes-partly-no');
  const percentage = scoredQuestions(UNIT).find((picked) => picked.question.type === 'percentage');
  const answers = [gapAnswer(yesPartlyNo.question)!, ...(percentage ? [gapAnswer(percentage.question)!] : [])];
  const { user } = await openResults(answers);
  const score = scoreOf(UNIT, answers);
  const section = score.sections.find((candidate) => candidate.sectionId === yesPartlyNo.section.id)!;
  await user.click(screen.getByText(`${tc(sectionKeys(section.sectionId).title)}: ${vi.number(section.score ?? 0)}`));
  const item = screen.getByRole('link', { name: tc(questionKeys(yesPartlyNo.question.id).label) }).closest('li')!;
  expect(item).toHaveTextContent('Trả lời: Một phần');
  const goalKey = questionKeys(yesPartlyNo.question.id).goal;
  const goal = hasText(goalKey) ? tc(goalKey) : 'Có';
  expect(item).toHaveTextContent(`Để tăng điểm: đạt trạng thái “${goal}”.`);
  expect(document.body).not.toHaveTextContent(/trả lời “/);
  if (percentage) {
    const target = percentage.question.type === 'percentage' ? (percentage.question.target ?? 100) : 100;
    if (percentage.section.id !== section.sectionId) {
      await user.click(screen.getByText(new RegExp(`^${tc(sectionKeys(percentage.section.id).title)}:`)));
    }
    const row = screen.getByRole('link', { name: tc(questionKeys(percentage.question.id).label) }).closest('li')!;
    expect(row).toHaveTextContent(`Để tăng điểm: ${tc(questionKeys(percentage.question.id).label)} đạt ${target}%.`);
  }
});

test('a section’s explanation lists the questions it was judged on and those left out', async () => {
  // A commune answering "not applicable" to every security question that allows it, one question in full.
  const unitType: UnitType = 'commune-committee';
  const security = scoredQuestions(unitType).filter((picked) => picked.section.id === 'security');
  const notApplicable = security.filter((picked) => picked.question.allowsNotApplicable);
  const answered = security.find((picked) => !picked.question.allowsNotApplicable) ?? security[0]!;
  const others = security.filter((picked) => picked !== answered && !notApplicable.includes(picked));
  const answers = [
    fullAnswer(answered.question),
    ...notApplicable.filter((picked) => picked !== answered).map((picked) => notApplicableAnswer(picked.question)),
  ];
  const { user } = await openResults(answers, unitType);
  const summary = screen.getByText(new RegExp(`^${tc(sectionKeys('security').title)}:`));
  await user.click(summary);
  const details = within(summary.closest('details') as HTMLElement);
  const label = (picked: { question: { id: string } }) => tc(questionKeys(picked.question.id).label);
  expect(details.getByText(`Các câu được tính vào điểm của phần (1): ${label(answered)}.`)).toBeInTheDocument();
  const leftOut = notApplicable.filter((picked) => picked !== answered);
  if (leftOut.length) {
    expect(
      details.getByText(
        `Không tính vì không áp dụng với đơn vị (${leftOut.length}): ${leftOut.map(label).join('; ')}.`,
      ),
    ).toBeInTheDocument();
  }
  if (others.length) {
    expect(
      details.getByText(`Chưa tính vì chưa trả lời (${others.length}): ${others.map(label).join('; ')}.`),
    ).toBeInTheDocument();
  }
  const notAsked =
    questionnaire.sections.find((section) => section.id === 'security')!.questions.filter((q) => q.weight > 0).length -
    security.length;
  if (notAsked > 0) {
    expect(
      details.getByText(`Số câu có tính điểm của phần không hỏi loại đơn vị này: ${notAsked}.`),
    ).toBeInTheDocument();
  }
});

test('a national target reads as an aim with its date, and "no data" while unanswered', async () => {
  const targets: readonly NationalTarget[] = questionnaire.nationalTargets;
  const applicableIds = new Set(scoredQuestions(UNIT).map((picked) => picked.question.id));
  const aim = targets.find(
    (target) =>
      target.deadlineKind === 'target' &&
      target.deadline &&
      applicableIds.has(target.questionId) &&
      (target.appliesTo?.includes(UNIT) ?? true),
  );
  await openResults([]);
  const table = screen.getByRole('columnheader', { name: 'Mục tiêu' }).closest('table') as HTMLElement;
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toHaveTextContent('Chưa có số liệu');
  expect(within(table).queryByText('Chưa đạt')).not.toBeInTheDocument();
  if (aim?.deadline) {
    const row = within(table)
      .getByText(tc(nationalTargetKey(aim.id)))
      .closest('tr') as HTMLElement;
    expect(row).toHaveTextContent(`(Mục tiêu đến ${vi.date(aim.deadline)})`);
    expect(row).not.toHaveTextContent('hạn');
  }
});
