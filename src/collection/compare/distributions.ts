/**
 * The views of a collection people would rather look at than read: how many units have each grade, how each
 * section's scores spread across units, and a unit × section heat map.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { GRADES, type Grade, type SectionId } from '../../questionnaire/content-schema';
import type { ComparisonRow } from './comparison-rows';

export interface GradeCount {
  /** `none`: no overall grade yet (nothing scored). */
  grade: Grade | 'none';
  count: number;
}

/** Units per grade, A to E, then those without a grade; every grade is listed, with 0 where none has it. */
export function countGrades(rows: readonly ComparisonRow[]): GradeCount[] {
  const counts = new Map<Grade | 'none', number>();
  for (const row of rows) counts.set(row.grade ?? 'none', (counts.get(row.grade ?? 'none') ?? 0) + 1);
  return [...GRADES, 'none' as const].map((grade) => ({ grade, count: counts.get(grade) ?? 0 }));
}

export interface Spread {
  /** Units with a score in the section; the figures below are undefined when it is 0. */
  count: number;
  min?: number;
  lowerQuartile?: number;
  median?: number;
  upperQuartile?: number;
  max?: number;
}

export interface SectionSpread extends Spread {
  sectionId: SectionId;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The quantile of sorted values by linear interpolation between the closest ranks (Hyndman and Fan's type 7: what
 * Excel's QUARTILE.INC, numpy and R give by default, so an official checking in a spreadsheet finds the same),
 * rounded to one decimal like the scores.
 */
function quantileOf(sorted: readonly number[], share: number): number {
  const position = (sorted.length - 1) * share;
  const below = Math.floor(position);
  const lower = sorted[below] ?? 0;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return round1(lower + (upper - lower) * (position - below));
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0 };
  return {
    count: sorted.length,
    min: sorted[0],
    lowerQuartile: quantileOf(sorted, 0.25),
    median: quantileOf(sorted, 0.5),
    upperQuartile: quantileOf(sorted, 0.75),
    max: sorted[sorted.length - 1],
  };
}

/** Each section's spread of scores across the units that have one there, in the order of `sectionIds`. */
export function spreadSections(rows: readonly ComparisonRow[], sectionIds: readonly SectionId[]): SectionSpread[] {
  return sectionIds.map((sectionId) => ({
    sectionId,
    ...spreadOf(rows.flatMap((row) => row.sections[sectionId]?.score ?? [])),
  }));
}

export interface HeatMap {
  sectionIds: SectionId[];
  /** One line per row, in the rows' order; `scores[i]` is the score in `sectionIds[i]`, undefined without one. */
  lines: { assessmentId: string; unitName: string; scores: (number | undefined)[] }[];
}

/** A unit × section matrix of scores; sort or filter the rows first to choose the lines and their order. */
export function buildHeatMap(rows: readonly ComparisonRow[], sectionIds: readonly SectionId[]): HeatMap {
  return {
    sectionIds: [...sectionIds],
    lines: rows.map((row) => ({
      assessmentId: row.assessmentId,
      unitName: row.unitName,
      scores: sectionIds.map((sectionId) => row.sections[sectionId]?.score),
    })),
  };
}
