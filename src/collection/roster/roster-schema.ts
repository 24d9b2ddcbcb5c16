/**
 * The roster: the units a department expects an assessment from (issue 12). Loaded from a CSV the department writes
 * in Excel (`parse-roster-csv.ts`) or built from what has arrived (`build-roster-from-received.ts`), and matched
 * against the received assessments (`match-roster.ts`).
 *
 * Texts are NFC and trimmed. Error messages are locale keys under `roster.errors.*`, translated where they are shown.
 * A roster never holds two entries one received assessment could match: no duplicate id, code, or name (by
 * `unitNameKey`) with the same type and province, and no former unit claimed by two successors.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../../zod-config';
import { z } from 'zod';
import { PROVINCE_IDS } from '../../assessment/provinces';
import { UNIT_TYPES } from '../../questionnaire/content-schema';
import { normalizeCode, unitNameKey } from './unit-name';

/** A national roster: 3,321 communes and about 1,000 departments, with room to spare. */
export const MAX_ROSTER_ENTRIES = 6000;
export const MAX_NAME_LENGTH = 200;
export const MAX_CODE_LENGTH = 50;
export const MAX_PREDECESSORS = 50;

/** NFC, line breaks as LF (a CSV cell gives them back so), trimmed. */
const text = () =>
  z
    .string()
    .overwrite((value) => value.normalize('NFC').replace(/\r\n?/g, '\n'))
    .trim();
/** An optional text: absent, or empty once trimmed, is no value. */
const optionalText = (max: number, tooLongKey: string) =>
  text()
    .max(max, { error: tooLongKey })
    .optional()
    .transform((value) => (value === '' ? undefined : value));

/**
 * A former unit, by its code or its name. It cannot hold ';' or a line break: the CSV separates former units by
 * these (one cell, "Xã Minh Tiến; Xã Minh Lương").
 */
export const predecessorSchema = text()
  .min(1, { error: 'roster.errors.predecessorEmpty' })
  .max(MAX_NAME_LENGTH, { error: 'roster.errors.predecessorTooLong' })
  .regex(/^[^;\r\n]*$/, { error: 'roster.errors.predecessorInvalid' });

export const rosterEntrySchema = z.object({
  id: z.string().min(1).max(64),
  name: text()
    .min(1, { error: 'roster.errors.nameRequired' })
    .max(MAX_NAME_LENGTH, { error: 'roster.errors.nameTooLong' }),
  unitType: z.enum(UNIT_TYPES, { error: 'roster.errors.unitTypeUnknown' }),
  provinceId: z.enum(PROVINCE_IDS, { error: 'roster.errors.provinceUnknown' }),
  communeName: optionalText(MAX_NAME_LENGTH, 'roster.errors.communeNameTooLong'),
  code: optionalText(MAX_CODE_LENGTH, 'roster.errors.codeTooLong'),
  /** Codes or names of former units merged into this one: their assessments count as this unit's (its trend). */
  successorOf: z
    .array(predecessorSchema)
    .max(MAX_PREDECESSORS, { error: 'roster.errors.tooManyPredecessors' })
    .transform((formers) => [...new Set(formers)])
    .optional(),
});
export type RosterEntryInput = z.input<typeof rosterEntrySchema>;
export type RosterEntry = z.output<typeof rosterEntrySchema>;

/** What makes two entries the same unit for name matching: the name key, the type and the province. */
export function unitKeyOf(unit: Pick<RosterEntry, 'name' | 'unitType' | 'provinceId'>): string {
  return `${unit.unitType}|${unit.provinceId}|${unitNameKey(unit.name, unit.provinceId)}`;
}

/**
 * Whether a former unit, as written, may be a code. Codes (25747, 000.00.12.H56) have no space; a name has one. Read
 * as a code too, a name would be claimed across provinces: two communes of two provinces, each formerly "Xã Tân
 * Lập", could not both list it.
 */
const mayBeCode = (former: string) => !normalizeCode(former).includes(' ');

/** The keys a former unit is known by: its code (when it may be one), and its name key in the successor's province. */
export function predecessorKeysOf(entry: Pick<RosterEntry, 'provinceId' | 'successorOf'>): string[] {
  return (entry.successorOf ?? []).flatMap((former) => [
    ...(mayBeCode(former) ? [`code|${normalizeCode(former)}`] : []),
    `name|${entry.provinceId}|${unitNameKey(former, entry.provinceId)}`,
  ]);
}

export interface RosterConflict {
  /** Index of the later entry, the one that conflicts. */
  index: number;
  /** Index of the earlier entry it conflicts with. */
  firstIndex: number;
  field: 'id' | 'code' | 'name' | 'successorOf';
  key: string;
}

/** Conflicts between entries, each reported on the later entry, in entry order. */
export function findRosterConflicts(entries: readonly RosterEntry[]): RosterConflict[] {
  const seen = { id: new Map<string, number>(), code: new Map<string, number>(), name: new Map<string, number>() };
  const formers = new Map<string, number>();
  const conflicts: RosterConflict[] = [];
  entries.forEach((entry, index) => {
    const checks = [
      { field: 'id', value: entry.id, key: 'roster.errors.duplicateId' },
      { field: 'code', value: entry.code && normalizeCode(entry.code), key: 'roster.errors.duplicateCode' },
      { field: 'name', value: unitKeyOf(entry), key: 'roster.errors.duplicateUnit' },
    ] as const;
    const conflict = checks.find(({ field, value }) => value !== undefined && seen[field].has(value));
    const claimed = predecessorKeysOf(entry).find((key) => (formers.get(key) ?? index) !== index);
    if (conflict?.value !== undefined) {
      const firstIndex = seen[conflict.field].get(conflict.value) ?? index;
      conflicts.push({ index, firstIndex, field: conflict.field, key: conflict.key });
    } else if (claimed !== undefined) {
      const firstIndex = formers.get(claimed) ?? index;
      conflicts.push({ index, firstIndex, field: 'successorOf', key: 'roster.errors.predecessorClaimed' });
    } else {
      // Only an entry without conflict counts as seen, so each conflict names an entry that stays in the roster.
      for (const { field, value } of checks) if (value !== undefined) seen[field].set(value, index);
      for (const key of predecessorKeysOf(entry)) formers.set(key, index);
    }
  });
  return conflicts;
}

export const rosterSchema = z
  .object({ entries: z.array(rosterEntrySchema).max(MAX_ROSTER_ENTRIES, { error: 'roster.errors.tooManyRows' }) })
  .superRefine((roster, ctx) => {
    for (const conflict of findRosterConflicts(roster.entries)) {
      ctx.addIssue({ code: 'custom', message: conflict.key, path: ['entries', conflict.index, conflict.field] });
    }
  });
export type RosterInput = z.input<typeof rosterSchema>;
export type Roster = z.output<typeof rosterSchema>;
