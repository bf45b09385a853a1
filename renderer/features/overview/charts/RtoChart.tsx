import { useState } from 'react';
import { Button } from 'react-aria-components';
import { formatDuration } from '../../../../shared/model/duration';
import { durationAxis, type RtoBar } from '../../../../shared/readiness/rto-bars';
import { ChartFigure } from './ChartFigure';

/** How many systems the chart shows before "Show all": enough to see the worst, readable with 500. */
export const RTO_CHART_ROWS = 15;

const WIDTH = 760;
const LABEL = 200;
const VALUE = 170;
const ROW = 34;
const TOP = 28;

const STATE_TEXT = {
  late: 'too slow',
  unknown: 'unknown',
  ok: 'fits',
  'no-rto': 'no RTO set',
} as const satisfies Record<RtoBar['state'], string>;

const shorten = (name: string) => (name.length > 24 ? `${name.slice(0, 23)}…` : name || 'Unnamed system');
/** Measured times from exercises say so: a figure someone timed weighs more than an estimate. */
const SOURCE_NOTE = { estimate: '', measured: ' (measured)', mixed: ' (partly measured)' } as const;

const achievableText = (bar: RtoBar) =>
  bar.achievable === null
    ? 'unknown'
    : `${bar.lowerBound ? '≥ ' : ''}${formatDuration(bar.achievable)}${bar.source ? SOURCE_NOTE[bar.source] : ''}`;

/** RTO required (grey) vs achievable (the analysis' recovery time; red when too slow) per system, worst first. */
export function RtoChart({ bars }: { bars: readonly RtoBar[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? bars : bars.slice(0, RTO_CHART_ROWS);
  const late = bars.filter((bar) => bar.state === 'late').length;
  const unknown = bars.filter((bar) => bar.state === 'unknown').length;
  const axis = durationAxis(
    Math.max(60, ...shown.flatMap((bar) => [bar.required ?? 0, bar.achievable ?? 0])),
  );
  const plot = WIDTH - LABEL - VALUE;
  const x = (minutes: number) => LABEL + axis.position(minutes) * plot;
  const height = TOP + shown.length * ROW + 8;

  return (
    <ChartFigure
      title="RTO required vs achievable"
      summary={
        bars.length === 0
          ? 'No systems yet.'
          : `${late} of ${bars.length} ${bars.length === 1 ? 'system' : 'systems'} cannot be back within the RTO; ${unknown} without a known recovery time. Worst first, logarithmic time scale.`
      }
      table={{
        caption: 'RTO required and recovery time achievable per system',
        headers: ['System', 'Tier', 'RTO required', 'Achievable', 'Verdict'],
        rows: bars.map((bar) => [
          bar.name,
          bar.tier === null ? 'Not set' : String(bar.tier),
          bar.required === null ? 'Not set' : formatDuration(bar.required),
          achievableText(bar),
          STATE_TEXT[bar.state],
        ]),
      }}
      actions={
        bars.length > RTO_CHART_ROWS && (
          <Button
            className="button button-small"
            onPress={() => {
              setAll(!all);
            }}
          >
            {all ? `Show the worst ${RTO_CHART_ROWS}` : `Show all ${bars.length} systems`}
          </Button>
        )
      }
    >
      {({ titleId, descId }) =>
        bars.length > 0 && (
          <svg
            className="chart-svg"
            role="img"
            aria-labelledby={titleId}
            aria-describedby={descId}
            viewBox={`0 0 ${WIDTH} ${height}`}
            width="100%"
          >
            <g className="chart-legend" aria-hidden="true">
              <rect x={LABEL} y={4} width={12} height={10} className="bar-required" />
              <text x={LABEL + 16} y={13}>
                RTO required
              </text>
              <rect x={LABEL + 120} y={4} width={12} height={10} className="bar-ok" />
              <text x={LABEL + 136} y={13}>
                achievable
              </text>
              <rect x={LABEL + 230} y={4} width={12} height={10} className="bar-late" />
              <text x={LABEL + 246} y={13}>
                too slow
              </text>
            </g>
            {axis.ticks.map((tick) => (
              <g key={tick} aria-hidden="true">
                <line x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={height - 4} className="chart-grid" />
                <text x={x(tick)} y={height} className="chart-tick" textAnchor="middle">
                  {formatDuration(tick)}
                </text>
              </g>
            ))}
            {shown.map((bar, index) => {
              const y = TOP + index * ROW;
              return (
                <g key={bar.id} data-state={bar.state}>
                  <text x={LABEL - 8} y={y + 18} textAnchor="end" className="chart-label">
                    {shorten(bar.name)}
                  </text>
                  {bar.required !== null && (
                    <rect
                      x={LABEL}
                      y={y + 4}
                      width={x(bar.required) - LABEL}
                      height={10}
                      className="bar-required"
                    />
                  )}
                  {bar.achievable !== null ? (
                    <rect
                      x={LABEL}
                      y={y + 16}
                      width={x(bar.achievable) - LABEL}
                      height={12}
                      className={
                        bar.state === 'late' ? 'bar-late' : bar.lowerBound ? 'bar-unknown' : 'bar-ok'
                      }
                    />
                  ) : (
                    <rect x={LABEL} y={y + 16} width={plot} height={12} className="bar-unknown" />
                  )}
                  <text x={WIDTH - VALUE + 8} y={y + 18} className={`chart-value value-${bar.state}`}>
                    {bar.state === 'no-rto' ? 'no RTO' : achievableText(bar)}
                  </text>
                </g>
              );
            })}
          </svg>
        )
      }
    </ChartFigure>
  );
}
