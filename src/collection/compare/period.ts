/**
 * The period an assessment covers (a year, a half or a quarter of a year), as an id to filter on and a number to
 * sort by.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { PERIOD_PARTS } from '../../assessment/profile-schema';

export type PeriodPart = (typeof PERIOD_PARTS)[number];

/** The last month of each part and its length in months. */
const PART_SPANS: Readonly<Record<PeriodPart, { endMonth: number; months: number }>> = {
  q1: { endMonth: 3, months: 3 },
  q2: { endMonth: 6, months: 3 },
  h1: { endMonth: 6, months: 6 },
  q3: { endMonth: 9, months: 3 },
  q4: { endMonth: 12, months: 3 },
  h2: { endMonth: 12, months: 6 },
  year: { endMonth: 12, months: 12 },
};

/** "2026-h1": equal for the same year and part. */
export function periodIdOf(year: number, part: PeriodPart): string {
  return `${year}-${part}`;
}

/**
 * A number that orders periods by when they end, and periods ending together from the shortest to the longest
 * (2026 Q4, then 2026 H2, then the year 2026): the longer period takes in more of what came before it.
 * 2026 H1 is 20260606 (year, end month, months).
 */
export function periodKeyOf(year: number, part: PeriodPart): number {
  const { endMonth, months } = PART_SPANS[part];
  return year * 10_000 + endMonth * 100 + months;
}
