import { act, screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { db } from '../../storage/db';
import { renderApp } from '../../../tests/render-app';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
});

/**
 * Lets every timer already queued run (react-hook-form queues a second "focus the first error" with setTimeout 0 in
 * handleSubmit, before the summary is rendered), so that what has focus afterwards is where it stays.
 */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** The ids (or tag names) of the elements that take focus from now on, in order. */
function recordFocus() {
  const moves: string[] = [];
  const record = (event: FocusEvent) => {
    const target = event.target as HTMLElement;
    moves.push(target.id || target.className || target.tagName);
  };
  document.addEventListener('focusin', record);
  return { moves, stop: () => document.removeEventListener('focusin', record) };
}

test('with two errors, the error summary keeps focus and its links follow page order to each field', async () => {
  const { user } = renderApp('/assessments/new');
  // Everything right except the unit's name (empty) and its type (none chosen).
  await user.selectOptions(await screen.findByLabelText('Tỉnh, thành phố'), 'Tỉnh Lào Cai');
  await user.type(screen.getByLabelText('Họ và tên người đánh giá'), 'Lò Thị Mai');
  await user.type(screen.getByLabelText('Chức vụ của người đánh giá'), 'Giám đốc Trung tâm');
  const submit = screen.getByRole('button', { name: 'Tạo đánh giá' });
  const focus = recordFocus();
  await user.click(submit);

  const summary = await screen.findByRole('alert');
  await settle();
  focus.stop();
  expect(summary).toHaveFocus();
  // Straight from the button to the summary: no field takes focus first (a screen reader would announce it) or
  // afterwards (react-hook-form's own "focus the first error", which runs again on a timer).
  expect(focus.moves).toEqual([submit.className, 'error-summary']);

  const links = within(summary).getAllByRole('link');
  expect(links.map((link) => link.textContent)).toEqual(['Nhập tên cơ quan, đơn vị', 'Chọn loại cơ quan, đơn vị']);
  expect(links.map((link) => link.getAttribute('href'))).toEqual(['#profile-unitName', '#profile-unitType']);
  // The summary's order is the page's order: each link's field comes after the one before it.
  const fields = links.map((link) => document.getElementById(link.getAttribute('href')?.slice(1) ?? ''));
  expect(fields[0]?.compareDocumentPosition(fields[1] as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);

  await user.click(links[0] as HTMLElement);
  await settle();
  expect(screen.getByLabelText('Tên cơ quan, đơn vị')).toHaveFocus();

  await user.click(links[1] as HTMLElement);
  await settle();
  // The first radio of the group carries the group's id.
  expect(document.getElementById('profile-unitType')).toHaveFocus();
});

test('submitting again with errors left moves focus back to the summary, not to a field', async () => {
  const { user } = renderApp('/assessments/new');
  await user.click(await screen.findByRole('button', { name: 'Tạo đánh giá' }));
  await screen.findByRole('alert');
  await settle();
  await user.type(screen.getByLabelText('Tên cơ quan, đơn vị'), 'Sở Tư pháp');
  const focus = recordFocus();
  await user.click(screen.getByRole('button', { name: 'Tạo đánh giá' }));
  await settle();
  focus.stop();
  const summary = screen.getByRole('alert');
  expect(summary).toHaveFocus();
  expect(focus.moves.slice(1)).toEqual(['error-summary']);
  expect(within(summary).queryByRole('link', { name: 'Nhập tên cơ quan, đơn vị' })).not.toBeInTheDocument();
  expect(within(summary).getAllByRole('link')[0]).toHaveTextContent('Chọn loại cơ quan, đơn vị');
});
