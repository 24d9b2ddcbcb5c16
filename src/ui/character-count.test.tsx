import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { afterEach, expect, test, vi } from 'vitest';
import { changeLanguage } from '../i18n/i18n';
import { ANNOUNCE_AFTER_MS } from './character-count';
import { TextField } from './text-field';

function NoteForm({
  limit,
  defaultNote = '',
  onSubmit = () => undefined,
}: {
  limit: number;
  defaultNote?: string;
  onSubmit?: (values: { note: string }) => void;
}) {
  const form = useForm({ defaultValues: { note: defaultNote } });
  return (
    <form onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      <TextField id="note" label="Ghi chú" registration={form.register('note')} multiline characterLimit={limit} />
      <button type="submit">Lưu</button>
    </form>
  );
}

const visibleCount = () => document.querySelector('.character-count__message');
const announcement = () => document.querySelector('[aria-live="polite"]');

afterEach(() => {
  vi.useRealTimers();
});

test('counts what is left as the user types, in Vietnamese numbers, and how many are too many in red', async () => {
  const user = userEvent.setup();
  render(<NoteForm limit={2000} defaultNote={'a'.repeat(45)} />);
  const note = screen.getByLabelText('Ghi chú');
  // A default value is counted from the start.
  expect(visibleCount()).toHaveTextContent('Còn 1.955 ký tự');
  await user.type(note, 'Ghi.o');
  expect(visibleCount()).toHaveTextContent('Còn 1.950 ký tự');
  expect(visibleCount()).not.toHaveClass('character-count__message--error');
  // The visible count is not read out (the live region below is); the limit describes the field.
  expect(visibleCount()).toHaveAttribute('aria-hidden', 'true');
  expect(note).toHaveAccessibleDescription('Bạn có thể nhập tối đa 2.000 ký tự.');

  await user.clear(note);
  await user.paste('x'.repeat(2010));
  await user.type(note, 'yz');
  expect(visibleCount()).toHaveTextContent('Vượt quá 12 ký tự');
  expect(visibleCount()).toHaveClass('character-count__message--error');
  // The counter never writes the field: everything typed is there, over the limit too.
  expect(note).toHaveValue('x'.repeat(2010) + 'yz');
});

test('counts with the validator’s rule: JS string length, so an emoji counts 2 and a decomposed letter 2', async () => {
  const user = userEvent.setup();
  render(<NoteForm limit={10} />);
  const note = screen.getByLabelText('Ghi chú');
  await user.type(note, '👍');
  expect(visibleCount()).toHaveTextContent(`Còn ${10 - '👍'.length} ký tự`);
  fireEvent.input(note, { target: { value: 'e\u0302' } });
  expect(visibleCount()).toHaveTextContent('Còn 8 ký tự');
});

test('the announcement waits until typing pauses for a second, then says the count once', () => {
  // The clock is the test's: each "key" is an input event, and time passes only when the test says so.
  vi.useFakeTimers();
  render(<NoteForm limit={20} />);
  const note = screen.getByLabelText('Ghi chú');
  const typeText = (value: string) => fireEvent.input(note, { target: { value } });
  const pass = (ms: number) =>
    act(() => {
      vi.advanceTimersByTime(ms);
    });
  // Nothing is announced on opening.
  pass(ANNOUNCE_AFTER_MS * 2);
  expect(announcement()).toBeEmptyDOMElement();

  typeText('S');
  pass(300);
  typeText('Sở');
  pass(ANNOUNCE_AFTER_MS - 100);
  typeText('Sở T');
  pass(300);
  typeText('Sở Tư');
  // The visible count follows every key; 1.9 s of typing with short pauses has said nothing yet.
  expect(visibleCount()).toHaveTextContent('Còn 15 ký tự');
  pass(ANNOUNCE_AFTER_MS - 1);
  expect(announcement()).toBeEmptyDOMElement();

  pass(1);
  expect(announcement()).toHaveTextContent('Còn 15 ký tự');
  // Once said, it is not said again while nothing changes (not even after a language switch alone).
  pass(ANNOUNCE_AFTER_MS * 3);
  expect(announcement()).toHaveTextContent('Còn 15 ký tự');
  typeText('Sở Tư pháp tỉnh Lào Cai nhé');
  pass(ANNOUNCE_AFTER_MS);
  expect(announcement()).toHaveTextContent('Vượt quá 7 ký tự');
});

test('in English: plural forms and English numbers; the form still gets what was typed', async () => {
  await act(() => changeLanguage('en'));
  const user = userEvent.setup();
  const onSubmit = vi.fn();
  render(<NoteForm limit={2000} defaultNote={'b'.repeat(49)} onSubmit={onSubmit} />);
  expect(visibleCount()).toHaveTextContent('1,951 characters left');
  const note = screen.getByLabelText('Ghi chú');
  await user.type(note, 'c');
  expect(visibleCount()).toHaveTextContent('1,950 characters left');
  fireEvent.input(note, { target: { value: 'd'.repeat(1999) } });
  expect(visibleCount()).toHaveTextContent('1 character left');
  fireEvent.input(note, { target: { value: 'd'.repeat(2001) } });
  expect(visibleCount()).toHaveTextContent('1 character too many');
  fireEvent.input(note, { target: { value: 'd'.repeat(2012) } });
  expect(visibleCount()).toHaveTextContent('12 characters too many');
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
  expect(onSubmit).toHaveBeenCalledWith({ note: 'd'.repeat(2012) }, expect.anything());
});

test('a field without a limit has no counter', () => {
  function Plain() {
    const form = useForm({ defaultValues: { note: '' } });
    return <TextField id="plain" label="Ghi chú" registration={form.register('note')} multiline />;
  }
  render(<Plain />);
  expect(visibleCount()).toBeNull();
  expect(screen.getByLabelText('Ghi chú')).not.toHaveAttribute('aria-describedby');
});
