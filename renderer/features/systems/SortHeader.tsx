import type { SortColumn, SystemListView } from './system-list';

interface SortHeaderProps {
  column: Exclude<SortColumn, 'position'>;
  label: string;
  view: SystemListView;
  onSort: (column: SortColumn, direction: SystemListView['direction']) => void;
  className?: string;
}

/** A column header that sorts; a third click returns to entry order. */
export function SortHeader({ column, label, view, onSort, className }: SortHeaderProps) {
  const active = view.sort === column;
  const next = () => {
    if (!active) onSort(column, 'ascending');
    else if (view.direction === 'ascending') onSort(column, 'descending');
    else onSort('position', 'ascending');
  };
  return (
    <th scope="col" className={className} aria-sort={active ? view.direction : undefined}>
      <button type="button" className="sort-button" onClick={next}>
        {label}
        <span aria-hidden="true" className="sort-indicator">
          {active ? (view.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
