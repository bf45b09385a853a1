import Dexie, { type EntityTable } from 'dexie';
import type { Plan } from '../../shared/model/plan';
import type { System } from '../../shared/model/system';

export const DATABASE_NAME = 'dr-planner';

/**
 * The one database, and the only copy of plan state: screens read it with
 * live queries and write through the repository functions in each feature.
 *
 * Version declarations are kept forever; a later version that changes data
 * does it in `.upgrade()` by calling a pure migration from shared/.
 */
export class DrpDatabase extends Dexie {
  declare plans: EntityTable<Plan, 'id'>;
  declare systems: EntityTable<System, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    // "strict" makes Chromium flush each transaction to disk before it reports
    // success, so "Saved" on screen means the edit survives a crash.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      plans: 'id, updatedAt',
      systems: 'id, planId, [planId+position]',
    });
  }
}
