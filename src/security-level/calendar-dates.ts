/**
 * Date arithmetic of the calendar of duties, on ISO dates (`YYYY-MM-DD`, read as UTC days) and ISO date-times.
 *
 * Pure module: no React, no storage, no i18next.
 */
const DAY_MS = 86_400_000;

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `2026-08-31` + 6 months → `2027-02-28`: the last day of a shorter month, not the next month's. */
export function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const lastDay = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  const target = new Date(Date.UTC(Math.floor(total / 12), total % 12, Math.min(day, lastDay)));
  return target.toISOString().slice(0, 10);
}

export function addHours(isoDateTime: string, hours: number): string {
  return new Date(Date.parse(isoDateTime) + hours * 3_600_000).toISOString();
}

/** `12-25` in 2026 → `2026-12-25`. */
export function occurrenceInYear(monthDay: string, year: number): string {
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}
