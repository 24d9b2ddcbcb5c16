/**
 * Runs a callback once the pointer that is down (if any) has been released and its click delivered. Focus moves on
 * `pointerdown`, before the click: an error shown at that moment grows the page and moves the control under the
 * pointer, so the click lands on something else (or nothing) and is lost. Keyboard focus changes run at once.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useAfterPointerRelease() {
  const isPointerDown = useRef(false);
  const waiting = useRef<(() => void)[]>([]);
  useEffect(() => {
    const onDown = () => {
      isPointerDown.current = true;
    };
    const onUp = () => {
      isPointerDown.current = false;
      const callbacks = waiting.current.splice(0);
      // A task later: the click event of this press has been dispatched by then.
      if (callbacks.length) setTimeout(() => callbacks.forEach((callback) => callback()), 0);
    };
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    document.addEventListener('pointercancel', onUp, true);
    return () => {
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      document.removeEventListener('pointercancel', onUp, true);
    };
  }, []);
  return useCallback((callback: () => void) => {
    if (isPointerDown.current) waiting.current.push(callback);
    else callback();
  }, []);
}
