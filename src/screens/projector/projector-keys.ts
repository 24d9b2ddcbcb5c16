/**
 * The trainer's keys on the projector: every one is also a button (`projector-controls.tsx`), and the buttons show
 * their key, which is the visible legend.
 */
import { useEffect, useRef } from 'react';

export const VIEWS = ['sections', 'questions', 'question', 'gaps'] as const;
export type ProjectorView = (typeof VIEWS)[number];

export type ProjectorAction =
  | { kind: 'view'; view: ProjectorView }
  | { kind: 'previous' }
  | { kind: 'next' }
  | { kind: 'reveal' }
  | { kind: 'names' }
  | { kind: 'order' }
  | { kind: 'fullscreen' }
  | { kind: 'back' };

/** The key each action is on, as `KeyboardEvent.key` gives it (letters in either case). */
export function actionOfKey(key: string): ProjectorAction | undefined {
  const view = VIEWS[Number(key) - 1];
  if (/^[1-4]$/.test(key) && view) return { kind: 'view', view };
  switch (key.toLowerCase()) {
    case 'arrowleft':
      return { kind: 'previous' };
    case 'arrowright':
      return { kind: 'next' };
    case 'r':
      return { kind: 'reveal' };
    case 'n':
      return { kind: 'names' };
    case 'o':
      return { kind: 'order' };
    case 'f':
      return { kind: 'fullscreen' };
    case 'escape':
      return { kind: 'back' };
    default:
      return undefined;
  }
}

/**
 * Listens on the whole document while the screen is shown, so the keys work wherever focus is, but never while
 * someone types in a field or holds a modifier (Ctrl+R still reloads, Alt+← still goes back).
 */
export function useProjectorKeys(act: (action: ProjectorAction) => void) {
  const latest = useRef(act);
  useEffect(() => {
    latest.current = act;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
      const action = actionOfKey(event.key);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
