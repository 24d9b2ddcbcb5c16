import { useTranslation } from 'react-i18next';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import { buildHeatMap, countGrades, spreadSections, type Spread } from '../../collection/compare/distributions';
import { useFormat } from '../../i18n/use-format';
import { sectionKeys } from '../../questionnaire/content-keys';
import type { Grade, SectionId } from '../../questionnaire/content-schema';
import { gradeFor } from '../../scoring/grade';
import { gradeBands } from '../results/grade-legend';
import { ScrollRegion } from './scroll-region';
import { GRADE_COLOURS } from '../../collection/compare/grade-colours';

/**
 * The charts of a collection, drawn as inline SVG (no chart library to download). Each SVG is an image whose name
 * is the chart's one-line summary, and each chart has its figures as a table beside it, so nothing rests on colour
 * or on seeing the drawing.
 */

function DataTable({ caption, head, body }: { caption: string; head: string[]; body: (string | number)[][] }) {
  const { t } = useTranslation();
  return (
    <details className="details collection-chart__data">
      <summary className="details__summary">{t('collection.charts.showTable')}</summary>
      <ScrollRegion className="collection-table-wrap collection-table-wrap--short" label={caption}>
        <table className="table">
          <caption className="collection-caption">{caption}</caption>
          <thead>
            <tr>
              {head.map((cell, index) => (
                <th key={index} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.map(([first, ...rest], index) => (
              <tr key={index}>
                <th scope="row">{first}</th>
                {rest.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}

export function GradeDistributionChart({ rows }: { rows: readonly ComparisonRow[] }) {
  const { t } = useTranslation();
  const counts = countGrades(rows);
  const max = Math.max(1, ...counts.map((count) => count.count));
  const label = (grade: Grade | 'none') => (grade === 'none' ? t('collection.noGrade') : grade);
  const summary = t('collection.charts.gradesSummary', {
    total: rows.length,
    list: counts.map((count) => `${label(count.grade)}: ${count.count}`).join('; '),
  });
  const width = 600;
  const height = 240;
  const slot = width / counts.length;
  const chartHeight = 170;
  return (
    <figure className="collection-chart">
      <figcaption>
        <h3 className="heading-s">{t('collection.charts.gradesHeading')}</h3>
        <p id="grades-summary">{summary}</p>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="collection-svg" role="img" aria-labelledby="grades-summary">
        <line x1={0} x2={width} y1={chartHeight + 30} y2={chartHeight + 30} stroke="#6b7178" />
        {counts.map((count, index) => {
          const barHeight = (count.count / max) * chartHeight;
          const x = index * slot + slot * 0.2;
          const y = chartHeight + 30 - barHeight;
          return (
            <g key={count.grade}>
              <rect
                x={x}
                y={y}
                width={slot * 0.6}
                height={barHeight}
                fill={GRADE_COLOURS[count.grade].fill}
                stroke="#1b1b1b"
                strokeWidth={count.grade === 'none' ? 1 : 0}
              />
              <text x={x + slot * 0.3} y={y - 6} textAnchor="middle" className="collection-svg__value">
                {count.count}
              </text>
              <text x={x + slot * 0.3} y={chartHeight + 52} textAnchor="middle" className="collection-svg__label">
                {label(count.grade)}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable
        caption={t('collection.charts.gradesHeading')}
        head={[t('collection.table.grade'), t('collection.charts.units'), t('collection.charts.share')]}
        body={counts.map((count) => [
          label(count.grade),
          count.count,
          rows.length ? `${Math.round((count.count / rows.length) * 100)}%` : '–',
        ])}
      />
    </figure>
  );
}

export function SectionSpreadChart({
  rows,
  sectionIds,
}: {
  rows: readonly ComparisonRow[];
  sectionIds: readonly SectionId[];
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const spreads = spreadSections(rows, sectionIds);
  const n = (value: number | undefined) => (value === undefined ? '–' : format.number(value));
  const x = (value: number) => 10 + (value / 100) * 580;
  const box = (spread: Spread) =>
    spread.count === 0 || spread.min === undefined
      ? null
      : (() => {
          const { min = 0, lowerQuartile = 0, median = 0, upperQuartile = 0, max = 0 } = spread;
          return (
            <>
              <line x1={x(min)} x2={x(max)} y1={18} y2={18} stroke="#1b1b1b" strokeWidth={2} />
              <line x1={x(min)} x2={x(min)} y1={8} y2={28} stroke="#1b1b1b" strokeWidth={2} />
              <line x1={x(max)} x2={x(max)} y1={8} y2={28} stroke="#1b1b1b" strokeWidth={2} />
              <rect
                x={x(lowerQuartile)}
                y={4}
                width={Math.max(2, x(upperQuartile) - x(lowerQuartile))}
                height={28}
                fill="#9fc3e6"
                stroke="#0b4f8a"
                strokeWidth={2}
              />
              <line x1={x(median)} x2={x(median)} y1={4} y2={32} stroke="#083a66" strokeWidth={4} />
            </>
          );
        })();
  return (
    <figure className="collection-chart">
      <figcaption>
        <h3 className="heading-s">{t('collection.charts.spreadHeading')}</h3>
        <p id="spread-summary">{t('collection.charts.spreadSummary')}</p>
      </figcaption>
      <div className="collection-spread">
        <svg viewBox="0 0 600 24" className="collection-svg collection-spread__axis" aria-hidden="true">
          {[0, 25, 50, 75, 100].map((tick) => (
            <text key={tick} x={x(tick)} y={16} textAnchor="middle" className="collection-svg__label">
              {tick}
            </text>
          ))}
        </svg>
        {spreads.map((spread) => (
          <div key={spread.sectionId} className="collection-spread__row">
            <p className="collection-spread__name">
              {tc(sectionKeys(spread.sectionId).title)}{' '}
              <span className="hint">
                {spread.count === 0
                  ? t('collection.charts.noScores')
                  : t('collection.charts.spreadLine', {
                      median: n(spread.median),
                      min: n(spread.min),
                      max: n(spread.max),
                      count: spread.count,
                    })}
              </span>
            </p>
            <svg viewBox="0 0 600 36" className="collection-svg" aria-hidden="true">
              {[0, 25, 50, 75, 100].map((tick) => (
                <line key={tick} x1={x(tick)} x2={x(tick)} y1={0} y2={36} stroke="#c8ccd0" />
              ))}
              {box(spread)}
            </svg>
          </div>
        ))}
      </div>
      <DataTable
        caption={t('collection.charts.spreadHeading')}
        head={[
          t('collection.charts.section'),
          t('collection.charts.units'),
          t('collection.charts.min'),
          t('collection.charts.lowerQuartile'),
          t('collection.charts.median'),
          t('collection.charts.upperQuartile'),
          t('collection.charts.max'),
        ]}
        body={spreads.map((spread) => [
          tc(sectionKeys(spread.sectionId).title),
          spread.count,
          n(spread.min),
          n(spread.lowerQuartile),
          n(spread.median),
          n(spread.upperQuartile),
          n(spread.max),
        ])}
      />
    </figure>
  );
}

export const HEAT_MAP_LINES = 30;

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function HeatMapChart({
  rows,
  sectionIds,
}: {
  rows: readonly ComparisonRow[];
  sectionIds: readonly SectionId[];
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const map = buildHeatMap(rows.slice(0, HEAT_MAP_LINES), sectionIds);
  const nameWidth = 250;
  const cell = { width: 70, height: 28 };
  const top = 30;
  const width = nameWidth + cell.width * sectionIds.length;
  const height = top + cell.height * map.lines.length + 4;
  const sectionShort = (index: number) => `${index + 1}`;
  return (
    <figure className="collection-chart">
      <figcaption>
        <h3 className="heading-s">{t('collection.charts.heatHeading')}</h3>
        <p id="heat-summary">{t('collection.charts.heatSummary', { shown: map.lines.length, total: rows.length })}</p>
      </figcaption>
      <ol className="collection-heat__sections">
        {sectionIds.map((sectionId) => (
          <li key={sectionId}>{tc(sectionKeys(sectionId).title)}</li>
        ))}
      </ol>
      <ul className="collection-legend" aria-label={t('collection.charts.legend')}>
        {gradeBands(t).map(({ grade, band }) => (
          <li key={grade}>
            <span
              className="collection-legend__swatch"
              style={{ background: GRADE_COLOURS[grade].fill }}
              aria-hidden="true"
            />
            {grade}: {band}
          </li>
        ))}
        <li>
          <span
            className="collection-legend__swatch"
            style={{ background: GRADE_COLOURS.none.fill }}
            aria-hidden="true"
          />
          –: {t('collection.charts.noScore')}
        </li>
      </ul>
      <ScrollRegion className="collection-table-wrap" labelledBy="heat-summary">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          className="collection-svg collection-heat"
          role="img"
          aria-labelledby="heat-summary"
        >
          {sectionIds.map((sectionId, index) => (
            <text
              key={sectionId}
              x={nameWidth + index * cell.width + cell.width / 2}
              y={20}
              textAnchor="middle"
              className="collection-svg__label"
            >
              {sectionShort(index)}
            </text>
          ))}
          {map.lines.map((line, lineIndex) => {
            const y = top + lineIndex * cell.height;
            return (
              <g key={line.assessmentId}>
                <text x={4} y={y + 19} className="collection-svg__label">
                  <title>{line.unitName}</title>
                  {truncate(line.unitName, 30)}
                </text>
                {line.scores.map((value, index) => {
                  const colours = GRADE_COLOURS[value === undefined ? 'none' : gradeFor(value)];
                  const cx = nameWidth + index * cell.width;
                  return (
                    <g key={index}>
                      <rect x={cx + 1} y={y + 1} width={cell.width - 2} height={cell.height - 2} fill={colours.fill} />
                      <text
                        x={cx + cell.width / 2}
                        y={y + 19}
                        textAnchor="middle"
                        fill={colours.text}
                        className="collection-svg__value"
                      >
                        {value === undefined ? '–' : format.number(Math.round(value))}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </ScrollRegion>
      <DataTable
        caption={t('collection.charts.heatHeading')}
        head={[t('collection.table.unit'), ...sectionIds.map((sectionId) => tc(sectionKeys(sectionId).title))]}
        body={map.lines.map((line) => [
          line.unitName,
          ...line.scores.map((value) => (value === undefined ? '–' : format.number(value))),
        ])}
      />
    </figure>
  );
}
