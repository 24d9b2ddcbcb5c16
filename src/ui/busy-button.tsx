import { useCallback, useRef, useState, type MouseEvent, type ReactNode } from 'react';

/**
 * One long action at a time (a PDF, an export, an import), shared by the buttons that start it. The guard is a ref,
 * set before the first `await`: a double click or double tap reaches `run` twice within one frame, before React has
 * re-rendered anything, and the second is refused.
 */
export interface BusyAction {
  /** Which action is running (the key given to `run`), for rendering; undefined when none is. */
  running: string | undefined;
  /** Runs `action` under `key` unless an action is already running; resolves to false when refused. */
  run: (key: string, action: () => Promise<unknown>) => Promise<boolean>;
  /** Read at once, not at the next render: whether an action is running right now. */
  isRunning: () => boolean;
}

export function useBusyAction(): BusyAction {
  const current = useRef<string | undefined>(undefined);
  const [running, setRunning] = useState<string>();
  const run = useCallback(async (key: string, action: () => Promise<unknown>) => {
    if (current.current !== undefined) return false;
    current.current = key;
    setRunning(key);
    try {
      await action();
      return true;
    } finally {
      current.current = undefined;
      setRunning(undefined);
    }
  }, []);
  const isRunning = useCallback(() => current.current !== undefined, []);
  return { running, run, isRunning };
}

const DEFAULT_KEY = 'action';

/**
 * A button for an action that takes a while. While it runs, the button says so in words (`busyLabel`, no spinner),
 * carries `aria-busy`, and is `aria-disabled`: clicks, taps and Enter/Space are ignored. The other buttons sharing
 * the same `BusyAction` are `aria-disabled` too (their label unchanged).
 *
 * Why `aria-disabled` and not `disabled`: a button that becomes `disabled` while it has focus loses it (the browser
 * moves focus to the page), so a keyboard or screen-reader user would be thrown back to the top after pressing it.
 * With `aria-disabled` the focus stays on the button, it is still announced (as unavailable, then with its new
 * label), and it is usable again the moment the action ends. `disabled` is kept for a button that cannot be used
 * at all yet (`disabled` prop, e.g. data still loading).
 *
 * A `type="button"` button runs `onAction` itself. A `type="submit"` button leaves the action to its form, whose
 * `onSubmit` calls `busy.run(actionKey, …)` (so Enter in a field is guarded too); the button only refuses clicks
 * while busy, so they never submit the form a second time.
 */
export function BusyButton({
  busy,
  actionKey = DEFAULT_KEY,
  busyLabel,
  onAction,
  type = 'button',
  className = 'button',
  disabled,
  children,
}: {
  busy: BusyAction;
  /** Which of the group's actions this button starts (needed only when buttons share one `BusyAction`). */
  actionKey?: string;
  busyLabel: ReactNode;
  /** Required for `type="button"`. */
  onAction?: () => Promise<unknown>;
  type?: 'button' | 'submit';
  className?: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  const isThisRunning = busy.running === actionKey;
  const isBlocked = busy.running !== undefined;
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy.isRunning()) {
      // Also stops a submit button from submitting its form again.
      event.preventDefault();
      return;
    }
    if (type === 'button' && onAction) void busy.run(actionKey, onAction);
  };
  return (
    <button
      type={type}
      className={`${className} busy-button`}
      disabled={disabled}
      aria-disabled={isBlocked ? true : undefined}
      aria-busy={isThisRunning ? true : undefined}
      onClick={onClick}
    >
      {isThisRunning ? busyLabel : children}
    </button>
  );
}

/**
 * What a long action is doing or did (working, done with the file's name, or why it failed), placed right after its
 * button(s). A polite live region that is always in the page, empty when there is nothing to say, so that screen
 * readers announce each change without interrupting.
 */
export function ActionStatus({ message, isError }: { message?: ReactNode; isError?: boolean }) {
  return (
    <p role="status" className={`action-status${isError ? ' error-message' : ''}`}>
      {message}
    </p>
  );
}
