import type { ClassSectionSpread } from '../../workshop/projector/section-spreads';

const TICKS = [0, 25, 50, 75, 100];
/** Dots closer than this (in points) would overlap at projector size: the later one goes up a row. */
const OVERLAP = 3;

/** Each dot's row, so that close scores stack instead of hiding each other. */
function rowsOf(scores: readonly number[]): number[] {
  const rows: number[] = [];
  scores.forEach((score, index) => {
    let row = 0;
    while (scores.some((other, before) => before < index && rows[before] === row && Math.abs(other - score) < OVERLAP))
      row += 1;
    rows.push(row);
  });
  return rows;
}

/**
 * A box plot on a 0-100 axis with a dot per unit, in plain HTML: the box is the middle half, the thick line the
 * median, the whiskers reach the lowest and highest score; a sample is a hollow square (a shape, never only a
 * colour). Decoration only: the screen writes the same figures out as text.
 */
export function SpreadChart({ spread }: { spread: ClassSectionSpread }) {
  const rows = rowsOf(spread.dots.map((dot) => dot.score));
  const height = Math.max(1, ...rows.map((row) => row + 1));
  const { min, lowerQuartile, median, upperQuartile, max } = spread;
  return (
    <div className="spread-chart" aria-hidden="true">
      <div className="spread-chart__dots" style={{ height: `${height * 1.6}rem` }}>
        {spread.dots.map((dot, index) => (
          <span
            key={dot.assessmentId}
            className={dot.isSample ? 'spread-chart__dot spread-chart__dot--sample' : 'spread-chart__dot'}
            style={{ left: `${dot.score}%`, bottom: `${(rows[index] ?? 0) * 1.6}rem` }}
          />
        ))}
      </div>
      {min !== undefined && max !== undefined && lowerQuartile !== undefined && upperQuartile !== undefined ? (
        <div className="spread-chart__box-area">
          <span className="spread-chart__whisker" style={{ left: `${min}%`, width: `${max - min}%` }} />
          <span
            className="spread-chart__box"
            style={{ left: `${lowerQuartile}%`, width: `${upperQuartile - lowerQuartile}%` }}
          />
          <span className="spread-chart__median" style={{ left: `${median}%` }} />
        </div>
      ) : null}
      <div className="spread-chart__axis">
        {TICKS.map((tick) => (
          <span key={tick} className="spread-chart__tick" style={{ left: `${tick}%` }}>
            {tick}
          </span>
        ))}
      </div>
    </div>
  );
}
