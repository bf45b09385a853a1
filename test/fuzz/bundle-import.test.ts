import fc from 'fast-check';
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../shared/bundle/bundle';
import { encryptText } from '../../shared/bundle/encryption';
import {
  MAX_PROBLEM_TEXT,
  MAX_PROBLEMS,
  readBundle,
  type BundleReadResult,
} from '../../shared/bundle/read-bundle';
import { renewSnapshotIds } from '../../shared/bundle/renew-ids';
import { SNAPSHOT_LISTS, type PlanSnapshot } from '../../shared/bundle/snapshot';
import type { DrpDatabase } from '../../renderer/db/database';
import {
  importSnapshot,
  PlanExistsError,
  RecordsExistError,
  type ImportDeps,
  type ImportMode,
} from '../../renderer/features/exchange/plan-import-repository';
import {
  addSnapshot,
  planTables,
  readSnapshot,
  removeSnapshot,
} from '../../renderer/features/plans/plan-repository';
import { browserBackups } from '../support/backups';
import { dumpDatabase } from '../support/db-dump';
import { normalisedSnapshot } from '../support/normalise-snapshot';
import { FuzzFigures } from '../support/fuzz-figures';
import { applyDamage, applyTreeEdits, damage, toJson, treeEdit, type Json } from '../support/mutate';
import { samplePlan, SAMPLE_NOW, sequentialIds } from '../support/sample-plan';
import { soakCount } from '../support/soak';
import { freshDatabase } from '../renderer/db';

/**
 * The plan-file importer under fire: every case is bytes that go through
 * readBundle and, when read, into the database through importSnapshot, as
 * Import plan file… does. Whatever the bytes, nothing throws; a file is either
 * stored whole (the database then holds exactly its plan) or refused with a
 * message that names where (a JSON path), and a refusal leaves the database
 * exactly as it was.
 */

const crypto = webcrypto;
const app = { name: 'DR Planner', version: 'fuzz' };
const PASSPHRASE = 'correct horse battery staple';
const NOW = '2027-01-01T00:00:00.000Z';

/** The plan already in the database: the sample under other ids, so files can collide with it on purpose. */
const resident = renewSnapshotIds(samplePlan(), {
  newId: sequentialIds(0x5000),
  now: SAMPLE_NOW,
  rename: false,
});

let db: DrpDatabase;
let baseline: Awaited<ReturnType<typeof dumpDatabase>>;
let seeds: { name: string; weight: number; value: Json }[];
let refs: string[];
const figures = new FuzzFigures('plan file');

function parseJson(text: string): Json {
  return toJson(JSON.parse(text));
}

async function bundleText(snapshot: PlanSnapshot): Promise<string> {
  return serialiseBundle(await createBundle(crypto, snapshot, { exportedAt: SAMPLE_NOW, app }));
}

beforeAll(async () => {
  db = freshDatabase();
  await db.transaction('rw', planTables(db), () => addSnapshot(db, resident));
  baseline = await dumpDatabase(db);

  const sample = samplePlan();
  const small: PlanSnapshot = {
    ...sample,
    systems: [],
    processes: [],
    dependencies: [],
    scenarios: [],
    runbooks: [],
    contacts: [],
    teams: [],
    callTree: null,
    vendors: [],
    exercises: [],
    workshop: null,
    revisions: [],
  };
  // Another version of the plan that is here: same plan id, its own record ids (renewSnapshotIds takes the plan's first).
  const otherIds = sequentialIds(0x9000);
  const planIds = [resident.plan.id];
  const sameIdAsResident = renewSnapshotIds(sample, {
    newId: () => planIds.shift() ?? otherIds(),
    now: SAMPLE_NOW,
    rename: false,
  });
  const fixtures = [1, 2, 3, 4].map((version) => ({
    name: `plan-v${version}`,
    weight: 1,
    value: parseJson(readFileSync(`test/fixtures/bundles/plan-v${version}.drplan.json`, 'utf8')),
  }));
  const encrypted = await encryptText(crypto, await bundleText(small), PASSPHRASE);
  seeds = [
    { name: 'sample', weight: 8, value: parseJson(await bundleText(sample)) },
    { name: 'small', weight: 3, value: parseJson(await bundleText(small)) },
    ...fixtures,
    { name: 'resident id', weight: 3, value: parseJson(await bundleText(sameIdAsResident)) },
    // Rare: every decryption runs PBKDF2's 600,000 rounds (about 0.3 s of CPU).
    { name: 'encrypted', weight: 1, value: parseJson(JSON.stringify(encrypted)) },
  ];
  const idsOf = (snapshot: PlanSnapshot) => [
    snapshot.plan.id,
    ...SNAPSHOT_LISTS.flatMap((list) => snapshot[list].map((record) => record.id)),
  ];
  refs = [...idsOf(sample), ...idsOf(resident), 'dr-planner-plan', 'dr-planner-plan-encrypted'];
  figures.start();
});

afterAll(async () => {
  figures.report();
  await db.delete();
});

function expectNamedRefusal(read: Extract<BundleReadResult, { ok: false }>) {
  expect(read.problems.length).toBeGreaterThan(0);
  expect(read.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
  for (const problem of read.problems) {
    expect(problem.path).toMatch(/^\$/);
    expect(problem.message.trim()).not.toBe('');
    // Short enough to read in the dialog, whatever the file holds (a 5,000-character key, a 40 MB format).
    expect(Array.from(problem.message).length).toBeLessThanOrEqual(MAX_PROBLEM_TEXT);
    expect(Array.from(problem.path).length).toBeLessThanOrEqual(MAX_PROBLEM_TEXT);
    // A record that fails validation is named by its path, or the message names the stray key.
    if (read.reason === 'invalid' && problem.path === '$') expect(problem.message).toMatch(/key/i);
  }
}

/** Stores a read file the way the import dialog does; returns what the database should now hold. */
async function store(snapshot: PlanSnapshot, mode: ImportMode, caseNumber: number) {
  const ids = 0x1_0000_0000 + caseNumber * 0x10000;
  const clock = { now: () => NOW, newId: sequentialIds(ids) };
  const deps: ImportDeps = { db, backups: browserBackups(db, clock), ...clock };
  const outcome = await importSnapshot(deps, snapshot, mode);
  const expected =
    mode === 'copy'
      ? renewSnapshotIds(snapshot, { newId: sequentialIds(ids), now: NOW, rename: true })
      : snapshot;
  return { outcome, expected };
}

/** Puts the database back as it was before the case, and proves nothing else was written. */
async function undo(planId: string, replaced: boolean) {
  await db.transaction('rw', [...planTables(db), db.backups, db.backupFiles], async () => {
    await removeSnapshot(db, await readSnapshot(db, planId));
    if (replaced) {
      await addSnapshot(db, resident);
      await db.backups.clear();
      await db.backupFiles.clear();
    }
  });
  expect(await dumpDatabase(db)).toEqual(baseline);
}

/** After a failed case, so the next one (and fast-check's shrinking) starts from the baseline again. */
async function reset() {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await addSnapshot(db, resident);
  });
}

/** A seed, edits of its tree (reusing real ids), damage to its text and bytes; now and then raw noise. */
const cases = (ids: readonly string[]) =>
  fc.record({
    seed: fc.oneof(...seeds.map((seed, index) => ({ weight: seed.weight, arbitrary: fc.constant(index) }))),
    indent: fc.boolean(),
    edits: fc.array(treeEdit(ids), { maxLength: 4 }),
    damage,
    mode: fc.constantFrom<ImportMode>('new', 'new', 'copy', 'replace'),
    passphrase: fc.constantFrom(undefined, PASSPHRASE, 'wrong'),
    noise: fc.oneof(
      { weight: 12, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    ),
  });
type Case = ReturnType<typeof cases> extends fc.Arbitrary<infer T> ? T : never;

let caseNumber = 0;

/** One file through Import plan file…; returns how it ended. */
async function importCase({ seed, indent, edits, damage: broken, mode, passphrase, noise }: Case) {
  caseNumber += 1;
  const source = seeds[seed];
  if (!source) throw new Error('no seeds');
  const text = JSON.stringify(applyTreeEdits(source.value, edits), null, indent ? 2 : undefined);
  const bytes = noise ?? applyDamage(text, broken);

  const read = await readBundle(bytes, { crypto, passphrase });
  if (!read.ok) {
    expectNamedRefusal(read);
    expect(await dumpDatabase(db)).toEqual(baseline);
    return `refused: ${read.reason}`;
  }
  // The dialog offers Replace only for a plan that is here.
  const chosen = mode === 'replace' && read.snapshot.plan.id !== resident.plan.id ? 'new' : mode;
  let stored: Awaited<ReturnType<typeof store>>;
  try {
    stored = await store(read.snapshot, chosen, caseNumber);
  } catch (error) {
    if (!(error instanceof PlanExistsError || error instanceof RecordsExistError)) throw error;
    expect(await dumpDatabase(db)).toEqual(baseline);
    return `refused when stored: ${error.name}`;
  }
  const planId = stored.outcome.plan.id;
  expect(normalisedSnapshot(await readSnapshot(db, planId))).toEqual(normalisedSnapshot(stored.expected));
  expect(await db.backups.count()).toBe(chosen === 'replace' ? 1 : 0);
  if (chosen === 'replace') expect(stored.outcome.backup?.planId).toBe(resident.plan.id);
  await undo(planId, chosen === 'replace');
  return `imported (${chosen})`;
}

it(
  `reads and stores ${soakCount(1000, 10_000)} damaged and hostile plan files without crashing or half-importing`,
  async () => {
    await fc.assert(
      fc.asyncProperty(cases(refs), async (recipe) => {
        let clean = false;
        try {
          figures.count(await importCase(recipe));
          clean = true;
        } finally {
          if (!clean) await reset();
        }
      }),
      { numRuns: soakCount(1000, 10_000) },
    );
  },
  soakCount(180_000, 3_600_000),
);
