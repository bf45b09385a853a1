import Dexie from 'dexie';
import { newBackupSchema } from '../../shared/bundle/backup';
import type { BackupFile } from '../../shared/bundle/backup-file';
import { BUNDLE_FORMAT, serialiseBundle, type AppInfo } from '../../shared/bundle/bundle';
import { canonicalJson } from '../../shared/bundle/content-hash';
import { readBundle } from '../../shared/bundle/read-bundle';
import { encodeUtf8 } from '../../shared/bundle/utf8';
import { sha256Hex, type WebCrypto } from '../../shared/bundle/web-crypto';
import { PLAN_NAME_MAX } from '../../shared/model/plan';
import { RECORD_VERSION_OF_DATABASE } from './database';

/**
 * Before the app upgrades a database an older version left (Dexie runs the upgrade on first open),
 * every plan in it is read as it is and backed up: if an upgrade step ever had a bug, the plans as
 * they were can be restored, and a later app migrates them again from those files.
 *
 * The old database is opened without a schema (Dexie reads the one on disk), so nothing is changed
 * and no upgrade starts. Each plan becomes a plan file of the record version that database holds
 * (readBundle migrates it when it is restored).
 *
 * In Electron the files are written before the upgrade. In a browser the backups live in this same
 * database, so writing them opens it, which runs the upgrade (one transaction: a crash in it leaves
 * the old database as it was) and then stores them; they were read before it either way.
 */

export interface MigrationBackupDeps {
  databaseName: string;
  /** The version the app declares (DrpDatabase#verno before opening). */
  currentVersion: number;
  crypto: WebCrypto;
  app: AppInfo;
  now: () => string;
  newId: () => string;
  write: (file: BackupFile) => Promise<unknown>;
}

export interface MigrationBackupResult {
  /** The version found on disk, or null when nothing needed backing up. */
  fromVersion: number | null;
  backedUp: number;
  /** One sentence per plan that could not be backed up. */
  failures: string[];
}

/** The tables that hold a plan's record lists, by the plan file's name for them. */
const LIST_TABLES = [
  ['systems', 'systems'],
  ['processes', 'processes'],
  ['dependencies', 'dependencies'],
  ['scenarios', 'scenarios'],
  ['runbooks', 'runbooks'],
  ['contacts', 'contacts'],
  ['teams', 'teams'],
  ['vendors', 'vendors'],
] as const;

type Row = Record<string, unknown>;

export async function backUpBeforeMigration(deps: MigrationBackupDeps): Promise<MigrationBackupResult> {
  const none = { fromVersion: null, backedUp: 0, failures: [] };
  if (!(await Dexie.exists(deps.databaseName))) return none;
  const old = new Dexie(deps.databaseName);
  let contents: { version: number; plans: Row[]; lists: Map<string, Row[]>; callTrees: Row[] | null };
  try {
    await old.open();
    const version = old.verno;
    // Same version: nothing to upgrade. Newer: opened read-only elsewhere, never upgraded.
    if (version >= deps.currentVersion) return none;
    contents = await readEverything(old, version);
  } finally {
    old.close();
  }
  const recordVersion = RECORD_VERSION_OF_DATABASE[contents.version];
  if (recordVersion === undefined) {
    return { ...none, failures: [`Database version ${contents.version} is not one DR Planner made.`] };
  }

  const result: MigrationBackupResult = { fromVersion: contents.version, backedUp: 0, failures: [] };
  for (const plan of contents.plans) {
    const name = typeof plan.name === 'string' ? plan.name : 'Unnamed plan';
    try {
      const content: Row = { plan };
      for (const [list] of LIST_TABLES) {
        const rows = contents.lists.get(list);
        if (rows) content[list] = rows.filter((row) => row.planId === plan.id);
      }
      if (contents.callTrees)
        content.callTree = contents.callTrees.find((tree) => tree.planId === plan.id) ?? null;
      await deps.write(await oldPlanFile(deps, plan, name, content, recordVersion));
      result.backedUp += 1;
    } catch (error) {
      result.failures.push(`“${name}”: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}

async function readEverything(old: Dexie, version: number) {
  const has = (table: string) => old.tables.some((candidate) => candidate.name === table);
  const lists = new Map<string, Row[]>();
  return old.transaction('r', old.tables, async () => {
    for (const [list, table] of LIST_TABLES) {
      if (has(table)) lists.set(list, await old.table<Row>(table).toArray());
    }
    return {
      version,
      plans: has('plans') ? await old.table<Row>('plans').toArray() : [],
      lists,
      callTrees: has('callTrees') ? await old.table<Row>('callTrees').toArray() : null,
    };
  });
}

/**
 * The plan file of one plan as the old database holds it. Its content hash is the one the plan will
 * have once migrated (what readBundle computes), so the first automatic backup after the upgrade is
 * not made for nothing; content that no longer reads is still backed up, hashed as it is.
 */
async function oldPlanFile(
  deps: MigrationBackupDeps,
  plan: Row,
  name: string,
  content: Row,
  formatVersion: number,
): Promise<BackupFile> {
  const takenAt = deps.now();
  const bundle = (contentHash: string) => ({
    format: BUNDLE_FORMAT,
    formatVersion,
    exportedAt: takenAt,
    app: deps.app,
    contentHash,
    content,
  });
  const probe = await readBundle(encodeUtf8(serialiseBundle(bundle('0'.repeat(64)))), {
    crypto: deps.crypto,
  });
  const hash = probe.ok ? probe.contentHash : await sha256Hex(deps.crypto, canonicalJson(content));
  return {
    backup: newBackupSchema.parse({
      id: deps.newId(),
      planId: plan.id,
      planName: name.slice(0, PLAN_NAME_MAX),
      takenAt,
      reason: 'before-migration',
      contentHash: hash,
    }),
    data: encodeUtf8(serialiseBundle(bundle(hash))),
  };
}
