import { useTranslation } from 'react-i18next';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import type { ComparisonFilters, GradeFilterValue } from '../../collection/compare/filter-sort';
import { GRADES, UNIT_TYPES, type UnitType } from '../../questionnaire/content-schema';
import { FilterSelect } from '../../ui/filter-select';
import { describePeriod } from '../assessment-labels';

/** The filters as the form holds them: '' for "all". */
export interface FilterValues {
  unitType: string;
  grade: string;
  period: string;
  contentVersion: string;
  criticalGap: '' | 'yes' | 'no';
  query: string;
}

export const NO_FILTERS: FilterValues = {
  unitType: '',
  grade: '',
  period: '',
  contentVersion: '',
  criticalGap: '',
  query: '',
};

export function toComparisonFilters(values: FilterValues): ComparisonFilters {
  return {
    ...(values.unitType ? { unitTypes: [values.unitType as UnitType] } : {}),
    ...(values.grade ? { grades: [values.grade as GradeFilterValue] } : {}),
    ...(values.period ? { periods: [values.period] } : {}),
    ...(values.contentVersion ? { contentVersions: [values.contentVersion] } : {}),
    ...(values.criticalGap ? { hasCriticalGap: values.criticalGap === 'yes' } : {}),
    ...(values.query.trim() ? { nameQuery: values.query } : {}),
  };
}

/** Distinct values of the rows, in first-seen order after sorting by `order`. */
function distinct<T>(rows: readonly ComparisonRow[], pick: (row: ComparisonRow) => T, order: (a: T, b: T) => number) {
  return [...new Set(rows.map(pick))].sort(order);
}

export function ComparisonFiltersForm({
  rows,
  values,
  onChange,
}: {
  rows: readonly ComparisonRow[];
  values: FilterValues;
  onChange: (values: FilterValues) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<FilterValues>) => onChange({ ...values, ...patch });
  const periods = distinct(
    rows,
    (row) => row.periodId,
    (a, b) => b.localeCompare(a),
  );
  const periodRow = new Map(rows.map((row) => [row.periodId, row]));
  const versions = distinct(
    rows,
    (row) => row.answeredContentVersion,
    (a, b) => b.localeCompare(a, undefined, { numeric: true }),
  );
  const types = UNIT_TYPES.filter((type) => rows.some((row) => row.unitType === type));
  return (
    <div className="collection-filters" role="group" aria-label={t('collection.filters.label')}>
      <div className="form-group collection-filters__search">
        <label className="label" htmlFor="collection-search">
          {t('collection.filters.search')}
        </label>
        <p className="hint" id="collection-search-hint">
          {t('collection.filters.searchHint')}
        </p>
        <input
          id="collection-search"
          type="search"
          className="input"
          aria-describedby="collection-search-hint"
          value={values.query}
          onChange={(event) => set({ query: event.target.value })}
        />
      </div>
      <FilterSelect
        id="collection-filter-type"
        label={t('collection.filters.type')}
        value={values.unitType}
        onChange={(unitType) => set({ unitType })}
        allLabel={t('collection.filters.all')}
        options={types.map((type) => ({ value: type, label: t(`unitTypes.${type}.name`) }))}
      />
      <FilterSelect
        id="collection-filter-grade"
        label={t('collection.filters.grade')}
        value={values.grade}
        onChange={(grade) => set({ grade })}
        allLabel={t('collection.filters.all')}
        options={[
          ...GRADES.map((grade) => ({ value: grade, label: grade })),
          { value: 'none', label: t('collection.noGrade') },
        ]}
      />
      <FilterSelect
        id="collection-filter-period"
        label={t('collection.filters.period')}
        value={values.period}
        onChange={(period) => set({ period })}
        allLabel={t('collection.filters.all')}
        options={periods.map((period) => {
          const row = periodRow.get(period);
          return {
            value: period,
            label: row ? describePeriod(t, { periodYear: row.periodYear, periodPart: row.periodPart }) : period,
          };
        })}
      />
      <FilterSelect
        id="collection-filter-version"
        label={t('collection.filters.contentVersion')}
        value={values.contentVersion}
        onChange={(contentVersion) => set({ contentVersion })}
        allLabel={t('collection.filters.all')}
        options={versions.map((version) => ({ value: version, label: version }))}
      />
      <FilterSelect
        id="collection-filter-gap"
        label={t('collection.filters.criticalGap')}
        value={values.criticalGap}
        onChange={(criticalGap) => set({ criticalGap: criticalGap as FilterValues['criticalGap'] })}
        allLabel={t('collection.filters.all')}
        options={[
          { value: 'yes', label: t('collection.filters.withGap') },
          { value: 'no', label: t('collection.filters.withoutGap') },
        ]}
      />
      {JSON.stringify(values) !== JSON.stringify(NO_FILTERS) ? (
        <button type="button" className="button button--secondary" onClick={() => onChange(NO_FILTERS)}>
          {t('collection.filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
