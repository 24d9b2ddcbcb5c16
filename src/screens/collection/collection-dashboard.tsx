import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import { countGrades } from '../../collection/compare/distributions';
import { filterRows, sortRows } from '../../collection/compare/filter-sort';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { matchRoster } from '../../collection/roster/match-roster';
import type { Roster } from '../../collection/roster/roster-schema';
import type { CommonGap } from '../../collection/compare/common-gaps';
import type { MissingUnit } from '../../collection/export/gaps-and-missing-tables';
import { useFormat } from '../../i18n/use-format';
import { questionnaire } from '../../questionnaire/questionnaire';
import { GradeDistributionChart, HeatMapChart, SectionSpreadChart } from './collection-charts';
import { CollectionStorage } from './collection-storage';
import { CommonGapsList } from './common-gaps-list';
import { ReceivedSamples } from './received-samples';
import { ComparisonFiltersForm, NO_FILTERS, toComparisonFilters, type FilterValues } from './comparison-filters';
import { ComparisonTable, type TableSort } from './comparison-table';
import { StatusBoard } from './status-board';
import { UnitTrends } from './unit-trends';
import { useFiguresOf, type FiguresState } from './use-collection-figures';

export const TABS = ['table', 'status', 'charts', 'gaps', 'trends'] as const;
export type Tab = (typeof TABS)[number];

const SECTION_IDS = questionnaire.sections.map((section) => section.id);

/** Units received, complete and provisional, the average score and how many have each grade. */
function SummaryFigures({ rows }: { rows: readonly ComparisonRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const complete = rows.filter((row) => row.answered >= row.applicable).length;
  const scores = rows.flatMap((row) => (row.score === undefined ? [] : [row.score]));
  const average = scores.length
    ? Math.round((scores.reduce((sum, value) => sum + value, 0) / scores.length) * 10) / 10
    : undefined;
  const grades = countGrades(rows).filter((count) => count.count > 0);
  return (
    <ul className="collection-figures" aria-label={t('collection.summary.label')}>
      <li>
        <span className="collection-figures__value">{format.number(rows.length)}</span>{' '}
        {t('collection.summary.received')}
      </li>
      <li>
        <span className="collection-figures__value">{format.number(complete)}</span> {t('collection.summary.complete')}
      </li>
      <li>
        <span className="collection-figures__value">{format.number(rows.length - complete)}</span>{' '}
        {t('collection.summary.provisional')}
      </li>
      <li>
        <span className="collection-figures__value">{average === undefined ? '–' : format.number(average)}</span>{' '}
        {t('collection.summary.average')}
      </li>
      <li>
        <span className="collection-figures__value collection-figures__value--text">
          {grades
            .map((count) => `${count.grade === 'none' ? t('collection.noGrade') : count.grade}: ${count.count}`)
            .join(' · ') || '–'}
        </span>{' '}
        {t('collection.summary.grades')}
      </li>
    </ul>
  );
}

/** Which content versions the units answered, and what was compared (every entry is on the current content). */
function ContentVersionsNote({ rows }: { rows: readonly ComparisonRow[] }) {
  const { t } = useTranslation();
  const versions = [...new Set(rows.map((row) => row.answeredContentVersion))].sort();
  if (versions.length <= 1) return null;
  const counts = versions.map(
    (version) => `${version} (${rows.filter((row) => row.answeredContentVersion === version).length})`,
  );
  return (
    <p className="notice collection-versions">
      {t('collection.versions.differ', { versions: counts.join(', '), current: questionnaire.version })}
    </p>
  );
}

/** Tabs as the ARIA pattern has them: arrows, Home and End move between tabs; one tab panel shown at a time. */
function TabList({ tab, onTab }: { tab: Tab; onTab: (tab: Tab) => void }) {
  const { t } = useTranslation();
  const buttons = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onTab(next);
    buttons.current[next]?.focus();
  };
  return (
    <div className="collection-tabs" role="tablist" aria-label={t('collection.tabs.label')}>
      {TABS.map((name) => (
        <button
          key={name}
          ref={(element) => {
            buttons.current[name] = element;
          }}
          type="button"
          role="tab"
          id={`collection-tab-${name}`}
          aria-selected={tab === name}
          aria-controls={`collection-panel-${name}`}
          tabIndex={tab === name ? 0 : -1}
          className="collection-tabs__tab"
          onClick={() => onTab(name)}
          onKeyDown={onKeyDown}
        >
          {t(`collection.tabs.${name}`)}
        </button>
      ))}
    </div>
  );
}

/** Figures kept on an earlier day are shown while today's are computed, and say so. */
function EarlierFiguresNotice({ asOf, done, total }: { asOf: string; done: number; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = { date: format.date(asOf), done: format.number(done), total: format.number(total) };
  return (
    <p role="status" className="notice collection-progress">
      {total > 0 ? t('collection.earlierFiguresProgress', values) : t('collection.earlierFigures', values)}
    </p>
  );
}

/** In place of what needs the received copies, while the screen reads them (a second or so for a national one). */
function ReadingCopies() {
  const { t } = useTranslation();
  return (
    <p role="status" className="collection-progress">
      {t('collection.readingCopies')}
    </p>
  );
}

export interface CollectionExtras {
  gaps: readonly CommonGap[];
  /** Undefined while there is no roster. */
  missing: readonly MissingUnit[] | undefined;
}

/** The roster's units that have sent nothing, in the roster's order. */
function listMissingUnits(roster: Roster, received: readonly ReceivedAssessment[]): MissingUnit[] {
  const notReceived = new Set(
    matchRoster(roster, received)
      .entries.filter((entry) => entry.status === 'not-received')
      .map((entry) => entry.entryId),
  );
  return roster.entries.filter((entry) => notReceived.has(entry.id));
}

/**
 * The department's dashboard over the received assessments: summary figures, then tabs for the comparison table,
 * the status board against the roster, the charts, the most common gaps and the trends. The rows are computed once
 * per collection (`useStoredCollectionFigures`); filters and sorting work on them in a few milliseconds. What needs
 * the copies themselves (the status board, trends matched by the roster, the exports) waits for them when the
 * figures came first.
 */
export function CollectionDashboard({
  received,
  roster,
  onSaveRoster,
  importer,
  exports,
  figures: givenFigures,
  initialTab = 'table',
}: {
  /** Undefined while the screen still reads the copies (given `figures`, the rest shows meanwhile). */
  received: readonly ReceivedAssessment[] | undefined;
  roster: Roster | null;
  onSaveRoster: (roster: Roster) => Promise<void>;
  importer?: ReactNode;
  /** The exports, given the table's rows in the table's order, the most common gaps and the units not reporting. */
  exports?: (rows: readonly ComparisonRow[], extra: CollectionExtras) => ReactNode;
  initialTab?: Tab;
  /** The figures, when the screen reads or computes them (otherwise they are computed here from `received`). */
  figures?: FiguresState;
}) {
  const { t } = useTranslation();
  const ownFigures = useFiguresOf(givenFigures ? null : (received ?? null));
  const figures: FiguresState = givenFigures ?? ownFigures ?? { status: 'loading' };
  const [tab, setTab] = useState<Tab>(initialTab);
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const [sort, setSort] = useState<TableSort>({ column: 'unitName', direction: 'asc' });
  const allRows = figures.status === 'ready' ? figures.rows : undefined;
  // Samples (issue 13) are listed apart and counted nowhere: every figure below reads `rows` and `counted`.
  const rows = useMemo(() => allRows?.filter((row) => !row.isSample), [allRows]);
  const samples = useMemo(() => allRows?.filter((row) => row.isSample) ?? [], [allRows]);
  const counted = useMemo(() => received?.filter((one) => !one.entry.assessment.sample), [received]);
  const filtered = useMemo(() => (rows ? filterRows(rows, toComparisonFilters(filters)) : []), [rows, filters]);
  const sorted = useMemo(() => sortRows(filtered, sort.column, sort.direction), [filtered, sort]);
  const missing = useMemo(() => (roster && counted ? listMissingUnits(roster, counted) : undefined), [roster, counted]);
  const rosterCodes = useMemo(() => {
    if (!roster || !counted || tab !== 'trends') return undefined;
    const codes = new Map<string, string>();
    for (const entry of matchRoster(roster, counted).entries) {
      for (const match of entry.matches) codes.set(match.assessmentId, entry.entryId);
    }
    return codes;
  }, [roster, counted, tab]);

  return (
    <>
      {importer}
      <ReceivedSamples rows={samples} />
      {rows?.length === 0 || (!rows && counted?.length === 0) ? (
        <p className="empty-state">{t('collection.empty')}</p>
      ) : !rows || figures.status !== 'ready' ? (
        <p role="status" className="collection-progress">
          {figures.status === 'computing' && (figures.total || received)
            ? t('collection.computing', { done: figures.done, total: figures.total || (received?.length ?? 0) })
            : t('common.loading')}
        </p>
      ) : (
        <>
          <h2>{t('collection.summary.heading')}</h2>
          {figures.earlier ? <EarlierFiguresNotice {...figures.earlier} /> : null}
          <SummaryFigures rows={rows} />
          <ContentVersionsNote rows={rows} />
          {exports?.(sorted, { gaps: figures.gaps, missing })}
          <TabList tab={tab} onTab={setTab} />
          <div
            className="collection-panel"
            role="tabpanel"
            id={`collection-panel-${tab}`}
            aria-labelledby={`collection-tab-${tab}`}
          >
            <h2>{t(`collection.tabs.${tab}`)}</h2>
            {tab === 'table' || tab === 'charts' ? (
              <ComparisonFiltersForm rows={rows} values={filters} onChange={setFilters} />
            ) : null}
            {tab === 'table' ? (
              <ComparisonTable rows={sorted} sectionIds={SECTION_IDS} sort={sort} onSort={setSort} />
            ) : null}
            {tab === 'status' ? (
              counted ? (
                <StatusBoard received={counted} roster={roster} onSaveRoster={onSaveRoster} />
              ) : (
                <ReadingCopies />
              )
            ) : null}
            {tab === 'charts' ? (
              <>
                <p className="hint">{t('collection.charts.intro', { count: filtered.length })}</p>
                <GradeDistributionChart rows={filtered} />
                <SectionSpreadChart rows={filtered} sectionIds={SECTION_IDS} />
                <HeatMapChart rows={sorted} sectionIds={SECTION_IDS} />
              </>
            ) : null}
            {tab === 'gaps' ? <CommonGapsList gaps={figures.gaps} /> : null}
            {tab === 'trends' ? (
              roster && !received ? (
                <ReadingCopies />
              ) : (
                <UnitTrends rows={rows} sectionIds={SECTION_IDS} rosterCodes={rosterCodes} />
              )
            ) : null}
          </div>
        </>
      )}
      <CollectionStorage
        units={rows?.length ?? received?.length ?? 0}
        bytes={figures.status === 'ready' ? figures.bytes : undefined}
      />
    </>
  );
}
