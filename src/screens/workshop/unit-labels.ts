import { buildRosterLabelTable, type RosterLabelTable } from '../../collection/roster/roster-labels';

let labels: Promise<RosterLabelTable> | undefined;

/**
 * Unit types and provinces as people type them, in both languages (a trainer may type either), for typed units.
 * Read from the locale files (precached), once, as the collection's roster reading does.
 */
export function loadUnitLabels(): Promise<RosterLabelTable> {
  labels ??= Promise.all([
    import('../../../locales/vi/common.json'),
    import('../../../locales/en/common.json'),
    import('../../../locales/vi/screen-collection.json'),
    import('../../../locales/en/screen-collection.json'),
  ]).then(([vi, en, viScreen, enScreen]) =>
    buildRosterLabelTable([
      { ...vi.default, roster: viScreen.default.roster },
      { ...en.default, roster: enScreen.default.roster },
    ]),
  );
  return labels;
}
