import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { expect, test } from 'vitest';
import { changeLanguage } from '../i18n/i18n';
import { DateField } from './date-field';

function Form({ hint, error, onValue }: { hint?: string; error?: string; onValue?: (value: string) => void }) {
  const form = useForm<{ due: string }>({ defaultValues: { due: '' } });
  return (
    <form>
      <DateField
        id="due"
        label="Hạn"
        hint={hint}
        error={error}
        registration={form.register('due', {
          onChange: (event: { target: { value: string } }) => onValue?.(event.target.value),
        })}
      />
      <button type="button">Khác</button>
    </form>
  );
}

test('a plain text input with the full keyboard (a numeric one has no "/" on many phones), described by the day/month/year hint', () => {
  render(<Form />);
  const input = screen.getByRole('textbox', { name: 'Hạn' });
  expect(input).toHaveAttribute('type', 'text');
  expect(input).not.toHaveAttribute('inputmode');
  expect(input).toHaveAttribute('autocomplete', 'off');
  expect(input).toHaveClass('input', 'input--date');
  expect(input).toHaveAccessibleDescription('Ngày/tháng/năm, ví dụ 01/12/2026');
});

test('the hint is in the current language', async () => {
  await act(() => changeLanguage('en'));
  render(<Form />);
  expect(screen.getByRole('textbox', { name: 'Hạn' })).toHaveAccessibleDescription(
    'Day/month/year, for example 01/12/2026',
  );
});

test("the caller's hint comes first, then the date hint; an error describes the field too", () => {
  render(<Form hint="Ngày ký quyết định." error="Nhập ngày theo dạng ngày/tháng/năm" />);
  const input = screen.getByRole('textbox', { name: 'Hạn' });
  expect(input).toHaveAccessibleDescription(
    expect.stringMatching(/^Ngày ký quyết định\. Ngày\/tháng\/năm, ví dụ 01\/12\/2026.*Nhập ngày theo dạng/),
  );
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveClass('input--error');
});

test('what is typed stays exactly as typed, one key at a time and after leaving the field', async () => {
  const user = userEvent.setup({ delay: 5 });
  const seen: string[] = [];
  render(<Form onValue={(value) => seen.push(value)} />);
  const input = screen.getByRole('textbox', { name: 'Hạn' });
  await user.type(input, '1.12.2026');
  expect(seen).toEqual(['1', '1.', '1.1', '1.12', '1.12.', '1.12.2', '1.12.20', '1.12.202', '1.12.2026']);
  await user.click(screen.getByRole('button', { name: 'Khác' }));
  expect(input).toHaveValue('1.12.2026');
  await user.clear(input);
  await user.type(input, ' 5/3/20 ');
  expect(input).toHaveValue(' 5/3/20 ');
});

test('text composed by an input method is left alone', () => {
  render(<Form />);
  const input = screen.getByRole('textbox', { name: 'Hạn' });
  fireEvent.compositionStart(input);
  fireEvent.change(input, { target: { value: '０１/１２' } });
  expect(input).toHaveValue('０１/１２');
  fireEvent.compositionEnd(input, { data: '０１/１２' });
  fireEvent.blur(input);
  expect(input).toHaveValue('０１/１２');
});
