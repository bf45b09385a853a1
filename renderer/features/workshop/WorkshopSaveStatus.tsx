import { useSyncExternalStore } from 'react';
import { Button } from 'react-aria-components';
import { useServices } from '../../app/services';

/**
 * The status bar of the presenter view. It names only this plan's unsaved edits (their keys start
 * with plan:<id>:): an edit left failing in another client's plan is counted, never named.
 */
export function WorkshopSaveStatus({ planId }: { planId: string }) {
  const { saveTracker } = useServices();
  const status = useSyncExternalStore(saveTracker.subscribe, saveTracker.getSnapshot);
  const mine = status.unsaved.filter((change) => change.key.startsWith(`plan:${planId}:`));
  const elsewhere = status.unsaved.length - mine.length;
  const [first] = mine;
  const retryable = mine.filter((change) => change.retry);

  let text;
  if (first)
    text = `Not saved: ${first.what} — ${first.reason}${mine.length > 1 ? ` (and ${mine.length - 1} more)` : ''}`;
  else if (status.saving > 0) text = 'Saving…';
  else if (status.lastSavedAt !== null) text = '✓ Saved';
  else text = 'Everything you type is saved automatically';

  return (
    <div className="presenter-status" role="status" aria-live="polite" data-state={first ? 'error' : 'idle'}>
      <span>{text}</span>
      {elsewhere > 0 && (
        <span>
          {elsewhere} unsaved {elsewhere === 1 ? 'edit' : 'edits'} outside this workshop: leave workshop mode
          to see
          {elsewhere === 1 ? ' it' : ' them'}
        </span>
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
    </div>
  );
}
