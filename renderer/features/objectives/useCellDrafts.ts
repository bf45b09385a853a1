import { useCallback, useEffect, useRef, useState } from 'react';
import type { System } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { updateSystem } from '../systems/system-repository';
import { GRID_COLUMNS, type EditableColumn } from './grid-columns';

/**
 * Text a cell shows instead of the database: what the user typed while it is
 * invalid, being written or failed to write, and the written value until the
 * live query catches up (so "4h" never flickers back to the old value).
 */
export type CellDraft =
  | { state: 'invalid'; text: string; message: string }
  | { state: 'writing' | 'failed'; text: string; seq: number }
  /** Written; shown until the live query delivers a value other than the one it replaced. */
  | { state: 'durable'; text: string; replaced: string };

export const cellKey = (systemId: string, columnId: string) => `${systemId}:${columnId}`;
/** The id of the message under the grid that an invalid cell is described by. */
export const cellErrorId = (systemId: string, columnId: string) => `cell-error-${systemId}-${columnId}`;

/** The same key the systems screen's fields use, so the status bar names one edit once. */
const saveKey = (system: System, column: EditableColumn) => `system:${system.id}:${column.id}`;
const what = (system: System, column: EditableColumn) =>
  `${column.label} of “${system.name || 'unnamed system'}”`;

export function useCellDrafts() {
  const { db, saveTracker } = useServices();
  const [drafts, setDrafts] = useState<ReadonlyMap<string, CellDraft>>(new Map());
  const seq = useRef(0);
  const invalidKeys = useRef(new Set<string>());

  const put = useCallback((key: string, draft: CellDraft | null) => {
    setDrafts((current) => {
      const next = new Map(current);
      if (draft) next.set(key, draft);
      else next.delete(key);
      return next;
    });
  }, []);

  // Text that cannot be saved goes with the screen, and so does its line in the status bar.
  useEffect(() => {
    const keys = invalidKeys.current;
    return () => {
      for (const key of keys) saveTracker.clear(key);
    };
  }, [saveTracker]);

  /** Validates and writes one cell; invalid text stays in the cell, listed, and is not written. */
  const commit = (system: System, column: EditableColumn, text: string) => {
    const key = cellKey(system.id, column.id);
    const tracked = saveKey(system, column);
    const parsed = column.field.parse(text);
    if (!parsed.ok) {
      put(key, { state: 'invalid', text, message: parsed.message });
      invalidKeys.current.add(tracked);
      saveTracker.markInvalid(tracked, what(system, column), parsed.message);
      return;
    }
    invalidKeys.current.delete(tracked);
    const written = column.field.format({ ...system, ...parsed.value });
    const before = column.field.format(system);
    seq.current += 1;
    const mine = seq.current;
    put(key, { state: 'writing', text, seq: mine });
    // Retry from the status bar writes the same value and reports back to this cell.
    const attempt = () => {
      void saveTracker
        .run(tracked, what(system, column), () => updateSystem(db, system.id, parsed.value), attempt)
        .then((ok) => {
          setDrafts((current) => {
            const draft = current.get(key);
            if (draft?.state !== 'writing' && draft?.state !== 'failed') return current;
            if (draft.seq !== mine) return current;
            const next = new Map(current);
            next.set(
              key,
              ok
                ? { state: 'durable', text: written, replaced: before }
                : { state: 'failed', text, seq: mine },
            );
            return next;
          });
        });
    };
    attempt();
  };

  /** Drops what the cell shows instead of the database (Escape, or a paste that replaced it). */
  const forget = (systemId: string, columnId: string) => {
    const tracked = `system:${systemId}:${columnId}`;
    invalidKeys.current.delete(tracked);
    put(cellKey(systemId, columnId), null);
    saveTracker.clear(tracked);
  };

  /** What the cell shows: the draft while it differs from the database, else the database. */
  const textOf = (system: System, column: EditableColumn): { text: string; draft: CellDraft | null } => {
    const stored = column.field.format(system);
    const draft = drafts.get(cellKey(system.id, column.id)) ?? null;
    if (!draft || (draft.state === 'durable' && stored !== draft.replaced))
      return { text: stored, draft: null };
    return { text: draft.text, draft };
  };

  /** Every refused cell, in grid order, as the line shown under the grid. */
  const invalidCells = (systems: readonly System[]) =>
    systems.flatMap((system, row) =>
      GRID_COLUMNS.flatMap((column) => {
        const draft = drafts.get(cellKey(system.id, column.id));
        if (draft?.state !== 'invalid') return [];
        return [
          {
            id: cellErrorId(system.id, column.id),
            text: `Row ${row + 1}, ${column.label}: ${draft.message}`,
          },
        ];
      }),
    );

  return { commit, forget, textOf, invalidCells };
}
