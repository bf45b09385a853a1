import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { migrateRecord, type RecordKind } from '../../shared/migrations';
import type { Plan } from '../../shared/model/plan';
import type { Dependency } from '../../shared/model/dependency';
import type { BusinessProcess } from '../../shared/model/process';
import type { Scenario } from '../../shared/model/scenario';
import type { System } from '../../shared/model/system';
import type { Runbook } from '../../shared/model/runbook';
import type { Contact } from '../../shared/model/contact';
import type { Team } from '../../shared/model/team';
import type { CallTree } from '../../shared/model/call-tree';
import type { Vendor } from '../../shared/model/vendor';
import type { Backup } from '../../shared/bundle/backup';

export const DATABASE_NAME = 'dr-planner';

/**
 * The one database, and the only copy of plan state: screens read it with
 * live queries and write through the repository functions in each feature.
 *
 * Version declarations are kept forever. A version that changes data does it
 * in `.upgrade()` by calling the pure migrations in shared/migrations, the
 * same functions that bring an older plan file up to date; Dexie runs the
 * whole upgrade in one transaction, so a crash mid-way leaves version 1 intact.
 */
export class DrpDatabase extends Dexie {
  declare plans: EntityTable<Plan, 'id'>;
  declare systems: EntityTable<System, 'id'>;
  declare processes: EntityTable<BusinessProcess, 'id'>;
  declare dependencies: EntityTable<Dependency, 'id'>;
  declare scenarios: EntityTable<Scenario, 'id'>;
  declare runbooks: EntityTable<Runbook, 'id'>;
  declare contacts: EntityTable<Contact, 'id'>;
  declare teams: EntityTable<Team, 'id'>;
  declare callTrees: EntityTable<CallTree, 'planId'>;
  declare vendors: EntityTable<Vendor, 'id'>;
  declare backups: EntityTable<Backup, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    // "strict" makes Chromium flush each transaction to disk before it reports
    // success, so "Saved" on screen means the edit survives a crash.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      plans: 'id, updatedAt',
      systems: 'id, planId, [planId+position]',
    });
    this.version(2)
      .stores({ processes: 'id, planId, [planId+position], *systemIds' })
      .upgrade(async (tx) => {
        await migrateTable(tx, 'plans', 'plan', 1);
        await migrateTable(tx, 'systems', 'system', 1);
      });
    // Version 3 adds a table and changes no record.
    this.version(3).stores({ dependencies: 'id, planId, dependentId, *targetIds' });
    // Version 4 adds failure scenarios; *affectedSystemIds finds those a deleted system must leave.
    this.version(4).stores({ scenarios: 'id, planId, [planId+position], *affectedSystemIds' });
    // Version 5 adds the runbooks and the people; multi-entry indexes find what a deleted contact
    // or system must leave. One call tree per plan, keyed by the plan.
    this.version(5).stores({
      runbooks: 'id, planId, systemId, scenarioId',
      contacts: 'id, planId, [planId+position], alternateId',
      teams: 'id, planId, [planId+position], *memberIds',
      callTrees: 'planId',
      vendors: 'id, planId, [planId+position], *systemIds',
    });
    // Version 6 adds backups of whole plans, taken before a replace. No plan record changes, so the
    // record SCHEMA_VERSION (shared/migrations) stays at 5: the two numbers are independent.
    this.version(6).stores({ backups: 'id, planId, takenAt' });
  }
}

async function migrateTable(tx: Transaction, table: string, kind: RecordKind, fromVersion: number) {
  await tx
    .table<Record<string, unknown>>(table)
    .toCollection()
    .modify((record) => {
      Object.assign(record, migrateRecord(kind, record, fromVersion));
    });
}
