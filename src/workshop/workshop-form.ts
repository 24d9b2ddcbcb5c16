/**
 * The "new workshop" / "change workshop" form (issue 13), as typed, and how it becomes a workshop's details.
 *
 * Title and place are `workshopSchema`'s own fields; the date is typed day/month/year like every date in the app
 * (`parseDisplayDate`) and checked as ISO by `workshopSchema`'s date. The units expected come from one of three
 * places: the whole of the department's roster, the entries ticked in it, or lines typed one unit per line:
 * "name; unit type; province" (a tab, as pasted from a spreadsheet, separates as ";" does). A line without a unit
 * type or province takes the form's defaults for them.
 *
 * A typed line's error is one message, `<key>|<line number>`, that the screen splits (`splitLineError`): a form
 * field's error in react-hook-form is a single string.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import type { RosterLabelTable } from '../collection/roster/roster-labels';
import {
  findRosterConflicts,
  rosterEntrySchema,
  type Roster,
  type RosterEntry,
} from '../collection/roster/roster-schema';
import { foldText } from '../collection/roster/unit-name';
import { PROVINCE_IDS, type ProvinceId } from '../assessment/provinces';
import { UNIT_TYPES, type UnitType } from '../questionnaire/content-schema';
import { formatDisplayDate, parseDisplayDate } from '../questionnaire/display-date';
import { workshopSchema, type Workshop } from './workshop-schema';

export const UNIT_SOURCES = ['all', 'picked', 'typed'] as const;
export type UnitSource = (typeof UNIT_SOURCES)[number];

const typedDate = z.string().transform((value, context) => {
  if (value.trim() === '') {
    context.addIssue({ code: 'custom', message: 'workshop.errors.dateRequired' });
    return z.NEVER;
  }
  const parsed = parseDisplayDate(value);
  if (!parsed.ok) {
    context.addIssue({
      code: 'custom',
      message: parsed.reason === 'format' ? 'workshop.errors.dateFormat' : 'workshop.errors.dateInvalid',
    });
    return z.NEVER;
  }
  return parsed.iso;
});

/** One line's unit, or why it is refused (a `workshop.errors.*` key). */
type LineResult = { ok: true; entry: RosterEntry } | { ok: false; key: string };

export interface TypedUnitDefaults {
  unitType: UnitType | '';
  provinceId: ProvinceId | '';
}

function parseLine(line: string, index: number, labels: RosterLabelTable, defaults: TypedUnitDefaults): LineResult {
  const [name = '', typeText = '', provinceText = '', ...rest] = line.split(/[;\t]/).map((cell) => cell.trim());
  if (rest.some((cell) => cell !== '')) return { ok: false, key: 'workshop.errors.unitTooManyParts' };
  const unitType = typeText === '' ? defaults.unitType : labels.unitTypes.get(foldText(typeText));
  if (unitType === undefined) return { ok: false, key: 'workshop.errors.unitTypeUnknown' };
  if (unitType === '') return { ok: false, key: 'workshop.errors.unitTypeMissing' };
  const provinceId = provinceText === '' ? defaults.provinceId : labels.provinces.get(foldText(provinceText));
  if (provinceId === undefined) return { ok: false, key: 'workshop.errors.provinceUnknown' };
  if (provinceId === '') return { ok: false, key: 'workshop.errors.provinceMissing' };
  const parsed = rosterEntrySchema.safeParse({ id: `typed-${index + 1}`, name, unitType, provinceId });
  if (!parsed.success) return { ok: false, key: 'workshop.errors.unitNameTooLong' };
  return { ok: true, entry: parsed.data };
}

export type TypedUnits = { ok: true; entries: RosterEntry[] } | { ok: false; line: number; key: string };

/** The typed lines as roster entries (blank lines skipped), or the first line refused and why. */
export function parseTypedUnits(text: string, labels: RosterLabelTable, defaults: TypedUnitDefaults): TypedUnits {
  const entries: RosterEntry[] = [];
  const lineOf: number[] = [];
  const lines = text.normalize('NFC').split(/\r\n?|\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const result = parseLine(line, entries.length, labels, defaults);
    if (!result.ok) return { ok: false, line: index + 1, key: result.key };
    entries.push(result.entry);
    lineOf.push(index + 1);
  }
  // Two lines for one unit would be two rows a received assessment could match.
  const [conflict] = findRosterConflicts(entries);
  if (conflict) return { ok: false, line: lineOf[conflict.index] ?? 0, key: 'workshop.errors.unitDuplicate' };
  return { ok: true, entries };
}

export const lineError = (key: string, line: number) => `${key}|${line}`;
export function splitLineError(message: string): { key: string; line?: number } {
  const [key = message, line] = message.split('|');
  return line === undefined ? { key } : { key, line: Number(line) };
}

/** What the form holds, as typed. */
export const workshopFormInputSchema = z.object({
  title: z.string(),
  date: z.string(),
  place: z.string(),
  unitSource: z.enum(UNIT_SOURCES),
  typedUnits: z.string(),
  typedUnitType: z.enum(['', ...UNIT_TYPES]),
  typedProvinceId: z.enum(['', ...PROVINCE_IDS]),
});
export type WorkshopFormInput = z.infer<typeof workshopFormInputSchema>;

/**
 * The form's schema, for its resolver: the details checked by `workshopSchema`'s fields, the typed units (when they
 * are the source) by `parseTypedUnits`. Its output carries the typed entries parsed.
 */
export function workshopFormSchema(labels: RosterLabelTable) {
  return workshopFormInputSchema
    .extend({
      title: workshopSchema.shape.title,
      date: typedDate.pipe(workshopSchema.shape.date),
      // The schema's place is optional: a form always has a string (blank for none, which it turns into none).
      place: z
        .string()
        .transform((value): string | undefined => value)
        .pipe(workshopSchema.shape.place),
    })
    .transform((form, context) => {
      if (form.unitSource !== 'typed') return { ...form, typedEntries: [] as RosterEntry[] };
      const typed = parseTypedUnits(form.typedUnits, labels, {
        unitType: form.typedUnitType,
        provinceId: form.typedProvinceId,
      });
      if (!typed.ok) {
        context.addIssue({ code: 'custom', path: ['typedUnits'], message: lineError(typed.key, typed.line) });
        return z.NEVER;
      }
      return { ...form, typedEntries: typed.entries };
    });
}
export type WorkshopFormOutput = z.output<ReturnType<typeof workshopFormSchema>>;

/** The workshop's details from the checked form: the units from the roster (all or the ticked ones) or typed. */
export function workshopDetailsFromForm(
  form: WorkshopFormOutput,
  roster: Roster | null,
  pickedIds: ReadonlySet<string>,
): Pick<Workshop, 'title' | 'date' | 'place' | 'expectedUnits'> {
  const entries = roster?.entries ?? [];
  const expectedUnits =
    form.unitSource === 'typed'
      ? form.typedEntries
      : form.unitSource === 'all'
        ? [...entries]
        : entries.filter((entry) => pickedIds.has(entry.id));
  return { title: form.title, date: form.date, place: form.place, expectedUnits };
}

/** Names of unit types and provinces in the user's language, for writing typed lines back. */
export interface UnitWords {
  unitType: (type: UnitType) => string;
  province: (id: ProvinceId) => string;
}

/**
 * The form's starting values for a workshop being changed: its units as ticks in the roster when every one is a
 * roster entry, otherwise as typed lines.
 */
export function formInputOfWorkshop(
  workshop: Workshop,
  roster: Roster | null,
  words: UnitWords,
): { input: WorkshopFormInput; pickedIds: Set<string> } {
  const rosterIds = new Set(roster?.entries.map((entry) => entry.id));
  const fromRoster =
    workshop.expectedUnits.length > 0 && workshop.expectedUnits.every((unit) => rosterIds.has(unit.id));
  const all = fromRoster && workshop.expectedUnits.length === rosterIds.size;
  return {
    input: {
      title: workshop.title,
      date: formatDisplayDate(workshop.date),
      place: workshop.place ?? '',
      unitSource: all ? 'all' : fromRoster ? 'picked' : 'typed',
      typedUnits: fromRoster
        ? ''
        : workshop.expectedUnits
            .map((unit) => `${unit.name}; ${words.unitType(unit.unitType)}; ${words.province(unit.provinceId)}`)
            .join('\n'),
      typedUnitType: '',
      typedProvinceId: '',
    },
    pickedIds: new Set(fromRoster ? workshop.expectedUnits.map((unit) => unit.id) : []),
  };
}
