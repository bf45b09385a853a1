import { systemColumn } from '../../../shared/model/system-text';
import { useServices } from '../../app/services';
import { newId } from '../../db/clock';
import { addSystem } from '../systems/system-repository';

/**
 * Adds a system from the grid's last row. Returns why a name was refused, or
 * null; an add that fails to write stays listed in the status bar with Retry.
 */
export function useQuickAdd(planId: string): (text: string) => string | null {
  const { db, saveTracker } = useServices();
  return (text) => {
    if (text.trim() === '') return null;
    const parsed = systemColumn('name').parse(text);
    if (!parsed.ok) return parsed.message;
    const { name } = parsed.value;
    if (name === undefined) return 'A new system needs a name.';
    // Each add has its own key: a later success must not hide an earlier failure.
    void saveTracker.run(`plan:${planId}:new-system:${newId()}`, `New system “${name}”`, () =>
      addSystem(db, planId, name),
    );
    return null;
  };
}
