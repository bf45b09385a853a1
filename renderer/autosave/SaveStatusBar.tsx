import { useSyncExternalStore } from 'react';
import { Button } from 'react-aria-components';
import { useServices } from '../app/services';

/**
 * The one place that says whether everything typed is in the database.
 * "Saved" appears only after a write's transaction resolved.
 */
export function SaveStatusBar() {
  const { saveTracker } = useServices();
  const status = useSyncExternalStore(saveTracker.subscribe, saveTracker.getSnapshot);
  const [first, ...others] = status.unsaved;

  let content;
  if (first) {
    const retryable = status.unsaved.filter((change) => change.retry);
    content = (
      <>
        <span className="save-status-text">
          Not saved: {first.what} — {first.reason}
        </span>
        {others.length > 0 && (
          // Every unsaved edit by name, so nothing the user typed goes unmentioned (e.g. a full disk).
          <details className="save-status-more">
            <summary>(and {others.length} more)</summary>
            <ul>
              {status.unsaved.map((change) => (
                <li key={change.key}>
                  {change.what}
                  {change.reason !== first.reason && ` — ${change.reason}`}
                </li>
              ))}
            </ul>
          </details>
        )}
        {retryable.length > 0 && (
          <Button
            className="button button-small"
            onPress={() => {
              for (const change of retryable) change.retry?.();
            }}
          >
            Retry
          </Button>
        )}
      </>
    );
  } else if (status.saving > 0) {
    content = <span className="save-status-text">Saving…</span>;
  } else if (status.lastSavedAt !== null) {
    content = (
      <span
        className="save-status-text"
        title={`Last saved ${new Date(status.lastSavedAt).toLocaleTimeString()}`}
      >
        ✓ Saved
      </span>
    );
  } else {
    content = <span className="save-status-text">Changes save automatically</span>;
  }

  const state = first ? 'error' : status.saving > 0 ? 'saving' : 'idle';
  return (
    <div className="save-status" data-state={state} role="status" aria-live="polite">
      {content}
    </div>
  );
}
