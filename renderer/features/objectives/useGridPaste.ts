import { useState } from 'react';
import type { Plan } from '../../../shared/model/plan';
import type { System } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { newId } from '../../db/clock';
import { splitClipboardTable } from './clipboard-table';
import { GRID_COLUMNS } from './grid-columns';
import type { Cell } from './grid-keys';
import { applyGridPaste } from './grid-repository';
import { capProblems, describePaste, planPaste } from './paste-plan';

interface GridPasteOptions {
  plan: Plan;
  systems: readonly System[];
  /** The active cell: where the block's top-left cell lands. */
  start: Cell;
  drafts: { forget: (systemId: string, columnId: string) => void };
  setNotice: (notice: string | null) => void;
}

export interface GridPaste {
  paste: (text: string) => void;
  /** Why the last paste was refused (nothing was written), or null. */
  problems: string[] | null;
  dismiss: () => void;
}

/**
 * A block from a spreadsheet: checked whole first, then written in one
 * transaction through the save tracker, so the status bar says when it is
 * on disk, and a failure writes nothing and can be retried.
 */
export function useGridPaste({ plan, systems, start, drafts, setNotice }: GridPasteOptions): GridPaste {
  const { db, saveTracker } = useServices();
  const [problems, setProblems] = useState<string[] | null>(null);

  const paste = (text: string) => {
    const block = splitClipboardTable(text);
    if (block.length === 0) return;
    const planned = planPaste(block, { columns: GRID_COLUMNS, systems, row: start.row, col: start.col });
    if (!planned.ok) {
      setProblems(capProblems(planned.problems));
      setNotice(null);
      return;
    }
    setProblems(null);
    if (planned.updates.length === 0 && planned.newRows.length === 0) {
      setNotice('Nothing was changed: the block only covers cells the app works out (MTD, Findings).');
      return;
    }
    const rows = `${planned.rows} ${planned.rows === 1 ? 'row' : 'rows'}`;
    setNotice(`Pasting ${rows}…`);
    const key = `plan:${plan.id}:paste:${newId()}`;
    // Retry from the status bar writes the same block and reports back here.
    const attempt = () => {
      void saveTracker
        .run(
          key,
          `Paste of ${rows}`,
          () => applyGridPaste(db, plan.id, planned.updates, planned.newRows),
          attempt,
        )
        .then((ok) => {
          if (!ok) {
            setNotice(`Nothing was pasted: the ${rows} could not be saved. Retry in the status bar.`);
            return;
          }
          for (const { systemId, columnId } of planned.cells) drafts.forget(systemId, columnId);
          setNotice(describePaste(planned));
        });
    };
    attempt();
  };

  return {
    paste,
    problems,
    dismiss: () => {
      setProblems(null);
    },
  };
}
