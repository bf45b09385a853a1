import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { System } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { plural } from '../../components/format';
import { ModalDialog } from '../../components/ModalDialog';
import { countRunbooksOfSystem, deleteSystem, restoreSystem } from './system-repository';

interface PendingDelete {
  system: System;
  runbooks: number;
  /** Runs just before the delete, e.g. leaving the system's own page. */
  before?: () => void;
}

/**
 * Deleting a system, with Undo. A system with runbooks asks first and says
 * how many go with it: those are hours of writing, not a tick in a list.
 * Render `confirmDialog` wherever `remove` is used.
 */
export function useSystemActions() {
  const { db } = useServices();
  const undoableDelete = useUndoableDelete();
  const [pending, setPending] = useState<PendingDelete | null>(null);

  const deleteNow = ({ system, before }: PendingDelete) => {
    before?.();
    return undoableDelete({
      key: `system:${system.id}`,
      label: system.name || 'unnamed system',
      remove: () => deleteSystem(db, system.id),
      restore: (deleted) => restoreSystem(db, deleted),
      forget: (deleted) => [
        `system:${system.id}:`,
        ...deleted.runbooks.map((runbook) => `runbook:${runbook.id}:`),
      ],
    });
  };

  const remove = async (system: System, before?: () => void) => {
    const runbooks = await countRunbooksOfSystem(db, system.id);
    if (runbooks === 0) return deleteNow({ system, runbooks, before });
    setPending({ system, runbooks, before });
  };

  const name = pending ? pending.system.name || 'unnamed system' : '';
  const confirmDialog = (
    <ModalDialog
      title={`Delete “${name}”?`}
      role="alertdialog"
      isOpen={pending !== null}
      onOpenChange={(isOpen) => {
        if (!isOpen) setPending(null);
      }}
    >
      <p>
        Its {plural(pending?.runbooks ?? 0, 'runbook', 'runbooks')} will be deleted with it. You can undo for
        a few seconds afterwards.
      </p>
      <div className="dialog-actions">
        <Button className="button" slot="close" autoFocus>
          Keep system
        </Button>
        <Button
          className="button button-danger"
          onPress={() => {
            if (pending) void deleteNow(pending);
            setPending(null);
          }}
        >
          Delete system and runbooks
        </Button>
      </div>
    </ModalDialog>
  );

  return { remove, confirmDialog };
}
