/**
 * Dates of the sample, counted from the day it is opened: a sample opened next year still shows a recent leadership
 * review and a plan due in the months ahead, so its score and its plan teach the same thing whenever it is used.
 *
 * Pure module: no React, no storage, no i18next.
 */
export interface SampleDates {
  /** The day the sample is opened, ISO (YYYY-MM-DD). */
  today: string;
  monthsAgo: (months: number) => string;
  monthsAhead: (months: number) => string;
}

/** The ISO date `months` calendar months from `today` (negative: before), on the last day of a shorter month. */
export function shiftMonths(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export function sampleDatesFor(today: string): SampleDates {
  return {
    today,
    monthsAgo: (months) => shiftMonths(today, -months),
    monthsAhead: (months) => shiftMonths(today, months),
  };
}
