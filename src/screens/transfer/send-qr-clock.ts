/** The timing of the sending screen: the frame clock, the screen wake lock and the reduced-motion preference. */
import { useEffect, useState } from 'react';

/** Codes per second: slower for older phones' cameras, the default, faster (decision 0016's 10 a second). */
export const SPEEDS = { slow: 2, normal: 5, fast: 10 } as const;
export type Speed = keyof typeof SPEEDS;

/**
 * The index of the frame to show: 0, 1, 2, … one more every 1/rate s while `running`, never back to 0 (the fountain
 * code needs fresh frames; frames from K on each carry a new combination of blocks). Pausing keeps the index.
 */
export function useFrameClock(running: boolean, perSecond: number): number {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setIndex((current) => current + 1), 1000 / perSecond);
    return () => clearInterval(timer);
  }, [running, perSecond]);
  return index;
}

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Keeps the screen on while `active`, where the browser has the Screen Wake Lock API. The browser releases the lock
 * when the page is hidden; it is asked for again when the page is shown. Released when inactive or unmounted.
 */
export function useScreenWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | undefined;
    let ended = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (ended) void lock.release().catch(() => undefined);
          else sentinel = lock;
        },
        // Refused (battery saver, a policy, a hidden page): the codes are still shown.
        () => undefined,
      );
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      ended = true;
      document.removeEventListener('visibilitychange', acquire);
      if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined);
    };
  }, [active]);
}
