/**
 * A unit's trend across periods: its assessments grouped by unit, in period order, with the change of the overall
 * score and of each section's score from one to the next. A change between assessments answered on different content
 * versions is flagged, since part of it may come from the content rather than from the unit.
 *
 * Which assessments are one unit's: the roster's code for the assessment when the roster maps it (a former unit can
 * be mapped to its successor after a merger), otherwise the unit name (folded: case, diacritics and normal form
 * ignored), unit type and province together.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Grade, SectionId } from '../../questionnaire/content-schema';
import type { ComparisonRow } from './comparison-rows';
import { normalizeCode } from '../roster/unit-name';
import { foldText } from './fold-text';

export interface TrendStep {
  fromAssessmentId: string;
  toAssessmentId: string;
  fromPeriodId: string;
  toPeriodId: string;
  /** Both assessments are of the same period (two copies, or two assessments of one period). */
  isSamePeriod: boolean;
  /** Later minus earlier, one decimal; undefined when either has no score. */
  overallChange?: number;
  sectionChanges: Partial<Record<SectionId, number>>;
  gradeFrom?: Grade;
  gradeTo?: Grade;
  /** The content versions the two were answered on (`answeredContentVersion`), and whether they differ. */
  fromContentVersion: string;
  toContentVersion: string;
  isContentVersionDifferent: boolean;
}

export interface UnitTrend {
  unitKey: string;
  /** The unit as its latest assessment names it. */
  unitName: string;
  /** The unit's rows, earliest period first (rows of one period keep their order). */
  rows: ComparisonRow[];
  /** One step per pair of consecutive rows: `rows.length - 1` of them. */
  steps: TrendStep[];
}

/** The unit a row belongs to by its name, type and province, or by the roster's entry when the roster maps it. */
export function unitKeyOf(row: ComparisonRow, roster?: ReadonlyMap<string, string>): string {
  const entry = roster?.get(row.assessmentId);
  if (entry !== undefined) return `roster:${entry}`;
  return `name:${foldText(row.unitName)}|${row.unitType}|${row.provinceId}`;
}

const codeKeyOf = (row: ComparisonRow) => (row.unitCode ? `code:${normalizeCode(row.unitCode)}` : undefined);

/**
 * The unit of every row: the roster's entry first (it knows mergers); else the unit's own code, so that a renamed
 * unit stays one; else its name, or the code of the one unit of that name that has a code (an assessment from
 * before the unit entered its code). Two codes are two units even under one name: rows of that name without a code
 * then stay on their own.
 */
function unitKeysOf(rows: readonly ComparisonRow[], roster?: ReadonlyMap<string, string>): string[] {
  const codesByName = new Map<string, Set<string>>();
  for (const row of rows) {
    const code = codeKeyOf(row);
    if (code === undefined || roster?.has(row.assessmentId)) continue;
    const name = unitKeyOf(row);
    codesByName.set(name, (codesByName.get(name) ?? new Set()).add(code));
  }
  return rows.map((row) => {
    const own = unitKeyOf(row, roster);
    if (own.startsWith('roster:')) return own;
    const code = codeKeyOf(row);
    if (code !== undefined) return code;
    const codes = codesByName.get(own);
    return codes?.size === 1 ? [...codes][0]! : own;
  });
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function changeOf(from: number | undefined, to: number | undefined): number | undefined {
  return from === undefined || to === undefined ? undefined : round1(to - from);
}

function stepBetween(from: ComparisonRow, to: ComparisonRow, sectionIds: readonly SectionId[]): TrendStep {
  const sectionChanges: Partial<Record<SectionId, number>> = {};
  for (const sectionId of sectionIds) {
    const change = changeOf(from.sections[sectionId]?.score, to.sections[sectionId]?.score);
    if (change !== undefined) sectionChanges[sectionId] = change;
  }
  return {
    fromAssessmentId: from.assessmentId,
    toAssessmentId: to.assessmentId,
    fromPeriodId: from.periodId,
    toPeriodId: to.periodId,
    isSamePeriod: from.periodKey === to.periodKey,
    overallChange: changeOf(from.score, to.score),
    sectionChanges,
    gradeFrom: from.grade,
    gradeTo: to.grade,
    fromContentVersion: from.answeredContentVersion,
    toContentVersion: to.answeredContentVersion,
    isContentVersionDifferent: from.answeredContentVersion !== to.answeredContentVersion,
  };
}

/** Every unit's trend, units in the order their first row comes. */
export function listUnitTrends(
  rows: readonly ComparisonRow[],
  sectionIds: readonly SectionId[],
  roster?: ReadonlyMap<string, string>,
): UnitTrend[] {
  const byUnit = new Map<string, ComparisonRow[]>();
  const keys = unitKeysOf(rows, roster);
  for (const [index, row] of rows.entries()) {
    const key = keys[index]!;
    const unitRows = byUnit.get(key);
    if (unitRows) unitRows.push(row);
    else byUnit.set(key, [row]);
  }
  return [...byUnit].map(([unitKey, unitRows]) => {
    // Array.prototype.sort is stable: rows of one period keep the order they came in.
    const ordered = [...unitRows].sort((a, b) => a.periodKey - b.periodKey);
    const steps: TrendStep[] = [];
    ordered.reduce((from, to) => {
      steps.push(stepBetween(from, to, sectionIds));
      return to;
    });
    return { unitKey, unitName: ordered[ordered.length - 1]?.unitName ?? '', rows: ordered, steps };
  });
}
