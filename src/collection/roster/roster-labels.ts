/**
 * The words of a roster CSV: its column headers, the unit types and the provinces, as people write them. The
 * roster module cannot use i18next, so the caller passes the locales' `common.json` texts (the i18next resources,
 * or the JSON files themselves in tests) and `buildRosterLabelTable` turns them into look-up tables.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { PROVINCE_IDS, type ProvinceId } from '../../assessment/provinces';
import { UNIT_TYPES, type UnitType } from '../../questionnaire/content-schema';
import { foldText } from './unit-name';

export const ROSTER_COLUMNS = ['name', 'unitType', 'province', 'commune', 'code', 'predecessors'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export const REQUIRED_ROSTER_COLUMNS: readonly RosterColumn[] = ['name', 'unitType', 'province'];

/** The part of one language's texts the roster reads: `common.json` with `screen-collection.json`'s `roster`. */
export interface RosterLocale {
  unitTypes: Record<UnitType, { name: string }>;
  provinces: Record<ProvinceId, string>;
  roster: { columns: Record<RosterColumn, string> };
}

/** One language's texts for writing a roster CSV. */
export interface RosterCsvTexts {
  columns: Record<RosterColumn, string>;
  unitTypes: Record<UnitType, string>;
  provinces: Record<ProvinceId, string>;
}

export function rosterCsvTexts(locale: RosterLocale): RosterCsvTexts {
  return {
    columns: locale.roster.columns,
    unitTypes: Object.fromEntries(UNIT_TYPES.map((type) => [type, locale.unitTypes[type].name])) as Record<
      UnitType,
      string
    >,
    provinces: locale.provinces,
  };
}

/** Folded text (`foldText`) → what it means, for every language given. */
export interface RosterLabelTable {
  columns: ReadonlyMap<string, RosterColumn>;
  unitTypes: ReadonlyMap<string, UnitType>;
  provinces: ReadonlyMap<string, ProvinceId>;
}

/** Headers people write that are not the template's (folded). */
const COLUMN_ALIASES: Record<RosterColumn, readonly string[]> = {
  name: ['ten', 'ten don vi', 'ten co quan', 'ten co quan don vi', 'don vi', 'name', 'unit', 'unit name'],
  unitType: ['loai', 'loai don vi', 'loai co quan don vi', 'type', 'unit type'],
  province: ['tinh', 'tinh thanh', 'tinh thanh pho', 'tinh tp', 'province', 'province city'],
  commune: ['xa', 'xa phuong', 'xa phuong dac khu', 'commune', 'commune ward', 'ward'],
  code: ['ma', 'ma don vi', 'code', 'unit code'],
  predecessors: ['tien nhiem', 'don vi tien nhiem', 'don vi cu', 'predecessor', 'predecessors', 'former units'],
};

function tableOf<V>(pairs: Iterable<[string, V]>): Map<string, V> {
  const table = new Map<string, V>();
  for (const [label, value] of pairs) {
    const folded = foldText(label);
    if (folded !== '' && !table.has(folded)) table.set(folded, value);
  }
  return table;
}

/**
 * Look-up tables from the given languages' texts: a unit type by its id, its name or its name without the
 * parenthesis ("UBND cấp xã"); a province by its id, its name, or its bare name with or without "tỉnh"/"TP"
 * ("Phú Thọ", "TP Hà Nội").
 */
export function buildRosterLabelTable(locales: readonly RosterLocale[]): RosterLabelTable {
  return {
    columns: tableOf(
      ROSTER_COLUMNS.flatMap((column) => [
        ...locales.map((locale): [string, RosterColumn] => [locale.roster.columns[column], column]),
        ...COLUMN_ALIASES[column].map((alias): [string, RosterColumn] => [alias, column]),
      ]),
    ),
    unitTypes: tableOf(
      UNIT_TYPES.flatMap((type) => [
        [type, type] as [string, UnitType],
        ...locales.flatMap((locale): [string, UnitType][] => {
          const name = locale.unitTypes[type].name;
          return [
            [name, type],
            [name.replace(/\s*\(.*\)\s*$/, ''), type],
          ];
        }),
      ]),
    ),
    provinces: tableOf(
      PROVINCE_IDS.flatMap((id) => {
        const bare = id.replaceAll('-', ' ');
        return [
          [id, id] as [string, ProvinceId],
          [bare, id] as [string, ProvinceId],
          [`tinh ${bare}`, id] as [string, ProvinceId],
          [`tp ${bare}`, id] as [string, ProvinceId],
          ...locales.map((locale): [string, ProvinceId] => [locale.provinces[id], id]),
        ];
      }),
    ),
  };
}
