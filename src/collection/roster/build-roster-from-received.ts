/**
 * A roster made from what has arrived, for a department that has no list of its own (issue 12): one entry per unit,
 * a unit being the assessments that share a code (from `codeOf`) or a name key, type and province (`unitKeyOf`),
 * joined transitively. Each entry takes the profile of its latest assessment (`compareLatestFirst`); the unit's
 * other names and codes become its `successorOf`, so `matchRoster` finds every one of its assessments again.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { PROVINCE_IDS } from '../../assessment/provinces';
import { UNIT_TYPES } from '../../questionnaire/content-schema';
import type { ReceivedAssessment } from '../received-schema';
import { compareLatestFirst, isInPeriod, profileCodeOf, type PeriodFilter } from './match-roster';
import {
  MAX_CODE_LENGTH,
  MAX_PREDECESSORS,
  predecessorKeysOf,
  predecessorSchema,
  rosterSchema,
  unitKeyOf,
  type Roster,
  type RosterEntryInput,
} from './roster-schema';
import { normalizeCode } from './unit-name';

export interface BuildRosterOptions {
  codeOf?: (assessment: ReceivedAssessment) => string | undefined;
  period?: PeriodFilter;
  /** The id of the n-th entry (0-based); `received-1`, `received-2`, ... by default. */
  makeId?: (index: number) => string;
}

/** Groups of indices joined by any shared key (union-find by key). */
function groupByKeys(keysOf: readonly string[][]): number[][] {
  const parent = keysOf.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[index] = root;
    return root;
  };
  const owner = new Map<string, number>();
  keysOf.forEach((keys, index) => {
    for (const key of keys) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, index);
      else parent[find(index)] = find(other);
    }
  });
  const groups = new Map<number, number[]>();
  keysOf.forEach((_, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), index]));
  return [...groups.values()];
}

const collator = new Intl.Collator('vi');

export function buildRosterFromReceived(
  received: readonly ReceivedAssessment[],
  options: BuildRosterOptions = {},
): Roster {
  const makeId = options.makeId ?? ((index: number) => `received-${index + 1}`);
  const inPeriod = received.filter((assessment) => isInPeriod(assessment, options.period));
  const units = inPeriod.map((assessment) => {
    const profile = assessment.entry.assessment.profile;
    const rawCode = (options.codeOf ?? profileCodeOf)(assessment)?.normalize('NFC').trim();
    return {
      assessment,
      name: profile.unitName,
      unitType: profile.unitType,
      provinceId: profile.provinceId,
      communeName: profile.communeName,
      // A code longer than a roster holds is no code (codeOf may read free text).
      code: rawCode === '' || (rawCode?.length ?? 0) > MAX_CODE_LENGTH ? undefined : rawCode,
    };
  });
  const groups = groupByKeys(
    units.map((unit) => [`key|${unitKeyOf(unit)}`, ...(unit.code ? [`code|${normalizeCode(unit.code)}`] : [])]),
  );

  const drafts = groups.map((group) => {
    const members = group
      .flatMap((index) => units[index] ?? [])
      .sort((a, b) => compareLatestFirst(a.assessment, b.assessment));
    const [latest, ...others] = members as [(typeof members)[number], ...typeof members];
    const code = latest.code ?? others.find((member) => member.code)?.code;
    const formers = new Set<string>();
    for (const member of others) {
      if (unitKeyOf(member) !== unitKeyOf(latest)) formers.add(member.name);
      if (member.code && (!code || normalizeCode(member.code) !== normalizeCode(code))) formers.add(member.code);
    }
    return {
      name: latest.name,
      unitType: latest.unitType,
      provinceId: latest.provinceId,
      communeName: latest.communeName,
      code,
      formers: [...formers].filter((former) => predecessorSchema.safeParse(former).success),
    };
  });
  drafts.sort(
    (a, b) =>
      PROVINCE_IDS.indexOf(a.provinceId) - PROVINCE_IDS.indexOf(b.provinceId) ||
      UNIT_TYPES.indexOf(a.unitType) - UNIT_TYPES.indexOf(b.unitType) ||
      collator.compare(a.name, b.name),
  );

  // A former unit two groups would both claim (the same name in one province, under two types) is left to neither.
  const claims = new Map<string, number>();
  drafts.forEach((draft, index) => {
    for (const former of draft.formers) {
      for (const key of predecessorKeysOf({ provinceId: draft.provinceId, successorOf: [former] })) {
        claims.set(key, claims.has(key) && claims.get(key) !== index ? -1 : index);
      }
    }
  });
  const entries = drafts.map((draft, index): RosterEntryInput => {
    const formers = draft.formers
      .filter((former) =>
        predecessorKeysOf({ provinceId: draft.provinceId, successorOf: [former] }).every(
          (key) => claims.get(key) === index,
        ),
      )
      .slice(0, MAX_PREDECESSORS);
    return {
      id: makeId(index),
      name: draft.name,
      unitType: draft.unitType,
      provinceId: draft.provinceId,
      ...(draft.communeName ? { communeName: draft.communeName } : {}),
      ...(draft.code ? { code: draft.code } : {}),
      ...(formers.length > 0 ? { successorOf: formers } : {}),
    };
  });
  return rosterSchema.parse({ entries });
}
