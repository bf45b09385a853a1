import Dexie from 'dexie';
import {
  newSystemDefaults,
  systemEditsSchema,
  systemSchema,
  type System,
} from '../../../shared/model/system';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { touchPlan } from '../plans/plan-repository';
import type { GridRowUpdate, NewGridRow } from './paste-plan';

/**
 * A pasted block, written in one transaction: the existing systems it
 * changes and the new ones it adds after the last, or nothing at all if any
 * record fails its schema or a system vanished meanwhile. Returns the new ids.
 */
export async function applyGridPaste(
  db: DrpDatabase,
  planId: string,
  updates: readonly GridRowUpdate[],
  newRows: readonly NewGridRow[],
): Promise<string[]> {
  const checkedUpdates = updates.map(({ id, edits }) => ({ id, edits: systemEditsSchema.parse(edits) }));
  const checkedNew = newRows.map((row) => systemEditsSchema.required({ name: true }).parse(row));
  return db.transaction('rw', db.plans, db.systems, async () => {
    const now = nowIso();
    const current = await db.systems.bulkGet(checkedUpdates.map((update) => update.id));
    const changed = checkedUpdates.map(({ edits }, index): System => {
      const system = current[index];
      if (system?.planId !== planId) {
        throw new Error('A system in the pasted rows was deleted meanwhile; nothing was pasted.');
      }
      return systemSchema.parse({ ...system, ...edits, updatedAt: now });
    });
    const last = await db.systems
      .where('[planId+position]')
      .between([planId, Dexie.minKey], [planId, Dexie.maxKey])
      .last();
    const first = last ? last.position + 1 : 0;
    const added = checkedNew.map((row, index) =>
      systemSchema.parse({
        id: newId(),
        planId,
        ...newSystemDefaults(row.name),
        ...row,
        position: first + index,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await db.systems.bulkPut(changed);
    await db.systems.bulkAdd(added);
    await touchPlan(db, planId, now);
    return added.map((system) => system.id);
  });
}
