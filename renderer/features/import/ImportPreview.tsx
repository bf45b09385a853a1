import { useId } from 'react';
import type { ColumnMapping, ImportCheck } from '../../../shared/import/systems-csv-import';
import { systemColumn } from '../../../shared/model/system-text';
import { plural } from '../../components/format';

const PREVIEW_ROWS = 5;

/** Every row that will be skipped, with its line and why; scrolls when long. */
export function ImportProblems({ check }: { check: ImportCheck }) {
  const id = useId();
  if (check.problems.length === 0) return null;
  return (
    <div>
      <h3 id={`${id}-problems`}>
        {plural(check.skipped, 'row has problems', 'rows have problems')} and will be skipped
      </h3>
      <div className="import-problems" role="region" aria-labelledby={`${id}-problems`} tabIndex={0}>
        <ul>
          {check.problems.map((problem, index) => (
            <li key={index}>
              <strong>Line {problem.line}</strong>
              {problem.column ? `, ${problem.column}` : ''}: {problem.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The first systems as they will be stored: parsed, in friendly words. */
export function ImportPreview({ check, mapping }: { check: ImportCheck; mapping: ColumnMapping }) {
  const id = useId();
  const columns = mapping.flatMap((key) => (key === null ? [] : [systemColumn(key)]));
  const shown = check.rows.slice(0, PREVIEW_ROWS);
  return (
    <div>
      <h3 id={`${id}-preview`}>Preview</h3>
      {shown.length === 0 ? (
        <p className="field-help">
          No row can be imported as it is. Fix the rows listed above, or change the columns.
        </p>
      ) : (
        <>
          <p className="field-help">
            {check.rows.length > shown.length
              ? `The first ${shown.length} of ${check.rows.length} systems, as they will be stored.`
              : 'The systems as they will be stored.'}
          </p>
          {/* Focusable so a keyboard user can scroll a wide preview sideways. */}
          <div className="import-preview" role="region" aria-labelledby={`${id}-preview`} tabIndex={0}>
            <table className="grid import-preview-table" aria-label="Systems to import">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  {columns.map((column) => (
                    <th scope="col" key={column.key}>
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.line}>
                    <td className="import-line">{row.line}</td>
                    {columns.map((column) => {
                      const text = column.format(row.values);
                      return (
                        <td key={column.key} title={text}>
                          {text || <span className="import-empty">—</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
