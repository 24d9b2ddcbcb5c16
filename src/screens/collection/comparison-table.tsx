import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import type { SortColumn, SortDirection } from '../../collection/compare/filter-sort';
import { useFormat } from '../../i18n/use-format';
import { sectionKeys } from '../../questionnaire/content-keys';
import type { SectionId } from '../../questionnaire/content-schema';
import { paths } from '../../paths';
import { describePeriod } from '../assessment-labels';
import { pageOf, Pager } from './pager';
import { ScrollRegion } from './scroll-region';

export interface TableSort {
  column: SortColumn;
  direction: SortDirection;
}

const columnKey = (column: SortColumn) => (typeof column === 'object' ? `section:${column.sectionId}` : column);

/**
 * The comparison table: one row per received assessment, already filtered and sorted by the caller; a header button
 * sorts by its column (again: the other direction). Rows are shown a page at a time, so 3,321 never render at once.
 * The table scrolls inside its own labelled region, its header stays in view.
 */
export function ComparisonTable({
  rows,
  sectionIds,
  sort,
  onSort,
}: {
  rows: readonly ComparisonRow[];
  sectionIds: readonly SectionId[];
  sort: TableSort;
  onSort: (sort: TableSort) => void;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(100);
  const shown = pageOf(rows, page, size);
  const score = (value: number | undefined) => (value === undefined ? '–' : format.number(value));

  const header = (column: SortColumn, label: string, numeric = false) => {
    const isSorted = columnKey(column) === columnKey(sort.column);
    const ariaSort = isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
    return (
      <th key={columnKey(column)} scope="col" aria-sort={ariaSort} className={numeric ? 'collection-num' : undefined}>
        <button
          type="button"
          className="collection-sort"
          onClick={() => {
            // Numbers open highest first, names A to Z.
            const first: SortDirection = numeric ? 'desc' : 'asc';
            const direction = isSorted ? (sort.direction === 'asc' ? 'desc' : 'asc') : first;
            setPage(0);
            onSort({ column, direction });
          }}
        >
          {label}
          <span aria-hidden="true" className="collection-sort__arrow">
            {isSorted ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <>
      <ScrollRegion className="collection-table-wrap" labelledBy="comparison-caption">
        <table className="table collection-table">
          <caption id="comparison-caption" className="collection-caption">
            {t('collection.table.caption', { count: rows.length })}
            <span className="visually-hidden"> {t('collection.table.sortHint')}</span>
          </caption>
          <thead>
            <tr>
              {header('unitName', t('collection.table.unit'))}
              {header('unitType', t('collection.table.type'))}
              {header('provinceId', t('collection.table.province'))}
              {header('period', t('collection.table.period'))}
              {header('answeredPercent', t('collection.table.answered'), true)}
              {header('score', t('collection.table.score'), true)}
              {header('grade', t('collection.table.grade'))}
              {sectionIds.map((sectionId) =>
                header({ sectionId, by: 'score' }, tc(sectionKeys(sectionId).title), true),
              )}
              {header('criticalGapCount', t('collection.table.criticalGaps'), true)}
            </tr>
          </thead>
          <tbody>
            {shown.items.map((row) => (
              <tr key={row.assessmentId}>
                <th scope="row">
                  <Link href={paths.received.to(row.assessmentId)}>{row.unitName}</Link>
                  {row.hasConflict ? <span className="tag tag--red">{t('collection.table.conflict')}</span> : null}
                </th>
                <td>{t(`unitTypes.${row.unitType}.name`)}</td>
                <td>{t(`provinces.${row.provinceId}`)}</td>
                <td>{describePeriod(t, { periodYear: row.periodYear, periodPart: row.periodPart })}</td>
                <td className="collection-num">{format.percent(row.answeredPercent)}</td>
                <td className="collection-num">
                  {score(row.score)}
                  {row.isProvisional ? <span className="hint"> {t('collection.table.provisional')}</span> : null}
                </td>
                <td>{row.grade ?? '–'}</td>
                {sectionIds.map((sectionId) => (
                  <td key={sectionId} className="collection-num">
                    {score(row.sections[sectionId]?.score)}
                  </td>
                ))}
                <td className="collection-num">{row.criticalGapCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {rows.length === 0 ? <p className="empty-state">{t('collection.table.noneMatch')}</p> : null}
      <Pager
        id="comparison-pager"
        total={rows.length}
        page={shown.page}
        size={size}
        onPage={setPage}
        onSize={(next) => {
          setSize(next);
          setPage(0);
        }}
      />
    </>
  );
}
