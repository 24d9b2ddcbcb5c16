/**
 * Service worker registration and the update rule (docs/decisions/0006-offline-and-updates.md):
 * - a new version installs in the background and waits; the app says so and the user chooses when to switch;
 * - switching first writes every pending answer, then activates the new worker and reloads this tab only;
 * - any other open tab is never reloaded: it is told that the app was updated and reloads when its user is ready.
 */
import { Workbox } from 'workbox-window';
import { flushPendingWrites } from './pending-writes';

export type UpdateState = 'none' | 'ready' | 'updated-elsewhere';

type Listener = (state: UpdateState) => void;

let workbox: Workbox | undefined;
let state: UpdateState = 'none';
/** Set when this tab asked for the switch: only then does a change of controller reload it. */
let switchRequested = false;
const listeners = new Set<Listener>();

function setState(next: UpdateState) {
  state = next;
  listeners.forEach((listener) => listener(next));
}

export function subscribeToUpdates(listener: Listener): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

export function registerServiceWorker(): void {
  // The dev server has no service worker (and must not cache); tests in jsdom have no navigator.serviceWorker.
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => setState('ready'));
  // Workbox's `isExternal` says whether this page registered the new worker, not which tab asked for the switch.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (switchRequested) window.location.reload();
    else setState('updated-elsewhere');
  });
  void workbox.register();
}

/** Writes pending input, then lets the waiting version take over; this tab reloads when it does. */
export async function switchToNewVersion(): Promise<void> {
  await flushPendingWrites();
  switchRequested = true;
  workbox?.messageSkipWaiting();
}
