import { ChartFigure } from './ChartFigure';

export interface CountRow {
  label: string;
  count: number;
  /** A CSS class giving the bar its colour (each passes 3:1 against white). */
  tone: string;
}

const WIDTH = 360;
const LABEL = 120;
const ROW = 28;

/** A small horizontal bar chart of counts (systems per tier, findings per severity). */
export function CountChart({
  title,
  summary,
  what,
  rows,
}: {
  title: string;
  summary: string;
  /** The counted thing, for the table header: "Systems", "Findings". */
  what: string;
  rows: readonly CountRow[];
}) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  const plot = WIDTH - LABEL - 40;
  const height = rows.length * ROW + 4;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      table={{ caption: title, headers: ['', what], rows: rows.map((row) => [row.label, row.count]) }}
    >
      {({ titleId, descId }) => (
        <svg
          className="chart-svg chart-small"
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
        >
          {rows.map((row, index) => {
            const y = index * ROW + 4;
            return (
              <g key={row.label}>
                <text x={LABEL - 8} y={y + 15} textAnchor="end" className="chart-label">
                  {row.label}
                </text>
                <rect
                  x={LABEL}
                  y={y + 2}
                  width={Math.max(2, (row.count / max) * plot)}
                  height={18}
                  className={row.tone}
                />
                <text
                  x={LABEL + Math.max(2, (row.count / max) * plot) + 6}
                  y={y + 16}
                  className="chart-value"
                >
                  {row.count}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </ChartFigure>
  );
}
