import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renewSnapshotIds } from '../../shared/bundle/renew-ids';
import { systemsToCsv } from '../../shared/export/systems-csv';
import {
  checkImport,
  guessMapping,
  nameKey,
  readSystemsCsv,
  type ColumnMapping,
} from '../../shared/import/systems-csv-import';
import type { Plan } from '../../shared/model/plan';
import { systemFieldSchemas, type System, type SystemField } from '../../shared/model/system';
import { SYSTEM_COLUMNS, type SystemTextKey } from '../../shared/model/system-text';
import type { DrpDatabase } from '../../renderer/db/database';
import { decodeCsvBytes } from '../../renderer/features/import/decode-csv';
import { importSystems } from '../../renderer/features/import/import-repository';
import { addSnapshot, createPlan, planTables } from '../../renderer/features/plans/plan-repository';
import { listSystems } from '../../renderer/features/systems/system-repository';
import {
  applyCsvEdits,
  csvEdit,
  csvSeed,
  csvWriting,
  plausibleCell,
  encodeCsv,
  writeCsv,
  type CsvSeed,
} from '../support/csv-mutate';
import { dumpDatabase } from '../support/db-dump';
import { FuzzFigures } from '../support/fuzz-figures';
import { applyByteEdits, applyTextEdits, damage, oddString } from '../support/mutate';
import { samplePlan, SAMPLE_NOW, sequentialIds } from '../support/sample-plan';
import { soakCount } from '../support/soak';
import { freshDatabase } from '../renderer/db';

/**
 * Import CSV… under fire: bytes → decodeCsvBytes → readSystemsCsv → a column
 * mapping (guessed, then changed as a user might) → checkImport → importSystems
 * into fake-indexeddb, as the dialog does. Nothing throws; a file is refused
 * with one message, or each bad row is skipped with a message naming its line
 * (and column), and the good rows are stored in one transaction, exactly as
 * checked. The database is otherwise untouched.
 */

const resident = renewSnapshotIds(samplePlan(), {
  newId: sequentialIds(0x5000),
  now: SAMPLE_NOW,
  rename: false,
});
const LABELS = new Set(SYSTEM_COLUMNS.map((column) => column.label));
const KEYS = SYSTEM_COLUMNS.map((column) => column.key);
const figures = new FuzzFigures('systems CSV');
const MAX_MESSAGE = 300;

let db: DrpDatabase;
let baseline: Awaited<ReturnType<typeof dumpDatabase>>;
let planIds: string[];
let emptyPlan: Plan;
let seeds: CsvSeed[];

beforeAll(async () => {
  db = freshDatabase();
  await db.transaction('rw', planTables(db), () => addSnapshot(db, resident));
  emptyPlan = await createPlan(db, { name: 'Empty plan', organisation: '' });
  planIds = [resident.plan.id, emptyPlan.id];
  baseline = await dumpDatabase(db);
  seeds = [
    csvSeed(readFileSync('test/fixtures/systems-import.csv', 'utf8'), ';'),
    // What our own export writes: every column, formula cells escaped.
    csvSeed(systemsToCsv(samplePlan().systems), ','),
    {
      delimiter: ',',
      rows: [
        ['Name', 'RTO', 'Tier'],
        ['ERP', '4 h', '1'],
      ],
    },
  ];
  figures.start();
});

afterAll(async () => {
  figures.report();
  await db.delete();
});

/** The dialog's column choices after the guess: any field for any column, twice over, or Ignore. */
const mappingEdit = fc.record({
  column: fc.nat(),
  key: fc.option(fc.constantFrom<SystemTextKey>(...KEYS), { nil: null }),
});

const cases = fc.record({
  seed: fc.nat(),
  edits: fc.array(csvEdit, { maxLength: 5 }),
  writing: csvWriting,
  damage,
  mapping: fc.oneof(
    { weight: 4, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(mappingEdit, { minLength: 1, maxLength: 3 }) },
  ),
  plan: fc.nat(),
  noise: fc.oneof(
    { weight: 15, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  ),
});
type Case = typeof cases extends fc.Arbitrary<infer T> ? T : never;

async function importCase(recipe: Case): Promise<string> {
  const seed = seeds[recipe.seed % seeds.length];
  const planId = planIds[recipe.plan % planIds.length];
  if (!seed || !planId) throw new Error('no seed or plan');
  const text = writeCsv(applyCsvEdits(seed, recipe.edits), seed.delimiter, recipe.writing);
  const bytes =
    recipe.noise ??
    applyByteEdits(
      encodeCsv(applyTextEdits(text, recipe.damage.text), recipe.writing.encoding),
      recipe.damage.bytes,
    );

  const decoded = decodeCsvBytes(bytes);
  const read = readSystemsCsv(decoded.text);
  if (!read.ok) {
    expect(read.message.trim()).not.toBe('');
    expect(await dumpDatabase(db)).toEqual(baseline);
    return 'file refused';
  }
  const table = read.value;
  const mapping: (SystemTextKey | null)[] = [...guessMapping(table.headers)];
  for (const edit of recipe.mapping) mapping[edit.column % table.headers.length] = edit.key;
  const existing = await listSystems(db, planId);
  const planBefore = await db.plans.get(planId);
  if (!planBefore) throw new Error('the plan is gone');
  const check = checkImport(
    table,
    mapping satisfies ColumnMapping,
    existing.map((system) => system.name),
  );
  if (check.mappingProblem !== null) {
    expect(check.mappingProblem.trim()).not.toBe('');
    expect(check.rows).toEqual([]);
    return 'mapping refused';
  }

  // Every row is imported or skipped, and every skipped row is named by its line.
  const lines = new Set(table.rows.map((row) => row.line));
  expect(check.rows.length + check.skipped).toBe(table.rows.length);
  const named = new Set(check.problems.map((problem) => problem.line));
  expect(named.size).toBe(check.skipped);
  for (const problem of check.problems) {
    expect(lines.has(problem.line)).toBe(true);
    expect(problem.message.trim()).not.toBe('');
    // A message quotes at most a stretch of the cell (validation.ts quoted()), however long the cell is.
    expect(problem.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
    if (problem.column !== null) expect(LABELS.has(problem.column)).toBe(true);
  }
  for (const row of check.rows) expect(named.has(row.line)).toBe(false);
  const names = check.rows.map((row) => nameKey(row.values.name));
  expect(new Set(names).size).toBe(names.length);
  if (check.rows.length === 0) {
    expect(await dumpDatabase(db)).toEqual(baseline);
    return 'every row skipped';
  }

  const added = await importSystems(
    db,
    planId,
    check.rows.map((row) => row.values),
  );
  const after = await listSystems(db, planId);
  expect(after.slice(0, existing.length)).toEqual(existing);
  expect(after.slice(existing.length)).toEqual(added);
  added.forEach((system, index) => {
    expect(system).toMatchObject({ ...check.rows[index]?.values, planId, position: existing.length + index });
  });
  // Back to the baseline: the new systems out, the plan's "last edited" back.
  await db.transaction('rw', db.plans, db.systems, async () => {
    await db.systems.bulkDelete(added.map((system) => system.id));
    await db.plans.put(planBefore);
  });
  expect(await dumpDatabase(db)).toEqual(baseline);
  return check.skipped > 0 ? 'imported, some rows skipped' : 'imported';
}

/** After a failed case, so the next one (and fast-check's shrinking) starts from the baseline again. */
async function reset() {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await addSnapshot(db, resident);
    await db.plans.add(emptyPlan);
  });
}

it(
  `reads and imports ${soakCount(1000, 10_000)} damaged and hostile CSV files of systems`,
  async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (recipe) => {
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

/** A value the field accepts as it is (trimmed, within its limit): hostile text that is still legal. */
const legalText = (field: 'name' | 'owner' | 'description' | 'detection') =>
  fc
    .oneof(plausibleCell, oddString)
    .filter((text) => systemFieldSchemas[field].safeParse(text).data === text);

it(
  `exports and re-imports ${soakCount(1000, 10_000)} plans' systems with hostile text unchanged`,
  () => {
    const systems = samplePlan().systems;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: legalText('name'),
            owner: legalText('owner'),
            description: legalText('description'),
            detection: legalText('detection'),
          }),
          { minLength: systems.length, maxLength: systems.length },
        ),
        (texts) => {
          const edited = systems.map((system, index) => ({
            ...system,
            ...texts[index],
            name: `${index} ${texts[index]?.name ?? ''}`.trim(),
          }));
          const read = readSystemsCsv(systemsToCsv(edited));
          if (!read.ok) throw new Error(read.message);
          const check = checkImport(read.value, guessMapping(read.value.headers), []);
          expect(check.problems).toEqual([]);
          // NULs are the one thing a CSV cell cannot carry (spreadsheet-cells.ts): dropped on the way out.
          const expected = edited.map((system) =>
            pickFields(system, (text) => text.replaceAll('\u0000', '').trim()),
          );
          expect(check.rows.map((row) => row.values)).toEqual(expected);
        },
      ),
      { numRuns: soakCount(1000, 10_000) },
    );
  },
  soakCount(180_000, 3_600_000),
);

function pickFields(system: System, cellText: (text: string) => string): Pick<System, SystemField> {
  const {
    id: _id,
    planId: _planId,
    position: _position,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...fields
  } = system;
  return {
    ...fields,
    name: cellText(fields.name),
    owner: cellText(fields.owner),
    description: cellText(fields.description),
    detection: cellText(fields.detection),
  };
}
