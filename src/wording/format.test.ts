import { afterEach, describe, expect, test, vi } from 'vitest';
import { createFormat } from './format';

const vi_ = createFormat('vi');
const en = createFormat('en');

describe('numbers', () => {
  test('the decimal separator of the language', () => {
    expect(vi_.number(87.5)).toBe('87,5');
    expect(en.number(87.5)).toBe('87.5');
  });

  test('at most two decimals, digit grouping of the language', () => {
    expect(vi_.number(12.345)).toBe('12,35');
    expect(en.number(12.345)).toBe('12.35');
    expect(vi_.number(12345)).toBe('12.345');
    expect(en.number(12345)).toBe('12,345');
    expect(vi_.number(100)).toBe('100');
  });

  test('options on top of the default', () => {
    expect(vi_.number(0.5, { minimumFractionDigits: 1 })).toBe('0,5');
    expect(en.number(3, { minimumFractionDigits: 1 })).toBe('3.0');
  });

  test('percentages in points', () => {
    expect(vi_.percent(87.5)).toBe('87,5%');
    expect(en.percent(87.5)).toBe('87.5%');
  });
});

describe('dates', () => {
  test('day/month/year in both languages', () => {
    expect(vi_.date('2026-12-01')).toBe('01/12/2026');
    expect(en.date('2026-12-01')).toBe('01/12/2026');
    expect(en.date('2026-11-22')).toBe('22/11/2026');
  });

  test('text that is not an ISO date is shown as it is', () => {
    expect(en.date('soon')).toBe('soon');
  });

  // The calendar date is read from the string alone: neither the device's time zone nor its clock enters into
  // it, so New Year's Day stays 01/01 west of Greenwich and east of the date line. Node applies a change of TZ at
  // once, so the device's zone is really moved here (and `dateTime` shows it did move).
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
    vi.useRealTimers();
  });

  test.each([
    ['Pacific/Honolulu', '31/12/2026 14:00'],
    ['UTC', '01/01/2027 00:00'],
    ['Asia/Ho_Chi_Minh', '01/01/2027 07:00'],
    ['Pacific/Kiritimati', '01/01/2027 14:00'],
  ])('an ISO date never shifts a day on a device in %s', (timeZone, midnightUtc) => {
    process.env.TZ = timeZone;
    vi.useFakeTimers({ now: new Date('2026-12-31T23:30:00-10:00') });
    for (const format of [createFormat('vi'), createFormat('en')]) {
      expect(format.date('2027-01-01')).toBe('01/01/2027');
      expect(format.date('2026-12-31')).toBe('31/12/2026');
      expect(format.dateTime('2027-01-01T00:00:00.000Z')).toBe(midnightUtc);
    }
  });
});

describe('instants', () => {
  const hanoi = { timeZone: 'Asia/Ho_Chi_Minh' };

  test('date and 24-hour time, the same in both languages', () => {
    expect(createFormat('vi', hanoi).dateTime('2026-12-01T07:05:00.000Z')).toBe('01/12/2026 14:05');
    expect(createFormat('en', hanoi).dateTime('2026-12-01T07:05:00.000Z')).toBe('01/12/2026 14:05');
    expect(createFormat('vi', hanoi).time('2026-12-01T07:05:00.000Z')).toBe('14:05');
    expect(createFormat('en', hanoi).time('2026-12-01T07:05:00.000Z')).toBe('14:05');
  });

  test('midnight is 00:00, not 24:00 or 12:00 am', () => {
    expect(createFormat('en', hanoi).time('2026-12-01T17:00:00.000Z')).toBe('00:00');
    expect(createFormat('en', hanoi).dateTime('2026-12-01T17:00:00.000Z')).toBe('02/12/2026 00:00');
  });

  test('an instant is shown on the clock of the device: the date can differ from the UTC date', () => {
    const instant = '2026-12-31T20:00:00.000Z';
    expect(createFormat('vi', hanoi).dateTime(instant)).toBe('01/01/2027 03:00');
    expect(createFormat('vi', { timeZone: 'UTC' }).dateTime(instant)).toBe('31/12/2026 20:00');
  });

  test('an unreadable instant is shown as it is rather than throwing', () => {
    expect(en.dateTime('not a time')).toBe('not a time');
    expect(en.time('')).toBe('');
  });
});
