/**
 * Who is behind: each roster entry's received assessments and status, and what arrived from units not on the
 * roster (issue 12). The unit of a received assessment is its profile (unit name, type, province).
 *
 * An assessment is matched to at most one entry, by the first rule that finds one:
 * 1. `code`: its code (from `codeOf`; the profile's unit code by default) equals an entry's code (`normalizeCode`);
 * 2. `name`: its name key (`unitNameKey`: case, diacritics, NFC/NFD, "UBND"/"Ủy ban nhân dân", a trailing province
 *    do not matter), unit type and province equal an entry's, unless both have a code and the codes differ;
 * 3. `predecessor`: its code, or its name key in the same province, is a former unit in an entry's `successorOf`
 *    (a unit merged into that entry: its assessments are the successor's history);
 * 4. `bare-name`: its name key without the kind word ("xã", "phường", "Sở"...), type and province equal those of
 *    exactly one entry (so "Minh Châu" finds "UBND xã Minh Châu", but never one of two like-named units).
 * An entry's status comes from its latest matched period (`periodRank`), and among copies of that period from the
 * latest export: 'complete' when every applicable question has a response, else 'provisional' with the share answered.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { PERIOD_PARTS } from '../../assessment/profile-schema';
import { measureProgress, percentDone } from '../../assessment/progress';
import type { Section } from '../../questionnaire/content-schema';
import { questionnaire } from '../../questionnaire/questionnaire';
import type { ReceivedAssessment } from '../received-schema';
import { predecessorKeysOf, unitKeyOf, type Roster, type RosterEntry } from './roster-schema';
import { bareNameKey, normalizeCode, unitNameKey } from './unit-name';

export type PeriodPart = (typeof PERIOD_PARTS)[number];

export interface Period {
  year: number;
  part: PeriodPart;
}

/** Only assessments of this year (and part, when given) are matched; the others are left out of the result. */
export interface PeriodFilter {
  year: number;
  part?: PeriodPart;
}

export type MatchRule = 'code' | 'name' | 'predecessor' | 'bare-name';

export interface RosterMatch {
  assessmentId: string;
  by: MatchRule;
  period: Period;
}

export interface ReceivedProgress {
  answered: number;
  total: number;
  /** Whole per cent, as `percentDone` rounds it. */
  percent: number;
}

export type RosterEntryStatus =
  | { entryId: string; status: 'not-received'; matches: [] }
  | {
      entryId: string;
      status: 'complete' | 'provisional';
      /** Latest period first; within a period, the latest export first. */
      matches: RosterMatch[];
      /** The assessment the status is of: the first of `matches`. */
      chosen: { assessmentId: string; period: Period };
      progress: ReceivedProgress;
    };

export interface RosterMatchResult {
  /** One per roster entry, in roster order. */
  entries: RosterEntryStatus[];
  /** Ids of received assessments (in the period filter) that match no entry, in the order given. */
  notOnRoster: string[];
}

export interface MatchRosterOptions {
  /** The unit code of a received assessment, when one is known; by default its profile's (`profileCodeOf`). */
  codeOf?: (assessment: ReceivedAssessment) => string | undefined;
  period?: PeriodFilter;
  /** The content the answers are counted against; the current questionnaire by default. */
  sections?: readonly Section[];
}

/** Last month and length in months of each part (as src/collection/compare/period.ts orders them). */
const PART_SPANS: Readonly<Record<PeriodPart, readonly [number, number]>> = {
  q1: [3, 3],
  q2: [6, 3],
  h1: [6, 6],
  q3: [9, 3],
  q4: [12, 3],
  h2: [12, 6],
  year: [12, 12],
};

/**
 * A number ordering periods by when they end, and periods ending together from the shortest to the longest (2026 Q4,
 * 2026 H2, the year 2026): the longer period takes in more, so it is the later word on the unit.
 */
export function periodRank({ year, part }: Period): number {
  const [endMonth, months] = PART_SPANS[part];
  return year * 10_000 + endMonth * 100 + months;
}

export function periodOf(received: ReceivedAssessment): Period {
  const { periodYear, periodPart } = received.entry.assessment.profile;
  return { year: periodYear, part: periodPart };
}

export function isInPeriod(received: ReceivedAssessment, filter: PeriodFilter | undefined): boolean {
  if (filter === undefined) return true;
  const period = periodOf(received);
  return period.year === filter.year && (filter.part === undefined || period.part === filter.part);
}

/** Latest period first, then the latest export, then by id (so the order never depends on the input's). */
export function compareLatestFirst(a: ReceivedAssessment, b: ReceivedAssessment): number {
  return (
    periodRank(periodOf(b)) - periodRank(periodOf(a)) ||
    b.receipt.exportedAt.localeCompare(a.receipt.exportedAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function measureReceivedProgress(
  received: ReceivedAssessment,
  sections: readonly Section[] = questionnaire.sections,
): ReceivedProgress {
  const answers = new Map(received.entry.answers.map((answer) => [answer.questionId, answer]));
  const progress = measureProgress(sections, received.entry.assessment.profile.unitType, answers);
  return { ...progress, percent: percentDone(progress) };
}

const bareKeyOf = (unit: Pick<RosterEntry, 'name' | 'unitType' | 'provinceId'>) =>
  `${unit.unitType}|${unit.provinceId}|${bareNameKey(unit.name, unit.provinceId)}`;

function indexRoster(entries: readonly RosterEntry[]) {
  const byCode = new Map<string, number>();
  const byKey = new Map<string, number>();
  const byPredecessor = new Map<string, number>();
  const byBareKey = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    if (entry.code !== undefined) byCode.set(normalizeCode(entry.code), index);
    byKey.set(unitKeyOf(entry), index);
    for (const key of predecessorKeysOf(entry)) if (!byPredecessor.has(key)) byPredecessor.set(key, index);
    const bare = bareKeyOf(entry);
    byBareKey.set(bare, [...(byBareKey.get(bare) ?? []), index]);
  });
  return { byCode, byKey, byPredecessor, byBareKey };
}

/** The entry a received assessment belongs to and the rule that found it, or undefined. */
function findEntry(
  received: ReceivedAssessment,
  entries: readonly RosterEntry[],
  index: ReturnType<typeof indexRoster>,
  codeOf: MatchRosterOptions['codeOf'],
): { entryIndex: number; by: MatchRule } | undefined {
  const profile = received.entry.assessment.profile;
  const unit = { name: profile.unitName, unitType: profile.unitType, provinceId: profile.provinceId };
  const rawCode = codeOf?.(received);
  const code = rawCode === undefined || rawCode.trim() === '' ? undefined : normalizeCode(rawCode);
  // Two codes that differ are two units, whatever their names say.
  const isCompatible = (entryIndex: number) => {
    const entryCode = entries[entryIndex]?.code;
    return code === undefined || entryCode === undefined || normalizeCode(entryCode) === code;
  };

  const byCode = code === undefined ? undefined : index.byCode.get(code);
  if (byCode !== undefined) return { entryIndex: byCode, by: 'code' };
  const byName = index.byKey.get(unitKeyOf(unit));
  if (byName !== undefined && isCompatible(byName)) return { entryIndex: byName, by: 'name' };
  const byPredecessor =
    (code === undefined ? undefined : index.byPredecessor.get(`code|${code}`)) ??
    index.byPredecessor.get(`name|${unit.provinceId}|${unitNameKey(unit.name, unit.provinceId)}`);
  if (byPredecessor !== undefined) return { entryIndex: byPredecessor, by: 'predecessor' };
  const bare = index.byBareKey.get(bareKeyOf(unit)) ?? [];
  const [only] = bare;
  if (bare.length === 1 && only !== undefined && isCompatible(only)) return { entryIndex: only, by: 'bare-name' };
  return undefined;
}

/** The unit code a received assessment's profile gives, if any: what rosters match first. */
export const profileCodeOf = (assessment: ReceivedAssessment): string | undefined =>
  assessment.entry.assessment.profile.unitCode;

export function matchRoster(
  roster: Roster,
  received: readonly ReceivedAssessment[],
  options: MatchRosterOptions = {},
): RosterMatchResult {
  const index = indexRoster(roster.entries);
  const matched = roster.entries.map((): { received: ReceivedAssessment; by: MatchRule }[] => []);
  const notOnRoster: string[] = [];
  for (const assessment of received) {
    if (!isInPeriod(assessment, options.period)) continue;
    const found = findEntry(assessment, roster.entries, index, options.codeOf ?? profileCodeOf);
    if (found === undefined) notOnRoster.push(assessment.id);
    else matched[found.entryIndex]?.push({ received: assessment, by: found.by });
  }

  const entries = roster.entries.map((entry, entryIndex): RosterEntryStatus => {
    const found = [...(matched[entryIndex] ?? [])].sort((a, b) => compareLatestFirst(a.received, b.received));
    const [latest] = found;
    if (latest === undefined) return { entryId: entry.id, status: 'not-received', matches: [] };
    const progress = measureReceivedProgress(latest.received, options.sections);
    return {
      entryId: entry.id,
      status: progress.answered >= progress.total ? 'complete' : 'provisional',
      matches: found.map(({ received: match, by }) => ({ assessmentId: match.id, by, period: periodOf(match) })),
      chosen: { assessmentId: latest.received.id, period: periodOf(latest.received) },
      progress,
    };
  });
  return { entries, notOnRoster };
}
