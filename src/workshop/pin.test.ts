import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  afterWrongPin,
  hashPin,
  isIdleTooLong,
  isValidPin,
  NO_TRIES,
  PIN_TRIES_BEFORE_WAIT,
  PIN_WAIT_MS,
  verifyPin,
  waitLeft,
} from './pin';

// Few iterations: the tests check the scheme, not its cost.
const FAST = 10;

test('a PIN is 4 to 6 digits, nothing else', async () => {
  expect(['1234', '000000', '90210'].every(isValidPin)).toBe(true);
  expect(['123', '1234567', '12a4', ' 1234', '１２３４', ''].some(isValidPin)).toBe(false);
  await expect(hashPin('12', FAST)).rejects.toThrow();
});

test('the hash verifies its own PIN only, and two hashes of one PIN differ (salted)', async () => {
  const first = await hashPin('2468', FAST);
  const second = await hashPin('2468', FAST);
  expect(first.hash).not.toBe(second.hash);
  expect(first.hash).not.toContain('2468');
  expect(await verifyPin('2468', first)).toBe(true);
  expect(await verifyPin('2468', second)).toBe(true);
  expect(await verifyPin('2469', first)).toBe(false);
  expect(await verifyPin('24680', first)).toBe(false);
  expect(await verifyPin('abcd', first)).toBe(false);
});

test('any PIN verifies against its own hash and not against another PIN', async () => {
  await fc.assert(
    fc.asyncProperty(fc.stringMatching(/^\d{4,6}$/), fc.stringMatching(/^\d{4,6}$/), async (pin, other) => {
      const stored = await hashPin(pin, FAST);
      expect(await verifyPin(pin, stored)).toBe(true);
      expect(await verifyPin(other, stored)).toBe(other === pin);
    }),
    { numRuns: 40 },
  );
});

test('after five wrong PINs in a row the next try waits 30 seconds, then counting starts again', () => {
  let tries = NO_TRIES;
  for (let index = 1; index < PIN_TRIES_BEFORE_WAIT; index += 1) {
    tries = afterWrongPin(tries, 1000);
    expect(waitLeft(tries, 1000)).toBe(0);
  }
  tries = afterWrongPin(tries, 1000);
  expect(waitLeft(tries, 1000)).toBe(PIN_WAIT_MS);
  expect(waitLeft(tries, 1000 + PIN_WAIT_MS - 1)).toBe(1);
  expect(waitLeft(tries, 1000 + PIN_WAIT_MS)).toBe(0);
  expect(waitLeft(afterWrongPin(tries, 1000 + PIN_WAIT_MS), 1000 + PIN_WAIT_MS)).toBe(0);
});

test('a session locks once left alone for the set minutes, and when the clock goes back', () => {
  const minute = 60_000;
  expect(isIdleTooLong(0, 5 * minute - 1, 5)).toBe(false);
  expect(isIdleTooLong(0, 5 * minute, 5)).toBe(true);
  expect(isIdleTooLong(10 * minute, 9 * minute, 5)).toBe(true);
});
