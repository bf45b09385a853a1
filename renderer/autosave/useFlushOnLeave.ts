import { useEffect } from 'react';
import type { SaveTracker } from './save-tracker';

/**
 * Leaving the page (reload, window close) with an edit still in its typing
 * pause or still being written: start the write at once, and ask the user to
 * stay, because the browser aborts database writes of a page being unloaded.
 * The question only appears in that split second, or while the status bar
 * lists edits that were not saved; otherwise leaving is free.
 * (In Electron, main turns the request into a native "still saving" dialog.)
 */
export function useFlushOnLeave(tracker: SaveTracker): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      tracker.flushAll();
      const { saving, unsaved } = tracker.getSnapshot();
      // Failed or invalid edits exist only on screen: leaving would lose them too.
      if (saving > 0 || unsaved.length > 0) event.preventDefault();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') tracker.flushAll();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [tracker]);
}
