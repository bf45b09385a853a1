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
import type { Exercise } from '../../shared/model/exercise';
import type { Workshop } from '../../shared/model/workshop';
import type { Revision } from '../../shared/bundle/snapshot';
import { splitStoredBackup, type BackupInfo } from '../../shared/bundle/backup';

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
  /** Backups' descriptions (browser build; Electron keeps backups as files, see electron/backup-files.ts). */
  declare backups: EntityTable<BackupInfo, 'id'>;
  /** Each backup's plan file text, apart from its description so a list does not read every file. */
  declare backupFiles: EntityTable<BackupFileRecord, 'id'>;
  declare exercises: EntityTable<Exercise, 'id'>;
  /** Approved versions of plans, frozen: added, never changed (features/review). */
  declare revisions: EntityTable<Revision, 'id'>;
  /** One per plan at most, keyed by the plan, like the call tree. */
  declare workshops: EntityTable<Workshop, 'planId'>;

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
    // Version 7 moves each backup's plan file text to a table of its own and records its size (the
    // browser backup store, renderer/platform/browser-backups.ts). No plan record changes.
    this.version(7)
      .stores({ backupFiles: 'id' })
      .upgrade(async (tx) => {
        const split = (await tx.table<Record<string, unknown>>('backups').toArray()).map(splitStoredBackup);
        await tx.table('backupFiles').bulkPut(split.map(({ info, text }) => ({ id: info.id, text })));
        await tx.table('backups').bulkPut(split.map(({ info }) => info));
      });
    // Version 8 (record schema 6): exercises, revisions and the workshop; plans gain their governance
    // fields. *systemIds finds the exercises a deleted system must leave.
    this.version(8)
      .stores({
        exercises: 'id, planId, date, *systemIds, scenarioId',
        revisions: 'id, planId, [planId+number]',
        workshops: 'planId',
      })
      .upgrade(async (tx) => {
        await migrateTable(tx, 'plans', 'plan', 5);
      });
  }
}

/** A backup's plan file, as text (it is always UTF-8: the store refuses anything else). */
export interface BackupFileRecord {
  id: string;
  text: string;
}

/**
 * The record schema version (shared/migrations) of the records each database version holds: what a
 * backup taken before an upgrade labels its plan file with (renderer/db/backup-before-migration.ts).
 */
export const RECORD_VERSION_OF_DATABASE: Readonly<Record<number, number>> = {
  1: 1,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
  6: 5,
  7: 5,
  8: 6,
};

async function migrateTable(tx: Transaction, table: string, kind: RecordKind, fromVersion: number) {
  await tx
    .table<Record<string, unknown>>(table)
    .toCollection()
    .modify((record) => {
      Object.assign(record, migrateRecord(kind, record, fromVersion));
    });
}
