import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { systemFindings } from '../../../shared/analysis/findings';
import { buildGraph } from '../../../shared/analysis/failure-graph';
import { processesStoppedBy, systemMtd } from '../../../shared/analysis/mtd';
import type { Dependency } from '../../../shared/model/dependency';
import type { Plan } from '../../../shared/model/plan';
import type { BusinessProcess } from '../../../shared/model/process';
import type { System } from '../../../shared/model/system';
import { CellBar } from './CellBar';
import { FindingsPanel } from './FindingsPanel';
import { GRID_COLUMNS, isEditable, readOnlyNotice } from './grid-columns';
import { editingKeyAction, selectedKeyAction, visibleCol, type Cell } from './grid-keys';
import { GridHeader, ColumnHelp } from './GridHeader';
import { GridRow } from './GridRow';
import { GridMessages } from './GridMessages';
import { NewSystemGridRow } from './NewSystemGridRow';
import { useServices } from '../../app/services';
import { todayIso } from '../../db/clock';
import { mtdText, summariseFindings } from './row-analysis';
import { useCellDrafts } from './useCellDrafts';
import { useGridClipboard } from './useGridClipboard';
import { useGridPaste } from './useGridPaste';
import { useQuickAdd } from './useQuickAdd';

interface ObjectivesGridProps {
  plan: Plan;
  systems: readonly System[];
  processes: readonly BusinessProcess[];
  dependencies: readonly Dependency[];
}

/** A row is a system's id; null is the "new system" row at the bottom. */
type RowId = string | null;

interface Editing {
  id: RowId;
  col: number;
  text: string;
  /** "replace": began by typing over the cell, arrows commit and move; "caret": Enter/F2, arrows move the caret. */
  mode: 'replace' | 'caret';
  /** What the cell showed when the editor opened: committing it unchanged writes nothing. */
  initial: string;
}

/**
 * The systems and their objectives as a spreadsheet: an ARIA grid with one
 * focusable cell (roving tabindex), edited in place. Each committed cell is
 * one transaction; invalid text stays in its cell, marked and explained.
 */
export function ObjectivesGrid({ plan, systems, processes, dependencies }: ObjectivesGridProps) {
  const drafts = useCellDrafts();
  const quickAdd = useQuickAdd(plan.id);
  const [active, setActive] = useState<{ id: RowId; col: number }>({ id: systems[0]?.id ?? null, col: 0 });
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The open editor, readable synchronously so a blur after Enter cannot commit twice.
  const editingRef = useRef<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [today] = useState(todayIso);
  const gridRef = useRef<HTMLTableElement>(null);
  const wantFocus = useRef(false);

  const shape = { rows: systems.length + 1, cols: GRID_COLUMNS.length };
  const rowOf = (id: RowId) => {
    const index = id === null ? -1 : systems.findIndex((system) => system.id === id);
    return index === -1 ? systems.length : index;
  };
  const at: Cell = { row: rowOf(active.id), col: active.col };
  const activeCol = visibleCol(at, shape);
  const activeSystem = systems[at.row] ?? null;

  const { saveTracker } = useServices();
  /** The status-bar key of an open editor: the same key its write will use, so the write replaces it. */
  const editKey = (edit: Editing) =>
    edit.id === null
      ? `plan:${plan.id}:grid-new-system`
      : `system:${edit.id}:${GRID_COLUMNS[edit.col]?.id ?? ''}`;

  const setEditing = (next: Editing | null) => {
    const previous = editingRef.current;
    // A closed editor is no longer pending: it was committed (its write now shows) or cancelled.
    if (previous && (!next || editKey(previous) !== editKey(next))) saveTracker.clear(editKey(previous));
    editingRef.current = next;
    setEditingState(next);
  };

  // Keyboard actions move DOM focus with the active cell; clicks and outside focus are left alone.
  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    const target = gridRef.current?.querySelector<HTMLElement>(
      editing ? '[data-editor]' : '[data-active-cell]',
    );
    target?.focus();
    if (target instanceof HTMLInputElement)
      target.setSelectionRange(target.value.length, target.value.length);
  });

  const moveTo = (cell: Cell) => {
    setActive({ id: systems[cell.row]?.id ?? null, col: cell.col });
    setNotice(null);
    wantFocus.current = true;
  };

  const pasting = useGridPaste({ plan, systems, start: { row: at.row, col: activeCol }, drafts, setNotice });

  const stops = useMemo(
    () => processesStoppedBy(buildGraph({ systems, processes, dependencies })),
    [systems, processes, dependencies],
  );
  const mtdOf = (system: System) =>
    systemMtd(system, processes, plan.mtdThreshold, stops.get(system.id) ?? new Set());
  /** The system as it would be with the open editor's text: findings follow the typing. */
  const preview = (system: System): System => {
    const column = editing?.id === system.id ? GRID_COLUMNS[editing.col] : undefined;
    if (!editing || !column || !isEditable(column)) return system;
    const parsed = column.field.parse(editing.text);
    return parsed.ok ? { ...system, ...parsed.value } : system;
  };
  const findingsOf = (system: System) => systemFindings(system, { mtd: mtdOf(system), today });

  const startEdit = (text: string | null, mode: Editing['mode']) => {
    const column = GRID_COLUMNS[activeCol];
    if (!column) return;
    if (activeSystem && !isEditable(column)) {
      setNotice(readOnlyNotice(column));
      return;
    }
    const current = activeSystem && isEditable(column) ? drafts.textOf(activeSystem, column).text : '';
    setEditing({
      id: activeSystem?.id ?? null,
      col: activeCol,
      text: text ?? current,
      mode,
      initial: current,
    });
    setNotice(null);
    wantFocus.current = true;
  };

  /** Closes the editor and writes its text; `then` is where the active cell goes next. */
  const commitEdit = (then: Cell | 'leave' | null) => {
    const edit = editingRef.current;
    if (!edit) return;
    setEditing(null);
    if (edit.id === null) {
      // The new-system row stays ready for the next name.
      const refused = quickAdd(edit.text);
      if (refused) setNotice(refused);
      if (then !== null) moveTo({ row: systems.length, col: 0 });
      return;
    }
    const system = systems.find((candidate) => candidate.id === edit.id);
    const column = GRID_COLUMNS[edit.col];
    // Compared with what the cell showed, not with the record: the live query may not have caught up
    // with the previous write yet, and changing a value back must still be written.
    if (system && column && isEditable(column) && edit.text !== edit.initial) {
      drafts.commit(system, column, edit.text);
    }
    if (then === 'leave') wantFocus.current = true;
    else if (then !== null) moveTo(then);
  };

  // Text typed in an open editor is written when the grid goes away (another screen, a menu
  // command, closing the window): React drops the blur of an element it is removing.
  const commitOnLeave = useRef<() => void>(() => undefined);
  useLayoutEffect(() => {
    commitOnLeave.current = () => {
      commitEdit(null);
    };
  });
  useEffect(
    () => () => {
      commitOnLeave.current();
    },
    [],
  );

  const clearCell = () => {
    const column = GRID_COLUMNS[activeCol];
    if (!activeSystem || !column) return;
    if (!isEditable(column)) setNotice(readOnlyNotice(column));
    else if (column.id === 'name') {
      setNotice(
        'A system needs a name, so it cannot be emptied. To remove a system, delete it on the Critical systems screen.',
      );
    } else if (column.id === 'type') {
      setNotice('A system always has a type: type another one instead, for example “Data store”.');
    } else drafts.commit(activeSystem, column, '');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (editing) {
      const action = editingKeyAction(
        event,
        { row: rowOf(editing.id), col: editing.col },
        shape,
        editing.mode,
      );
      if (!action) return;
      event.preventDefault();
      if (action.type === 'cancel') {
        setEditing(null);
        wantFocus.current = true;
      } else if (action.type === 'caret-mode') setEditing({ ...editing, mode: 'caret' });
      else commitEdit(action.then);
      return;
    }
    const action = selectedKeyAction(event, at, shape);
    // "leave": Tab past the last cell, or Shift+Tab before the first, goes on to the page.
    if (!action || action.type === 'leave') return;
    event.preventDefault();
    const column = GRID_COLUMNS[activeCol];
    switch (action.type) {
      case 'move':
        moveTo(action.to);
        break;
      case 'edit':
        startEdit(null, 'caret');
        break;
      case 'type':
        startEdit(action.text, 'replace');
        break;
      case 'clear':
        clearCell();
        break;
      case 'revert':
        if (activeSystem && column && isEditable(column)) drafts.forget(activeSystem.id, column.id);
        break;
    }
  };

  useGridClipboard(gridRef, {
    copyText: () => {
      if (editing) return null;
      const column = GRID_COLUMNS[activeCol];
      if (!activeSystem || !column) return '';
      if (isEditable(column)) return drafts.textOf(activeSystem, column).text;
      const shown = preview(activeSystem);
      return column.kind === 'mtd' ? mtdText(mtdOf(shown)) : summariseFindings(findingsOf(shown)).text;
    },
    paste: (text) => {
      if (!editing) pasting.paste(text);
    },
  });

  const editorFor = (id: RowId) => (editing?.id === id ? { col: editing.col, text: editing.text } : null);
  const onEditorChange = (text: string) => {
    if (!editing) return;
    const next = { ...editing, text };
    setEditing(next);
    // Until it is committed the status bar says "Saving…", and leaving the page writes it first.
    saveTracker.markPending(editKey(next), () => {
      commitOnLeave.current();
    });
  };
  const onEditorBlur = () => {
    commitEdit(null);
  };

  const shownActive = activeSystem ? preview(activeSystem) : null;
  return (
    <div className="objectives-grid-area">
      <CellBar
        row={at.row}
        column={GRID_COLUMNS[activeCol]}
        system={activeSystem}
        editing={editing !== null}
      />
      <div className="objectives-scroll">
        <table
          ref={gridRef}
          role="grid"
          className="objectives-grid"
          aria-label="Systems and their recovery objectives"
          aria-describedby="objectives-grid-keys"
          onKeyDown={onKeyDown}
        >
          <colgroup>
            <col className="row-number" />
            {GRID_COLUMNS.map((column) => (
              <col key={column.id} className={`col-${column.id}`} />
            ))}
          </colgroup>
          <GridHeader />
          <tbody role="rowgroup">
            {systems.map((system, row) => {
              const shown = preview(system);
              return (
                <GridRow
                  key={system.id}
                  system={system}
                  row={row}
                  activeCol={row === at.row ? activeCol : null}
                  editor={editorFor(system.id)}
                  onEditorChange={onEditorChange}
                  onEditorBlur={onEditorBlur}
                  cellText={(column) => drafts.textOf(system, column)}
                  mtd={mtdOf(shown)}
                  findings={findingsOf(shown)}
                  onFocusCell={(col) => {
                    if (row !== at.row || col !== activeCol) setActive({ id: system.id, col });
                  }}
                  onDoubleClick={() => {
                    startEdit(null, 'caret');
                  }}
                />
              );
            })}
            <NewSystemGridRow
              row={systems.length}
              active={at.row === systems.length}
              editor={editorFor(null)}
              onEditorChange={onEditorChange}
              onEditorBlur={onEditorBlur}
              columns={GRID_COLUMNS.length}
              onFocusCell={() => {
                if (at.row !== systems.length) setActive({ id: null, col: 0 });
              }}
              onDoubleClick={() => {
                startEdit(null, 'caret');
              }}
            />
          </tbody>
        </table>
      </div>
      <ColumnHelp />
      <GridMessages notice={notice} paste={pasting} invalid={drafts.invalidCells(systems)} />
      <FindingsPanel
        system={shownActive}
        mtd={shownActive ? mtdOf(shownActive) : null}
        findings={shownActive ? findingsOf(shownActive) : []}
      />
    </div>
  );
}
