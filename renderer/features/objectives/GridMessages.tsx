import type { GridPaste } from './useGridPaste';

interface GridMessagesProps {
  /** The outcome of the last action, e.g. "Pasted 10 rows…" or why a cell cannot be emptied. */
  notice: string | null;
  paste: GridPaste;
  /** Cells whose text was refused, each with the id its cell points to for its description. */
  invalid: readonly { id: string; text: string }[];
}

/**
 * Everything the grid has to say, under it. None of these is role="status":
 * the save status bar is the one status on the page.
 */
export function GridMessages({ notice, paste, invalid }: GridMessagesProps) {
  return (
    <div className="grid-messages">
      <p className="grid-notice" aria-live="polite">
        {notice}
      </p>
      <div role="alert">
        {paste.problems && (
          <div className="grid-problems">
            <p className="grid-problems-title">
              Nothing was pasted. Fix these cells in the spreadsheet and paste again:{' '}
              <button type="button" className="link-button" onClick={paste.dismiss}>
                Dismiss
              </button>
            </p>
            <ul>
              {paste.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div aria-live="polite">
        {invalid.length > 0 && (
          <div className="grid-problems">
            <p className="grid-problems-title">
              Not saved — correct these cells, or press Esc on one to undo it:
            </p>
            <ul>
              {invalid.map(({ id, text }) => (
                <li key={id} id={id}>
                  {text}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
