import type { QuarterCoverage } from '../../../../shared/readiness/readiness';
import { ChartFigure } from './ChartFigure';

const WIDTH = 520;
const HEIGHT = 190;
const BOTTOM = 34;
const LEFT = 28;

/** Completed exercises per quarter, and how many tier 0–1 systems they covered out of all of them. */
export function CoverageChart({
  quarters,
  critical,
}: {
  quarters: readonly QuarterCoverage[];
  critical: number;
}) {
  const max = Math.max(1, critical, ...quarters.map((quarter) => quarter.exercises));
  const slot = (WIDTH - LEFT) / Math.max(1, quarters.length);
  const plot = HEIGHT - BOTTOM - 34;
  const h = (value: number) => (value / max) * plot;
  const total = quarters.reduce((sum, quarter) => sum + quarter.exercises, 0);
  const best = Math.max(0, ...quarters.map((quarter) => quarter.criticalCovered));
  return (
    <ChartFigure
      title="Exercise coverage over time"
      summary={
        total === 0
          ? `No completed exercises in the last ${quarters.length} quarters: none of the ${critical} tier 0–1 systems has been tested.`
          : `${total} completed ${total === 1 ? 'exercise' : 'exercises'} in the last ${quarters.length} quarters; the best quarter covered ${best} of ${critical} tier 0–1 systems.`
      }
      table={{
        caption: 'Completed exercises and tier 0–1 systems covered per quarter',
        headers: ['Quarter', 'Completed exercises', `Tier 0–1 systems covered (of ${critical})`],
        rows: quarters.map((quarter) => [quarter.label, quarter.exercises, quarter.criticalCovered]),
      }}
    >
      {({ titleId, descId }) => (
        <svg
          className="chart-svg chart-small"
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
        >
          <g className="chart-legend" aria-hidden="true">
            <rect x={LEFT} y={2} width={12} height={10} className="bar-exercises" />
            <text x={LEFT + 16} y={11}>
              exercises
            </text>
            <rect x={LEFT + 100} y={2} width={12} height={10} className="bar-ok" />
            <text x={LEFT + 116} y={11}>
              tier 0–1 systems covered
            </text>
          </g>
          {critical > 0 && (
            <g aria-hidden="true">
              <line
                x1={LEFT}
                x2={WIDTH}
                y1={HEIGHT - BOTTOM - h(critical)}
                y2={HEIGHT - BOTTOM - h(critical)}
                className="chart-target"
              />
              <text
                x={WIDTH - 2}
                y={HEIGHT - BOTTOM - h(critical) - 3}
                textAnchor="end"
                className="chart-tick"
              >
                all {critical} tier 0–1
              </text>
            </g>
          )}
          <line x1={LEFT} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="chart-axis" />
          {quarters.map((quarter, index) => {
            const x = LEFT + index * slot + slot / 2;
            return (
              <g key={quarter.start}>
                <rect
                  x={x - 15}
                  y={HEIGHT - BOTTOM - h(quarter.exercises)}
                  width={14}
                  height={h(quarter.exercises)}
                  className="bar-exercises"
                />
                <rect
                  x={x + 1}
                  y={HEIGHT - BOTTOM - h(quarter.criticalCovered)}
                  width={14}
                  height={h(quarter.criticalCovered)}
                  className="bar-ok"
                />
                <text x={x} y={HEIGHT - BOTTOM + 14} textAnchor="middle" className="chart-tick">
                  {quarter.label.slice(2)}
                </text>
                <text x={x} y={HEIGHT - BOTTOM + 28} textAnchor="middle" className="chart-tick">
                  {quarter.exercises}/{quarter.criticalCovered}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </ChartFigure>
  );
}
