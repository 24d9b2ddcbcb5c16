import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDisplayDate, parseDisplayDate } from './display-date';

describe('formatDisplayDate', () => {
  test.each([
    ['2026-12-01', '01/12/2026'],
    ['2026-01-31', '31/01/2026'],
    ['2024-02-29', '29/02/2024'],
    ['1900-01-01', '01/01/1900'],
    ['2100-12-31', '31/12/2100'],
  ])('%s → %s', (iso, shown) => {
    expect(formatDisplayDate(iso)).toBe(shown);
  });

  test.each(['', 'abc', '01/12/2026', '2026-12-1', '2026-12-01T08:30:00.000Z', '2026-02-30', '2026-13-01', '26-12-01'])(
    'returns %j unchanged: not an ISO calendar date',
    (input) => {
      expect(formatDisplayDate(input)).toBe(input);
    },
  );
});

describe('parseDisplayDate', () => {
  test.each([
    ['01/12/2026', '2026-12-01'],
    ['1/12/2026', '2026-12-01'],
    ['1-12-2026', '2026-12-01'],
    ['1.12.2026', '2026-12-01'],
    ['  01/12/2026 ', '2026-12-01'],
    ['1 / 12 / 2026', '2026-12-01'],
    ['31/12/2026', '2026-12-31'],
    ['29/02/2024', '2024-02-29'],
    ['29/2/2000', '2000-02-29'],
    ['０１/１２/２０２６', '2026-12-01'],
    ['2026-12-01', '2026-12-01'],
  ])('%j → %s', (typed, iso) => {
    expect(parseDisplayDate(typed)).toEqual({ ok: true, iso });
  });

  test('day first, never month first', () => {
    expect(parseDisplayDate('3/4/2026')).toEqual({ ok: true, iso: '2026-04-03' });
    expect(parseDisplayDate('12/31/2026')).toEqual({ ok: false, reason: 'not-a-date' });
  });

  test.each(['1/12/26', '01/12/026', '', '   ', 'abc', '01122026', '01/12', '1//12/2026', '001/12/2026', '2026/12/01'])(
    '%j is not written as a date: format',
    (typed) => {
      expect(parseDisplayDate(typed)).toEqual({ ok: false, reason: 'format' });
    },
  );

  test.each([
    '31/02/2026',
    '29/02/2026',
    '29/02/1900',
    '31/04/2026',
    '00/12/2026',
    '32/01/2026',
    '1/13/2026',
    '1/0/2026',
    '01/01/0000',
    '2026-02-30',
  ])('%j does not exist: not-a-date', (typed) => {
    expect(parseDisplayDate(typed)).toEqual({ ok: false, reason: 'not-a-date' });
  });

  const isoDateArb = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  test('every real date 1900–2100 comes back from its display form', () => {
    fc.assert(
      fc.property(isoDateArb, (iso) => {
        const shown = formatDisplayDate(iso);
        expect(shown).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        expect(parseDisplayDate(shown)).toEqual({ ok: true, iso });
      }),
      { numRuns: 2000 },
    );
  });

  test('what people type without leading zeros or with other separators reads the same', () => {
    fc.assert(
      fc.property(isoDateArb, fc.constantFrom('/', '-', '.'), (iso, separator) => {
        const [year, month, day] = iso.split('-').map(Number);
        expect(parseDisplayDate(`${day}${separator}${month}${separator}${year}`)).toEqual({ ok: true, iso });
      }),
    );
  });
});
