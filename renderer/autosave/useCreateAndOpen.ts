import { useLocation } from 'wouter';
import { useServices } from '../app/services';

/**
 * For "new …" dialogs: creates the record through the save tracker, then
 * opens its page. On failure it resolves to the message for the dialog to
 * show, and clears the status bar's entry: the dialog, still open with the
 * typed text, is where the user retries. Resolves to null once the page opens.
 */
export function useCreateAndOpen() {
  const { saveTracker } = useServices();
  const [, navigate] = useLocation();
  return async (
    key: string,
    what: string,
    create: () => Promise<{ id: string }>,
    pathOf: (id: string) => string,
  ): Promise<string | null> => {
    const created: { id?: string } = {};
    const ok = await saveTracker.run(key, what, async () => {
      created.id = (await create()).id;
    });
    if (ok && created.id) {
      navigate(pathOf(created.id));
      return null;
    }
    const reason = saveTracker.getSnapshot().unsaved.find((change) => change.key === key)?.reason;
    saveTracker.clear(key);
    return `Not added: ${reason ?? 'the database refused the change'}.`;
  };
}
