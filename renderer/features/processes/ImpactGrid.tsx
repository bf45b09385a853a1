import { useRef, useState, type KeyboardEvent } from 'react';
import {
  IMPACT_CATEGORIES,
  IMPACT_CATEGORY_INFO,
  IMPACT_RATING_LABELS,
  IMPACT_RATINGS,
  TIME_BUCKETS,
  type ImpactCategory,
  type ImpactRating,
} from '../../../shared/model/impact';
import type { BusinessProcess } from '../../../shared/model/process';
import { useServices } from '../../app/services';
import { useIsUnsaved } from '../../autosave/useIsUnsaved';
import { usePendingValues } from '../../autosave/usePendingValues';
import { setImpactRating } from './process-repository';

const ROWS = IMPACT_CATEGORIES.length;
const COLUMNS = TIME_BUCKETS.length;

const cellKey = (row: number, column: number) => `${row}:${column}`;

/**
 * The impact-over-time questionnaire as a keyboard grid: type 0–4 and the
 * rating is saved and the next cell is ready, so a facilitator fills all 25
 * cells in a few seconds per row. Each rating is its own transaction.
 */
export function ImpactGrid({ process }: { process: BusinessProcess }) {
  const { db, saveTracker } = useServices();
  const [active, setActive] = useState({ row: 0, column: 0 });
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const ratings = usePendingValues<ImpactRating | null>((key) => {
    const [row = 0, column = 0] = key.split(':').map(Number);
    return process.impact[categoryAt(row)][column] ?? null;
  });

  const isUnsaved = useIsUnsaved();
  const trackerKey = (category: ImpactCategory, column: number) =>
    `process:${process.id}:impact:${category}:${column}`;

  const focus = (row: number, column: number) => {
    setActive({ row, column });
    cells.current.get(cellKey(row, column))?.focus();
  };

  const rate = (row: number, column: number, rating: ImpactRating | null) => {
    const category = categoryAt(row);
    const bucket = TIME_BUCKETS[column];
    ratings.set(cellKey(row, column), rating);
    void saveTracker.run(
      trackerKey(category, column),
      `${IMPACT_CATEGORY_INFO[category].label} impact after ${bucket?.label ?? ''} for “${process.name}”`,
      () => setImpactRating(db, process.id, category, column, rating),
    );
  };

  /** After a rating, the next cell along the row, then the start of the next row. */
  const advance = (row: number, column: number) => {
    if (column < COLUMNS - 1) focus(row, column + 1);
    else if (row < ROWS - 1) focus(row + 1, 0);
  };

  const onKeyDown = (row: number, column: number) => (event: KeyboardEvent<HTMLTableCellElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const level = IMPACT_RATINGS[Number(event.key)];
    let handled = true;
    if (/^[0-4]$/.test(event.key) && level) {
      rate(row, column, level);
      advance(row, column);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      rate(row, column, null);
    } else if (event.key === 'ArrowRight') focus(row, Math.min(COLUMNS - 1, column + 1));
    else if (event.key === 'ArrowLeft') focus(row, Math.max(0, column - 1));
    else if (event.key === 'ArrowDown') focus(Math.min(ROWS - 1, row + 1), column);
    else if (event.key === 'ArrowUp') focus(Math.max(0, row - 1), column);
    else if (event.key === 'Home') focus(row, 0);
    else if (event.key === 'End') focus(row, COLUMNS - 1);
    else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <div className="impact-grid-wrap">
      <p className="field-help" id="impact-grid-help">
        Click a cell or Tab into the grid, then type a number: 0 none, 1 minor, 2 moderate, 3 major, 4 severe.
        Each number moves on to the next cell. Arrow keys move; Delete clears.
      </p>
      <table
        role="grid"
        className="impact-grid"
        aria-label="Impact over time"
        aria-describedby="impact-grid-help"
      >
        <thead>
          <tr>
            <th scope="col">Impact after…</th>
            {TIME_BUCKETS.map((bucket) => (
              <th key={bucket.minutes} scope="col">
                {bucket.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {IMPACT_CATEGORIES.map((category, row) => (
            <tr key={category}>
              <th scope="row">
                <span className="impact-category">{IMPACT_CATEGORY_INFO[category].label}</span>
                <span className="impact-category-hint">{IMPACT_CATEGORY_INFO[category].hint}</span>
              </th>
              {TIME_BUCKETS.map((bucket, column) => {
                const rating = ratings.value(cellKey(row, column));
                const isActive = active.row === row && active.column === column;
                const failed = isUnsaved(trackerKey(category, column));
                return (
                  <td
                    key={bucket.minutes}
                    ref={(element) => {
                      if (element) cells.current.set(cellKey(row, column), element);
                      else cells.current.delete(cellKey(row, column));
                    }}
                    role="gridcell"
                    tabIndex={isActive ? 0 : -1}
                    aria-selected={isActive}
                    aria-label={`${IMPACT_CATEGORY_INFO[category].label} after ${bucket.label}: ${
                      rating ? IMPACT_RATING_LABELS[rating] : 'not rated'
                    }${failed ? ' (not saved)' : ''}`}
                    aria-invalid={failed || undefined}
                    className={`impact-cell impact-${rating ?? 'unrated'}${failed ? ' impact-cell-failed' : ''}`}
                    onFocus={() => {
                      setActive({ row, column });
                    }}
                    onClick={() => {
                      focus(row, column);
                    }}
                    onKeyDown={onKeyDown(row, column)}
                  >
                    {rating ? IMPACT_RATING_LABELS[rating] : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="impact-legend" role="group" aria-label="Rate the selected cell">
        {IMPACT_RATINGS.map((rating, level) => (
          <button
            key={rating}
            type="button"
            className={`impact-legend-button impact-${rating}`}
            // Keeps focus (and the selection) in the grid, so the mouse path matches the keyboard one.
            onMouseDown={(event) => {
              event.preventDefault();
            }}
            onClick={() => {
              rate(active.row, active.column, rating);
              advance(active.row, active.column);
            }}
          >
            <kbd>{level}</kbd> {IMPACT_RATING_LABELS[rating]}
          </button>
        ))}
      </div>
    </div>
  );
}

function categoryAt(row: number): ImpactCategory {
  return IMPACT_CATEGORIES[row] ?? 'financial';
}
