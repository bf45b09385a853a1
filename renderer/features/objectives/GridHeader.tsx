import { GRID_COLUMNS } from './grid-columns';

const helpId = (columnId: string) => `column-help-${columnId}`;

/**
 * Column headers with a few plain words under each name; the full
 * explanation (with an example) is the header's description and tooltip.
 */
export function GridHeader() {
  return (
    <thead role="rowgroup">
      <tr role="row">
        <th className="row-number" aria-hidden="true" />
        {GRID_COLUMNS.map((column) => (
          <th
            key={column.id}
            role="columnheader"
            scope="col"
            className={`grid-header col-${column.id}`}
            title={column.help}
            aria-describedby={helpId(column.id)}
          >
            <span className="column-label">{column.label}</span>
            <span className="column-hint" aria-hidden="true">
              {column.hint}
            </span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The descriptions the headers point to; hidden elements may still describe others. */
export function ColumnHelp() {
  return (
    <div hidden>
      {GRID_COLUMNS.map((column) => (
        <span key={column.id} id={helpId(column.id)}>
          {column.help}
        </span>
      ))}
    </div>
  );
}
