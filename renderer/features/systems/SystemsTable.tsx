import { useRef, type KeyboardEvent } from 'react';
import type { System } from '../../../shared/model/system';
import { NewSystemRow } from './NewSystemRow';
import { SortHeader } from './SortHeader';
import type { SortColumn, SystemListView } from './system-list';
import { SystemRow } from './SystemRow';
import { useSystemActions } from './useSystemActions';

interface SystemsTableProps {
  planId: string;
  systems: readonly System[];
  view: SystemListView;
  onSort: (column: SortColumn, direction: SystemListView['direction']) => void;
}

const COLUMN_COUNT = 6;

/**
 * An editable table built for keyboard entry: Tab moves across a row's cells
 * (native order), Enter in a text cell moves down the column, and Enter past
 * the last row lands in the quick-entry row.
 */
export function SystemsTable({ planId, systems, view, onSort }: SystemsTableProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const newRowRef = useRef<HTMLInputElement>(null);
  const { remove, confirmDialog } = useSystemActions();

  const onCellKeyDown = (row: number, column: string) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    const next = tableRef.current?.querySelector<HTMLElement>(
      `[data-row="${row + 1}"][data-column="${column}"]`,
    );
    (next ?? newRowRef.current)?.focus();
  };

  return (
    <>
      <table ref={tableRef} className="grid systems-table" aria-label="Critical systems">
        <thead>
          <tr>
            <SortHeader column="name" label="Name" view={view} onSort={onSort} className="col-name" />
            <SortHeader column="type" label="Type" view={view} onSort={onSort} className="col-type" />
            <SortHeader column="owner" label="Owner" view={view} onSort={onSort} className="col-owner" />
            <SortHeader column="tier" label="Tier" view={view} onSort={onSort} className="col-tier" />
            <th scope="col" className="col-redundancy">
              Redundancy
            </th>
            <th scope="col" className="col-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {systems.map((system, row) => (
            <SystemRow
              key={system.id}
              system={system}
              row={row}
              onCellKeyDown={onCellKeyDown}
              onDelete={(target) => void remove(target)}
            />
          ))}
          <NewSystemRow planId={planId} columns={COLUMN_COUNT} inputRef={newRowRef} />
        </tbody>
      </table>
      {confirmDialog}
    </>
  );
}
