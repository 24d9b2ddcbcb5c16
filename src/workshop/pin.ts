/**
 * The short PIN a participant chooses for their session on a shared device (issue 13), and the trainer's PIN that
 * leaves workshop mode. Kept only as a salted PBKDF2-SHA-256 hash, so the device's storage does not show it.
 *
 * What this protects against, and what not (docs/decisions/0017-shared-device-sessions.md): the next participant at
 * the same screen, who cannot open a locked session without its PIN. It is not encryption: the answers themselves
 * are stored as any assessment's are, and a 4 to 6 digit PIN can be found by trying them all with the browser's
 * developer tools. Screens limit tries (`PIN_TRIES_BEFORE_WAIT`).
 *
 * Pure module: no React, no storage, no i18next (WebCrypto only).
 */
import type { PinHash } from './session-schema';

export const PIN_PATTERN = /^\d{4,6}$/;
/** Enough to make each try take a noticeable moment on a fast laptop while staying near 0.1 s on an old phone. */
export const PIN_ITERATIONS = 60_000;
export const PIN_TRIES_BEFORE_WAIT = 5;
export const PIN_WAIT_MS = 30_000;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  if (!isValidPin(pin)) throw new Error('A PIN is 4 to 6 digits');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)), iterations };
}

/** Whether `pin` is the one hashed; compares every byte, whatever the first difference. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const expected = fromBase64(stored.hash);
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  let difference = expected.length ^ actual.length;
  for (let index = 0; index < expected.length; index += 1) difference |= expected[index]! ^ (actual[index] ?? 0);
  return difference === 0;
}

/** Counts wrong tries; after `PIN_TRIES_BEFORE_WAIT` in a row, the next is refused until `PIN_WAIT_MS` has passed. */
export interface PinTries {
  wrong: number;
  waitUntil: number;
}

export const NO_TRIES: PinTries = { wrong: 0, waitUntil: 0 };

export function afterWrongPin(tries: PinTries, now: number): PinTries {
  const wrong = tries.wrong + 1;
  return wrong >= PIN_TRIES_BEFORE_WAIT ? { wrong: 0, waitUntil: now + PIN_WAIT_MS } : { wrong, waitUntil: 0 };
}

/** Milliseconds left before another try is allowed (0: now). */
export function waitLeft(tries: PinTries, now: number): number {
  return Math.max(0, tries.waitUntil - now);
}

/**
 * Whether a session left alone since `lastActivity` is to be locked at `now`. A clock set back (now before the last
 * activity) counts as time passed in full, so moving the clock never keeps a session open.
 */
export function isIdleTooLong(lastActivity: number, now: number, lockAfterMinutes: number): boolean {
  const idle = now - lastActivity;
  return idle < 0 || idle >= lockAfterMinutes * 60_000;
}
