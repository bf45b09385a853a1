import { useId, type ReactNode } from 'react';

/**
 * A chart with its accessible name and its text alternative: the picture is an image named by its
 * heading and described by the summary; the same numbers are one click away as a table.
 */
export function ChartFigure({
  title,
  summary,
  table,
  children,
  actions,
}: {
  title: string;
  /** One sentence saying what the picture shows, also read by screen readers. */
  summary: string;
  table: { caption: string; headers: readonly string[]; rows: readonly (readonly (string | number)[])[] };
  /** The SVG; it receives the ids that name and describe it. */
  children: (ids: { titleId: string; descId: string }) => ReactNode;
  actions?: ReactNode;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-title">
        {title}
      </h3>
      <p id={descId} className="chart-summary">
        {summary}
      </p>
      {children({ titleId, descId })}
      {actions}
      <details className="chart-table">
        <summary>Show as a table</summary>
        <table className="data-table">
          <caption className="visually-hidden">{table.caption}</caption>
          <thead>
            <tr>
              {table.headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
