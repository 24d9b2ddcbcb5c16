import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import { foldText } from '../../collection/compare/fold-text';
import { listUnitTrends } from '../../collection/compare/trend';
import { useFormat } from '../../i18n/use-format';
import { sectionKeys } from '../../questionnaire/content-keys';
import type { SectionId } from '../../questionnaire/content-schema';
import { describePeriod } from '../assessment-labels';
import { pageOf, Pager } from './pager';
import { ScrollRegion } from './scroll-region';

/**
 * Each unit's change from one period to the next, overall and per section, for the units with more than one
 * assessment; a change between two content versions is flagged, since part of it may come from the content.
 */
export function UnitTrends({
  rows,
  sectionIds,
  rosterCodes,
}: {
  rows: readonly ComparisonRow[];
  sectionIds: readonly SectionId[];
  rosterCodes?: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(50);
  const trends = useMemo(
    () => listUnitTrends(rows, sectionIds, rosterCodes).filter((trend) => trend.steps.length > 0),
    [rows, sectionIds, rosterCodes],
  );
  const byId = useMemo(() => new Map(rows.map((row) => [row.assessmentId, row])), [rows]);
  const folded = foldText(query);
  const matching = folded ? trends.filter((trend) => foldText(trend.unitName).includes(folded)) : trends;
  const steps = matching.flatMap((trend) => trend.steps.map((step) => ({ trend, step })));
  const shown = pageOf(steps, page, size);
  const change = (value: number | undefined) =>
    value === undefined ? '–' : `${value > 0 ? '+' : value < 0 ? '−' : '±'}${format.number(Math.abs(value))}`;
  const period = (assessmentId: string) => {
    const row = byId.get(assessmentId);
    return row ? describePeriod(t, { periodYear: row.periodYear, periodPart: row.periodPart }) : '';
  };
  if (trends.length === 0) return <p>{t('collection.trends.none')}</p>;
  return (
    <>
      <p className="hint">{t('collection.trends.intro', { count: trends.length })}</p>
      <div className="form-group">
        <label className="label" htmlFor="trend-search">
          {t('collection.trends.search')}
        </label>
        <input
          id="trend-search"
          type="search"
          className="input"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setPage(0);
          }}
        />
      </div>
      <ScrollRegion className="collection-table-wrap" labelledBy="trend-caption">
        <table className="table collection-table">
          <caption id="trend-caption" className="collection-caption">
            {t('collection.trends.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('collection.table.unit')}</th>
              <th scope="col">{t('collection.trends.from')}</th>
              <th scope="col">{t('collection.trends.to')}</th>
              <th scope="col" className="collection-num">
                {t('collection.trends.overall')}
              </th>
              <th scope="col">{t('collection.table.grade')}</th>
              {sectionIds.map((sectionId) => (
                <th key={sectionId} scope="col" className="collection-num">
                  {tc(sectionKeys(sectionId).title)}
                </th>
              ))}
              <th scope="col">{t('collection.trends.content')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.items.map(({ trend, step }) => (
              <tr key={`${step.fromAssessmentId}>${step.toAssessmentId}`}>
                <th scope="row">{trend.unitName}</th>
                <td>{period(step.fromAssessmentId)}</td>
                <td>{period(step.toAssessmentId)}</td>
                <td className="collection-num">{change(step.overallChange)}</td>
                <td>
                  {step.gradeFrom ?? '–'} → {step.gradeTo ?? '–'}
                </td>
                {sectionIds.map((sectionId) => (
                  <td key={sectionId} className="collection-num">
                    {change(step.sectionChanges[sectionId])}
                  </td>
                ))}
                <td>
                  {step.isContentVersionDifferent ? (
                    <strong className="tag tag--red">
                      {t('collection.trends.versionsDiffer', {
                        from: step.fromContentVersion,
                        to: step.toContentVersion,
                      })}
                    </strong>
                  ) : (
                    step.toContentVersion
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pager
        id="trend-pager"
        total={steps.length}
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
