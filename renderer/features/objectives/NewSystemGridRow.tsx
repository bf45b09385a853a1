import type { CellEditor, EditorEvents } from './GridRow';

interface NewSystemGridRowProps extends EditorEvents {
  row: number;
  active: boolean;
  editor: CellEditor | null;
  columns: number;
  onFocusCell: () => void;
  onDoubleClick: () => void;
}

/** The last row: type a name and press Enter to add a system; the row stays ready for the next one. */
export function NewSystemGridRow({
  row,
  active,
  editor,
  columns,
  onFocusCell,
  onDoubleClick,
  onEditorChange,
  onEditorBlur,
}: NewSystemGridRowProps) {
  return (
    <tr role="row" className="new-system-row">
      <td className="row-number" aria-hidden="true">
        {row + 1}
      </td>
      <td
        role="gridcell"
        className="grid-cell col-name"
        data-active-cell={active ? '' : undefined}
        data-editing={editor ? '' : undefined}
        tabIndex={active ? 0 : -1}
        aria-selected={active}
        aria-label={editor ? undefined : 'New system: type its name'}
        onFocus={(event) => {
          if (event.target === event.currentTarget) onFocusCell();
        }}
        onDoubleClick={onDoubleClick}
      >
        {editor ? (
          <input
            data-editor=""
            className="cell-editor"
            aria-label="New system name"
            value={editor.text}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              onEditorChange(event.target.value);
            }}
            onBlur={onEditorBlur}
          />
        ) : (
          <span className="cell-text new-system-hint" aria-hidden="true">
            + Add a system
          </span>
        )}
      </td>
      <td className="new-system-filler" colSpan={columns - 1} aria-hidden="true" />
    </tr>
  );
}
