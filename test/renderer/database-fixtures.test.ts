import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DrpDatabase } from '../../renderer/db/database';
import { readSnapshot } from '../../renderer/features/plans/plan-repository';
import { backupInfoSchema } from '../../shared/bundle/backup';
import { planSnapshotSchema, revisionSchema } from '../../shared/bundle/snapshot';
import { migrateRecord, SCHEMA_VERSION, type RecordKind } from '../../shared/migrations';
import { callTreeSchema } from '../../shared/model/call-tree';
import { contactSchema } from '../../shared/model/contact';
import { dependencySchema } from '../../shared/model/dependency';
import { planSchema } from '../../shared/model/plan';
import { processSchema } from '../../shared/model/process';
import { runbookSchema } from '../../shared/model/runbook';
import { scenarioSchema } from '../../shared/model/scenario';
import { systemSchema } from '../../shared/model/system';
import { teamSchema } from '../../shared/model/team';
import { vendorSchema } from '../../shared/model/vendor';
import { exerciseSchema } from '../../shared/model/exercise';
import { workshopSchema } from '../../shared/model/workshop';

/*
 * One JSON dump per released database version (test/fixtures/databases/vN.json): the stores that
 * version declared and records in that version's shape. Each is loaded into fake-indexeddb exactly
 * as that version left it, then opened by today's DrpDatabase, which must bring every record up to
 * today's schemas. The fixtures are frozen: never regenerate one from today's code.
 */

const FIXTURE_DIR = path.resolve('test/fixtures/databases');

const fixtureSchema = z.strictObject({
  note: z.string(),
  version: z.number().int().positive(),
  stores: z.record(z.string(), z.string()),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
type Fixture = z.infer<typeof fixtureSchema>;

/** Each table, today's schema for its records, and the migration kind (backups are not plan records). */
const TABLES: Record<string, { schema: z.ZodType; kind: RecordKind | null }> = {
  plans: { schema: planSchema, kind: 'plan' },
  systems: { schema: systemSchema, kind: 'system' },
  processes: { schema: processSchema, kind: 'process' },
  dependencies: { schema: dependencySchema, kind: 'dependency' },
  scenarios: { schema: scenarioSchema, kind: 'scenario' },
  runbooks: { schema: runbookSchema, kind: 'runbook' },
  contacts: { schema: contactSchema, kind: 'contact' },
  teams: { schema: teamSchema, kind: 'team' },
  callTrees: { schema: callTreeSchema, kind: 'callTree' },
  vendors: { schema: vendorSchema, kind: 'vendor' },
  // Version 6 kept the plan file inside the backup record; version 7 moved it to backupFiles.
  backups: { schema: backupInfoSchema, kind: null },
  backupFiles: { schema: z.strictObject({ id: z.string(), text: z.string() }), kind: null },
  exercises: { schema: exerciseSchema, kind: 'exercise' },
  revisions: { schema: revisionSchema, kind: 'revision' },
  workshops: { schema: workshopSchema, kind: 'workshop' },
};

function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => /^v\d+\.json$/.test(file))
    .map((file) => {
      const fixture = fixtureSchema.parse(JSON.parse(readFileSync(path.join(FIXTURE_DIR, file), 'utf8')));
      expect(file, 'a fixture’s file name is its version').toBe(`v${String(fixture.version)}.json`);
      return fixture;
    })
    .sort((a, b) => a.version - b.version);
}

const fixtures = loadFixtures();
/** The version today's app declares (Dexie knows it before opening anything). */
const CURRENT_VERSION = new DrpDatabase('never-opened').verno;

const opened: Dexie[] = [];
const names: string[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** Writes the fixture into a new database as its version of the app would have, and closes it. */
async function installFixture(fixture: Fixture, tables = fixture.tables): Promise<string> {
  const name = `fixture-v${String(fixture.version)}-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, records] of Object.entries(tables)) await old.table(table).bulkAdd(records);
  });
  old.close();
  return name;
}

function withoutKey(record: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

function openCurrent(name: string): DrpDatabase {
  const db = new DrpDatabase(name);
  opened.push(db);
  return db;
}

async function dump(db: Dexie): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of db.tables) result[table.name] = await table.toArray();
  return result;
}

/** Table names with their key and index definitions, as IndexedDB holds them. */
function layout(db: Dexie): Record<string, string[]> {
  return Object.fromEntries(
    db.tables.map((table) => [
      table.name,
      [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src).sort()],
    ]),
  );
}

describe('database fixtures', () => {
  it('there is a fixture for every database version the app declares, and no other', () => {
    // Declaring db.version(7) without test/fixtures/databases/v7.json fails here.
    expect(fixtures.map((fixture) => fixture.version)).toEqual(
      Array.from({ length: CURRENT_VERSION }, (_, index) => index + 1),
    );
  });

  it('the newest fixture declares exactly the tables and indexes of today’s database', async () => {
    const newest = fixtures.at(-1);
    if (!newest) throw new Error('no fixtures');
    const fixtureDb = new Dexie(`layout-${crypto.randomUUID()}`);
    fixtureDb.version(newest.version).stores(newest.stores);
    const current = openCurrent(`layout-current-${crypto.randomUUID()}`);
    names.push(fixtureDb.name, current.name);
    await fixtureDb.open();
    await current.open();
    expect(layout(fixtureDb)).toEqual(layout(current));
    fixtureDb.close();
  });

  it('every fixture table is one the app knows', () => {
    for (const fixture of fixtures) {
      for (const table of Object.keys(fixture.stores)) expect(Object.keys(TABLES)).toContain(table);
      expect(Object.keys(fixture.tables).sort()).toEqual(Object.keys(fixture.stores).sort());
    }
  });
});

describe.each(fixtures.map((fixture) => [fixture.version, fixture] as const))(
  'a version %i database',
  (_version, fixture) => {
    it('opens as today’s version with every record valid under today’s schemas and nothing lost', async () => {
      const db = openCurrent(await installFixture(fixture));
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      const after = await dump(db);

      for (const [table, records] of Object.entries(fixture.tables)) {
        const spec = TABLES[table];
        if (!spec) throw new Error(`unknown table ${table}`);
        const migrated = after[table] ?? [];
        expect(migrated, `every ${table} record is still there`).toHaveLength(records.length);
        for (const record of migrated) {
          const parsed = spec.schema.safeParse(record);
          expect(parsed.error?.issues ?? [], `${table} record valid under today’s schema`).toEqual([]);
        }
        // Upgrades only add: every field a record had keeps its value. The one exception: version 7
        // moved a backup's plan file (`bundle`) out of its record into backupFiles, checked below.
        for (const record of records) {
          const kept = table === 'backups' ? withoutKey(record, 'bundle') : record;
          expect(migrated).toContainEqual(expect.objectContaining(kept));
        }
        if (table === 'backups') {
          for (const record of records) {
            if (typeof record.bundle === 'string')
              expect(after.backupFiles).toContainEqual({ id: record.id, text: record.bundle });
          }
        }
      }
      // Tables newer than the fixture arrive empty (but backupFiles, filled from the backups above).
      for (const table of Object.keys(after)) {
        if (!(table in fixture.tables) && table !== 'backupFiles') expect(after[table], table).toEqual([]);
      }
    });

    it('gives each plan a snapshot whose references hold', async () => {
      const db = openCurrent(await installFixture(fixture));
      for (const plan of await db.plans.toArray()) {
        const snapshot = await readSnapshot(db, plan.id);
        const checked = planSnapshotSchema.safeParse(snapshot);
        expect(checked.error?.issues ?? [], plan.name).toEqual([]);
      }
    });

    it('reopening changes nothing, and upgraded records pass through the migrations unchanged', async () => {
      const name = await installFixture(fixture);
      const first = openCurrent(name);
      const upgraded = await dump(first);
      first.close();
      expect(await dump(openCurrent(name))).toEqual(upgraded);

      // Each migration step is idempotent: running it again on its own output (from any version) is a no-op.
      for (const [table, records] of Object.entries(upgraded)) {
        const kind = TABLES[table]?.kind;
        if (!kind) continue;
        for (const record of records) {
          const stored = z.record(z.string(), z.unknown()).parse(record);
          for (let from = 1; from <= SCHEMA_VERSION; from += 1) {
            expect(migrateRecord(kind, stored, from)).toEqual(stored);
          }
        }
      }
    });

    it('an upgrade run over records that were already upgraded leaves them as they are', async () => {
      // As if a version-1 upgrade had written its records but the version number had not moved:
      // the same upgrade runs again and must not change them.
      const current = openCurrent(await installFixture(fixture));
      const upgraded = await dump(current);
      const recordsSchema = z.array(z.record(z.string(), z.unknown()));
      // Backups are left out before version 7: its upgrade moves each plan file into a table that an
      // older database cannot hold, so its output cannot be put back into the old stores.
      const replayable = Object.keys(fixture.tables).filter(
        (table) => table !== 'backups' || fixture.version >= 7,
      );
      const alreadyUpgraded = Object.fromEntries(
        replayable.map((table) => [table, recordsSchema.parse(upgraded[table] ?? [])]),
      );
      const replayed = openCurrent(await installFixture(fixture, alreadyUpgraded));
      const expected =
        replayable.length === Object.keys(fixture.tables).length
          ? upgraded
          : { ...upgraded, backups: [], backupFiles: [] };
      expect(await dump(replayed)).toEqual(expected);
    });
  },
);
