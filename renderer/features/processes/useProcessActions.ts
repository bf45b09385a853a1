import type { BusinessProcess } from '../../../shared/model/process';
import { useServices } from '../../app/services';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { deleteProcess, restoreProcess } from './process-repository';

export function useProcessActions() {
  const { db } = useServices();
  const undoableDelete = useUndoableDelete();
  return {
    remove: (process: BusinessProcess) =>
      undoableDelete({
        key: `process:${process.id}`,
        label: process.name || 'unnamed process',
        remove: () => deleteProcess(db, process.id),
        restore: (deleted) => restoreProcess(db, deleted),
        forget: () => [`process:${process.id}:`],
      }),
  };
}
