/**
 * Locks an open session left alone for `lockAfterMinutes`: no pointer, touch, key, wheel or input in this tab. Checked
 * every few seconds against the clock (not by one long timer, which a sleeping phone or a suspended tab would
 * stretch), and again when the tab comes back into view.
 */
import { useEffect, useRef } from 'react';
import { isIdleTooLong } from '../../workshop/pin';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
export const IDLE_CHECK_MS = 5000;

export function useIdleLock(lockAfterMinutes: number, onIdle: () => void) {
  const lastActivity = useRef(0);
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    lastActivity.current = Date.now();
    const touched = () => {
      lastActivity.current = Date.now();
    };
    const check = () => {
      if (isIdleTooLong(lastActivity.current, Date.now(), lockAfterMinutes)) onIdleRef.current();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, touched, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(check, IDLE_CHECK_MS);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, touched, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearInterval(timer);
    };
  }, [lockAfterMinutes]);
}
