import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type FormEvent } from 'react';
import { expect, test, vi } from 'vitest';
import { ActionStatus, BusyButton, useBusyAction } from './busy-button';

/** A promise the test settles when it chooses: the action "takes a while" for exactly as long as the test wants. */
function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

function OneButton({ action }: { action: () => Promise<void> }) {
  const busy = useBusyAction();
  const [message, setMessage] = useState<string>();
  return (
    <>
      <BusyButton
        busy={busy}
        busyLabel="Đang tạo PDF…"
        onAction={async () => {
          setMessage('Đang tạo tệp PDF…');
          await action();
          setMessage('Đã tạo tệp bao-cao.pdf.');
        }}
      >
        Tải báo cáo PDF
      </BusyButton>
      <ActionStatus message={message} />
    </>
  );
}

test('a double click starts the action once; meanwhile the button is busy, unavailable and keeps focus', async () => {
  const user = userEvent.setup();
  const work = deferred();
  const action = vi.fn(() => work.promise);
  render(<OneButton action={action} />);
  const button = screen.getByRole('button', { name: 'Tải báo cáo PDF' });

  await user.dblClick(button);

  expect(action).toHaveBeenCalledTimes(1);
  expect(button).toHaveAttribute('aria-busy', 'true');
  expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(button).toHaveAccessibleName('Đang tạo PDF…');
  // aria-disabled, not disabled: the button keeps focus (a disabled one would drop it to the page).
  expect(button).toBeEnabled();
  expect(button).toHaveFocus();
  expect(screen.getByRole('status')).toHaveTextContent('Đang tạo tệp PDF…');

  // Clicks and Enter while it works are ignored.
  await user.click(button);
  await user.keyboard('{Enter}');
  expect(action).toHaveBeenCalledTimes(1);

  await act(async () => {
    work.resolve();
    await work.promise;
  });
  expect(button).toHaveAccessibleName('Tải báo cáo PDF');
  expect(button).not.toHaveAttribute('aria-busy');
  expect(button).not.toHaveAttribute('aria-disabled');
  expect(button).toHaveFocus();
  expect(screen.getByRole('status')).toHaveTextContent('Đã tạo tệp bao-cao.pdf.');

  // Usable again: one more click, one more action.
  await user.click(button);
  expect(action).toHaveBeenCalledTimes(2);
});

test('two clicks in the same task (before React re-renders) still start one action', async () => {
  const work = deferred();
  const action = vi.fn(() => work.promise);
  render(<OneButton action={action} />);
  const button = screen.getByRole('button', { name: 'Tải báo cáo PDF' });
  // Both clicks are dispatched synchronously, one after the other: the guard must not wait for a render.
  act(() => {
    button.click();
    button.click();
  });
  expect(action).toHaveBeenCalledTimes(1);
  await act(async () => {
    work.resolve();
    await work.promise;
  });
});

function SubmitForm({ action }: { action: () => Promise<void> }) {
  const busy = useBusyAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void busy.run('make', action);
  };
  return (
    <form onSubmit={submit}>
      <label htmlFor="agency">Cơ quan</label>
      <input id="agency" />
      <BusyButton type="submit" busy={busy} actionKey="make" busyLabel="Đang tạo PDF…">
        Tải báo cáo PDF
      </BusyButton>
    </form>
  );
}

test('a submit button: a double click submits once, and Enter in a field while busy does not submit again', async () => {
  const user = userEvent.setup();
  const work = deferred();
  const action = vi.fn(() => work.promise);
  render(<SubmitForm action={action} />);
  const button = screen.getByRole('button', { name: 'Tải báo cáo PDF' });

  await user.dblClick(button);
  expect(action).toHaveBeenCalledTimes(1);
  expect(button).toHaveAttribute('aria-busy', 'true');
  expect(button).toHaveAttribute('aria-disabled', 'true');

  await user.type(screen.getByLabelText('Cơ quan'), 'Sở Tư pháp{Enter}');
  expect(action).toHaveBeenCalledTimes(1);

  await act(async () => {
    work.resolve();
    await work.promise;
  });
  expect(button).not.toHaveAttribute('aria-disabled');
  await user.click(button);
  expect(action).toHaveBeenCalledTimes(2);
});

test('a failed action frees the button again', async () => {
  const user = userEvent.setup();
  let fail: (reason: Error) => void = () => undefined;
  const action = vi.fn(
    () =>
      new Promise<void>((_, reject) => {
        fail = reject;
      }),
  );
  function Failing() {
    const busy = useBusyAction();
    const [error, setError] = useState<string>();
    return (
      <>
        <BusyButton
          busy={busy}
          busyLabel="Đang tạo tệp…"
          onAction={() => action().catch(() => setError('Không tạo được tệp. Hãy thử lại.'))}
        >
          Xuất câu trả lời (CSV)
        </BusyButton>
        <ActionStatus message={error} isError={Boolean(error)} />
      </>
    );
  }
  render(<Failing />);
  const button = screen.getByRole('button', { name: 'Xuất câu trả lời (CSV)' });
  await user.click(button);
  expect(button).toHaveAttribute('aria-busy', 'true');
  await act(async () => {
    fail(new Error('disk full'));
    await Promise.resolve();
  });
  expect(await screen.findByText('Không tạo được tệp. Hãy thử lại.')).toHaveClass('error-message');
  expect(button).not.toHaveAttribute('aria-disabled');
  await user.click(button);
  expect(action).toHaveBeenCalledTimes(2);
});
