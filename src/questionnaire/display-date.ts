/**
 * Dates as Vietnamese officials write them, in both languages: day first, then month, then the full year
 * ("01/12/2026"). Stored dates stay ISO (`YYYY-MM-DD`); these two functions convert between that and what a
 * person reads and types.
 *
 * Pure calendar arithmetic: no `Date`, so nothing here depends on the device's time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What people type: day, month, four-digit year, separated by "/", "-" or "." (spaces allowed around them).
 * Day first always, never month first.
 */
const TYPED_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

export type ParsedDisplayDate = { ok: true; iso: string } | { ok: false; reason: 'format' | 'not-a-date' };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealCalendarDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/** "2026-12-01" → "01/12/2026". Anything that is not a real ISO calendar date is returned unchanged. */
export function formatDisplayDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year = '', month = '', day = ''] = match;
  if (!isRealCalendarDate(Number(year), Number(month), Number(day))) return iso;
  return `${day}/${month}/${year}`;
}

/**
 * What a person typed → an ISO date. Accepts "1/12/2026", "01/12/2026", "1-12-2026", "1.12.2026", spaces around
 * it, and an ISO date as such ("2026-12-01", e.g. pasted from a spreadsheet). Two-digit years are refused
 * (`format`); a day or month that does not exist ("31/02/2026", "1/13/2026") is `not-a-date`. A blank input is
 * `format` too (callers treat blank as "not answered" before asking).
 */
export function parseDisplayDate(raw: string): ParsedDisplayDate {
  // NFKC: full-width digits and slashes from some keyboards count as the ASCII ones.
  const text = raw.normalize('NFKC').trim();
  let year: number, month: number, day: number;
  const iso = ISO_DATE.exec(text);
  const typed = iso ? undefined : TYPED_DATE.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (typed) {
    [day, month, year] = [Number(typed[1]), Number(typed[2]), Number(typed[3])];
  } else {
    return { ok: false, reason: 'format' };
  }
  if (!isRealCalendarDate(year, month, day)) return { ok: false, reason: 'not-a-date' };
  return { ok: true, iso: `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` };
}
