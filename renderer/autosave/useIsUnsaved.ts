import { useSyncExternalStore } from 'react';
import { useServices } from '../app/services';

/**
 * Whether the status bar lists a change as not saved. Controls that show a
 * value before it is written (rating cells, ticks) mark themselves with it,
 * so a failed write is never shown as if it were stored.
 */
export function useIsUnsaved(): (key: string) => boolean {
  const { saveTracker } = useServices();
  const status = useSyncExternalStore(saveTracker.subscribe, saveTracker.getSnapshot);
  return (key) => status.unsaved.some((change) => change.key === key);
}
