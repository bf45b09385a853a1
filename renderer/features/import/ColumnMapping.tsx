import { useId } from 'react';
import {
  headerLabel,
  type ColumnMapping as Mapping,
  type CsvTable,
} from '../../../shared/import/systems-csv-import';
import { SYSTEM_COLUMNS, type SystemTextKey } from '../../../shared/model/system-text';

interface ColumnMappingProps {
  table: CsvTable;
  mapping: Mapping;
  onChange: (index: number, key: SystemTextKey | null) => void;
}

/** One card per column of the file: its heading, the field it fills, and a value from it. */
export function ColumnMapping({ table, mapping, onChange }: ColumnMappingProps) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Columns</h3>
      <ul className="import-columns">
        {table.headers.map((_, index) => {
          const label = headerLabel(table.headers, index);
          const example = table.rows.map((row) => row.cells[index]?.trim() ?? '').find(Boolean);
          const key = mapping[index] ?? null;
          return (
            <li key={index} className="import-column" data-mapped={key !== null}>
              <div className="import-column-head">
                <label className="import-column-name" htmlFor={`${id}-${index}`} title={label}>
                  {label}
                </label>
                <span id={`${id}-${index}-example`} className="import-example" title={example}>
                  {example === undefined ? 'empty in every row' : `e.g. ${example}`}
                </span>
              </div>
              <select
                id={`${id}-${index}`}
                className="control"
                value={key ?? ''}
                aria-describedby={`${id}-${index}-example`}
                onChange={(event) => {
                  const chosen = SYSTEM_COLUMNS.find((column) => column.key === event.target.value);
                  onChange(index, chosen?.key ?? null);
                }}
              >
                <option value="">Ignore</option>
                {SYSTEM_COLUMNS.map((column) => (
                  <option key={column.key} value={column.key}>
                    {column.label}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
