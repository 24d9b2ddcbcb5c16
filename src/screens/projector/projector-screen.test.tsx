import { act, screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { choice } from '../../../tests/fixtures/answers';
import { scoredQuestions } from '../../../tests/fixtures/content-picks';
import { renderApp } from '../../../tests/render-app';
import { receivedAssessment } from '../../collection/compare/compare.test-support';
import { digestEntry } from '../../collection/digest';
import { changeLanguage } from '../../i18n/i18n';
import { paths } from '../../paths';
import { questionKeys } from '../../questionnaire/content-keys';
import type { Answer } from '../../questionnaire/answer-schema';
import { fakeLocale } from '../../report/fake-locale.test-support';
import { clearCollection, receiveAssessments } from '../../storage/collection';
import { db } from '../../storage/db';
import { addToWorkshop, createWorkshop } from '../../storage/workshops';

beforeEach(async () => {
  await clearCollection();
  await db.workshops.clear();
});

const SLOW = { timeout: 10_000 };
const yesPartlyNo = scoredQuestions('provincial-department').filter(
  ({ question }) => question.type === 'yes-partly-no',
);
/** `split`: 2 yes, 1 no (the most disagreement); `weak`: all no (the lowest mean). Every other question unanswered. */
const split = yesPartlyNo[0]!.question;
const weak = yesPartlyNo[1]!.question;
const questionText = (id: string, key: 'text' | 'label' = 'text') => fakeLocale('vi').tc(questionKeys(id)[key]);

async function handIn(workshopId: string, units: { id: string; name: string; answers: Answer[]; sample?: boolean }[]) {
  const inputs = await Promise.all(
    units.map(async ({ id, name, answers, sample }) => {
      const { entry, receipt } = receivedAssessment({ id, profile: { unitName: name }, answers });
      const marked = sample ? { ...entry, assessment: { ...entry.assessment, sample: true as const } } : entry;
      return { entry: marked, receipt: { ...receipt, digest: await digestEntry(marked) } };
    }),
  );
  await receiveAssessments(inputs);
  await addToWorkshop(
    workshopId,
    units.map((unit) => unit.id),
  );
}

const CLASS = [
  { id: 'so-a', name: 'Sở Tư pháp', answers: [choice(split.id, 'yes'), choice(weak.id, 'no')] },
  { id: 'so-b', name: 'Sở Nội vụ', answers: [choice(split.id, 'yes'), choice(weak.id, 'no')] },
  { id: 'so-c', name: 'Sở Mẫu', answers: [choice(split.id, 'no'), choice(weak.id, 'no')], sample: true },
];

async function openProjector() {
  const workshop = await createWorkshop({ title: 'Tập huấn chuyển đổi số Thái Nguyên', date: '2026-12-03' });
  const view = renderApp(paths.projector.to(workshop.id));
  await screen.findByRole('heading', { level: 1, name: workshop.title }, SLOW);
  return { workshop, ...view };
}

test('empty at first, saying so; fills in by itself as assessments are handed in', async () => {
  const { workshop } = await openProjector();
  expect(screen.getByText('Chưa có bài đánh giá nào được nộp cho buổi tập huấn này.')).toBeVisible();
  expect(screen.getByText(/Màn hình tự cập nhật khi các bài được nộp/)).toBeVisible();
  await act(() => handIn(workshop.id, CLASS));
  expect(await screen.findByText(/^3 bài đánh giá đã nộp \(trong đó 1 bài mẫu\)/, undefined, SLOW)).toBeVisible();
});

test('by keyboard: hidden until R, names off until N, one question at a time, ordering toggled by O', async () => {
  const { workshop, user, location } = await openProjector();
  await act(() => handIn(workshop.id, CLASS));
  await screen.findByText(/^3 bài đánh giá đã nộp/, undefined, SLOW);
  expect(screen.getByText(/Tên đơn vị đang được ẩn/)).toBeVisible();

  // 1: the sections, hidden until revealed.
  expect(screen.getByRole('heading', { level: 2, name: 'Điểm của lớp theo từng phần' })).toBeVisible();
  expect(screen.getByText(/Kết quả đang được ẩn/)).toBeVisible();
  expect(screen.queryByText(/^Thấp nhất/)).toBeNull();
  await user.keyboard('r');
  expect(screen.getAllByText(/^Thấp nhất \d/).length).toBeGreaterThan(0);
  expect(screen.queryByText(/Kết quả đang được ẩn/)).toBeNull();

  // 3: one question, in the order of disagreement: the split one first; its answers hidden until R.
  await user.keyboard('3');
  const heading = screen.getByRole('heading', { level: 2, name: questionText(split.id) });
  expect(heading).toHaveFocus();
  expect(screen.getByText(/^Câu 1\//)).toBeVisible();
  expect(screen.getByText(/Kết quả đang được ẩn/)).toBeVisible();
  expect(screen.queryByText(/đơn vị · 67%/)).toBeNull();
  await user.keyboard('R');
  const bars = screen.getByRole('list');
  expect(within(bars).getByText('Có').closest('li')).toHaveTextContent('2 đơn vị · 67%');
  expect(within(bars).getByText('Có').closest('li')).not.toHaveTextContent('bài mẫu');
  expect(within(bars).getByText('Không').closest('li')).toHaveTextContent('1 đơn vị · 33%(có bài mẫu)');
  expect(screen.queryByText(/Sở Tư pháp/)).toBeNull();

  // N: names on, said so; the sample keeps its mark. N again: off.
  await user.keyboard('n');
  expect(screen.getByText('Đang hiện tên đơn vị. Phím N để ẩn tên.')).toBeVisible();
  expect(within(bars).getByText('Không').closest('li')).toHaveTextContent('Đơn vị: Sở Mẫu (mẫu)');
  await user.keyboard('n');
  expect(screen.queryByText(/Sở Mẫu/)).toBeNull();

  // →: the next question, hidden again (each question is revealed on its own); ←: back, still revealed.
  await user.keyboard('{ArrowRight}');
  expect(screen.getByText(/^Câu 2\//)).toBeVisible();
  expect(screen.getByText(/Kết quả đang được ẩn/)).toBeVisible();
  await user.keyboard('{ArrowLeft}');
  expect(screen.getByRole('heading', { level: 2, name: questionText(split.id) })).toBeVisible();
  expect(screen.queryByText(/Kết quả đang được ẩn/)).toBeNull();

  // 2 and O: the list, by disagreement, then by weakness (the all-"no" question first).
  await user.keyboard('2');
  await user.keyboard('r');
  const firstListed = () => within(screen.getAllByRole('list').at(-1)!).getAllByRole('button')[0];
  expect(firstListed()).toHaveTextContent(questionText(split.id, 'label'));
  expect(firstListed()).toHaveTextContent('Khác nhau 33,3%');
  await user.keyboard('o');
  expect(screen.getByRole('heading', { level: 2, name: 'Các câu hỏi: Yếu nhất trước' })).toBeVisible();
  expect(firstListed()).toHaveTextContent(questionText(weak.id, 'label'));
  expect(firstListed()).toHaveTextContent('Điểm trung bình 0');

  // 4: the common gaps; Esc: back to the workshop.
  await user.keyboard('4');
  expect(screen.getByRole('heading', { level: 2, name: 'Thiếu sót phổ biến nhất của lớp' })).toBeVisible();
  await user.keyboard('r');
  expect(screen.getAllByText('Việc cần làm:').length).toBeGreaterThan(0);
  await user.keyboard('{Escape}');
  expect(location.history?.at(-1)).toBe(paths.workshop.to(workshop.id));
});

test('in English: every key is also a button, and results stay hidden until Reveal', async () => {
  await changeLanguage('en');
  const { workshop, user } = await openProjector();
  await act(() => handIn(workshop.id, CLASS));
  await screen.findByText(/^3 assessments handed in \(1 of them a sample\)/, undefined, SLOW);
  expect(screen.getByText(/Unit names are hidden/)).toBeVisible();

  await user.click(screen.getByRole('button', { name: '3 One question' }));
  expect(screen.getByRole('button', { name: '3 One question' })).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByText(/The results are hidden/)).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'R Reveal' }));
  expect(screen.getByText('Yes').closest('li')).toHaveTextContent('2 units · 67%');
  expect(screen.getByRole('button', { name: 'R Hide results' })).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'N Show unit names' }));
  expect(screen.getByText('Unit names are shown. Press N to hide them.')).toBeVisible();
  expect(screen.getByText('Yes').closest('li')).toHaveTextContent('Units: Sở Tư pháp; Sở Nội vụ');
  await user.click(screen.getByRole('button', { name: '→ Next question' }));
  expect(screen.getByText(/^Question 2 of/)).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'O Change order' }));
  expect(screen.getByText(/Order: Weakest first/)).toBeVisible();
});
