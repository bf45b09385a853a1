import { useServices } from '../app/services';
import { UNDO_WINDOW_MS } from '../components/toasts';

interface UndoableDelete<S> {
  /** Save-status key prefix, e.g. "plan:<id>". */
  key: string;
  /** The thing's name as the user knows it. */
  label: string;
  /** Deletes in one transaction and returns everything needed to put it back. */
  remove: () => Promise<S>;
  restore: (snapshot: S) => Promise<void>;
  /** Save-status key prefixes of the deleted records, whose pending problems go with them. */
  forget: (snapshot: S) => string[];
}

/**
 * Deletes at once, then offers "Undo" for a few seconds. The snapshot lives
 * in memory only: nothing half-deleted is ever left in the database.
 */
export function useUndoableDelete() {
  const { saveTracker, toasts } = useServices();
  return <S>({ key, label, remove, restore, forget }: UndoableDelete<S>): Promise<void> => {
    // Edits still in their typing pause are written first (transactions run in
    // order), so the snapshot, and therefore Undo, includes them.
    saveTracker.flushAll();
    const attempt = async (): Promise<void> => {
      let snapshot: { value: S } | undefined;
      const ok = await saveTracker.run(
        `${key}:delete`,
        `Deleting “${label}”`,
        async () => {
          snapshot = { value: await remove() };
        },
        () => void attempt(),
      );
      if (!ok || !snapshot) return;
      const { value } = snapshot;
      for (const prefix of forget(value)) saveTracker.forget(prefix);
      toasts.add(
        {
          title: `Deleted “${label}”`,
          action: {
            label: 'Undo',
            onAction: () => {
              void saveTracker.run(`${key}:restore`, `Restoring “${label}”`, () => restore(value));
            },
          },
        },
        { timeout: UNDO_WINDOW_MS },
      );
    };
    return attempt();
  };
}
