import type { System } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { deleteSystem, restoreSystem } from './system-repository';

export function useSystemActions() {
  const { db } = useServices();
  const undoableDelete = useUndoableDelete();
  return {
    remove: (system: System) =>
      undoableDelete({
        key: `system:${system.id}`,
        label: system.name || 'unnamed system',
        remove: () => deleteSystem(db, system.id),
        restore: (deleted) => restoreSystem(db, deleted),
        forget: () => [`system:${system.id}:`],
      }),
  };
}
