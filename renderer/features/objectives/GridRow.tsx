import type { FocusEvent, ReactNode } from 'react';
import { SEVERITY_LABELS, type Finding } from '../../../shared/analysis/findings';
import { explainSystemMtd, type SystemMtd } from '../../../shared/analysis/mtd';
import type { System } from '../../../shared/model/system';
import { GRID_COLUMNS, isEditable, type EditableColumn, type GridColumn } from './grid-columns';
import { mtdText, summariseFindings } from './row-analysis';
import { cellErrorId, type CellDraft } from './useCellDrafts';

/** The open editor's cell and text; the grid owns both. */
export interface CellEditor {
  col: number;
  text: string;
}

export interface EditorEvents {
  onEditorChange: (text: string) => void;
  onEditorBlur: () => void;
}

interface GridRowProps extends EditorEvents {
  system: System;
  row: number;
  /** The active cell's column when this row holds it. */
  activeCol: number | null;
  editor: CellEditor | null;
  cellText: (column: EditableColumn) => { text: string; draft: CellDraft | null };
  mtd: SystemMtd;
  findings: readonly Finding[];
  onFocusCell: (col: number) => void;
  onDoubleClick: (col: number) => void;
}

/** One system as a grid row; every cell is focusable by the grid's roving tabindex, never by Tab alone. */
export function GridRow(props: GridRowProps) {
  const { system, row } = props;
  const name = system.name || 'unnamed system';
  return (
    <tr role="row">
      <td className="row-number" aria-hidden="true">
        {row + 1}
      </td>
      {GRID_COLUMNS.map((column, col) => (
        <GridCell key={column.id} {...props} column={column} col={col} name={name} />
      ))}
    </tr>
  );
}

function GridCell({
  system,
  column,
  col,
  name,
  activeCol,
  editor,
  cellText,
  mtd,
  findings,
  onFocusCell,
  onDoubleClick,
  onEditorChange,
  onEditorBlur,
}: GridRowProps & { column: GridColumn; col: number; name: string }) {
  const active = activeCol === col;
  const editing = editor?.col === col ? editor : null;
  let content: ReactNode;
  let draft: CellDraft | null = null;
  let title: string | undefined;

  if (isEditable(column)) {
    const shown = cellText(column);
    draft = shown.draft;
    content = editing ? (
      <input
        data-editor=""
        className="cell-editor"
        aria-label={`${column.label} of ${name}`}
        aria-invalid={draft?.state === 'invalid' || undefined}
        value={editing.text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          onEditorChange(event.target.value);
        }}
        onBlur={onEditorBlur}
      />
    ) : (
      <span className="cell-text">{shown.text}</span>
    );
    if (draft?.state === 'failed') title = 'Not saved: see the status bar, where Retry writes it again.';
  } else if (column.kind === 'mtd') {
    content = <span className="cell-text">{mtdText(mtd)}</span>;
    title = explainSystemMtd(mtd);
  } else {
    const summary = summariseFindings(findings);
    content =
      summary.worst === null ? (
        <span className="cell-text findings-none">None</span>
      ) : (
        <span className="cell-text findings-summary" data-severity={summary.worst}>
          <span className="findings-count" aria-hidden="true">
            {summary.count}
          </span>
          <span aria-hidden="true">{SEVERITY_LABELS[summary.worst]}</span>
          <span className="visually-hidden">{summary.text}</span>
        </span>
      );
  }

  return (
    <td
      role={column.id === 'name' ? 'rowheader' : 'gridcell'}
      className={`grid-cell col-${column.id}`}
      data-cell={`${system.id}:${column.id}`}
      data-active-cell={active ? '' : undefined}
      data-state={draft?.state}
      data-editing={editing ? '' : undefined}
      tabIndex={active ? 0 : -1}
      title={title}
      aria-selected={active}
      aria-readonly={isEditable(column) ? undefined : true}
      aria-invalid={draft?.state === 'invalid' || undefined}
      aria-describedby={draft?.state === 'invalid' ? cellErrorId(system.id, column.id) : undefined}
      onFocus={(event: FocusEvent) => {
        if (event.target === event.currentTarget) onFocusCell(col);
      }}
      onDoubleClick={() => {
        onDoubleClick(col);
      }}
    >
      {content}
    </td>
  );
}
