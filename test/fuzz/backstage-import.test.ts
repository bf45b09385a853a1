import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renewSnapshotIds } from '../../shared/bundle/renew-ids';
import { importBackstage, type CatalogFile } from '../../shared/import/backstage/import-backstage';
import { formatImportProblem } from '../../shared/import/backstage/format';
import { MAX_PROBLEMS } from '../../shared/import/backstage/read-catalog';
import type { DrpDatabase } from '../../renderer/db/database';
import { addImportedPlan } from '../../renderer/features/import/backstage-repository';
import { decodeYaml } from '../../renderer/features/import/decode-yaml';
import {
  addSnapshot,
  deletePlan,
  planTables,
  readSnapshot,
} from '../../renderer/features/plans/plan-repository';
import { dumpDatabase } from '../support/db-dump';
import { normalisedSnapshot } from '../support/normalise-snapshot';
import { FuzzFigures } from '../support/fuzz-figures';
import { applyByteEdits, applyTreeEdits, byteEdit, oddString, treeEdit, type Json } from '../support/mutate';
import {
  applyLineEdits,
  billionLaughs,
  generatedEntity,
  lineEdit,
  writeYamlDocuments,
  yamlDocuments,
} from '../support/yaml-mutate';
import { samplePlan, SAMPLE_NOW, sequentialIds } from '../support/sample-plan';
import { soakCount } from '../support/soak';
import { freshDatabase } from '../renderer/db';

/**
 * Import from Backstage… under fire: each file's bytes → decodeYaml →
 * importBackstage → addImportedPlan into fake-indexeddb, as the dialog does.
 * Nothing throws; the catalog becomes a whole new plan (the database then
 * holds exactly it) or is refused with problems that name the file, document,
 * line and field, and the database is left as it was.
 */

const resident = renewSnapshotIds(samplePlan(), {
  newId: sequentialIds(0x5000),
  now: SAMPLE_NOW,
  rename: false,
});
const NOW = '2027-01-01T00:00:00.000Z';
/** What a problem may say: enough for its place and reason, never a whole hostile value. */
const MAX_PROBLEM_TEXT = 300;
const figures = new FuzzFigures('Backstage');
const SEEDS = ['example-catalog.yaml', 'org.yaml'].map((name) => ({
  name,
  documents: yamlDocuments(readFileSync(`test/fixtures/backstage/${name}`, 'utf8')),
}));
const REFS = [
  'team-a',
  'group:default/team-a',
  'component:artist-lookup',
  'resource:artists-db',
  'user:guest',
];

let db: DrpDatabase;
let baseline: Awaited<ReturnType<typeof dumpDatabase>>;

beforeAll(async () => {
  db = freshDatabase();
  await db.transaction('rw', planTables(db), () => addSnapshot(db, resident));
  baseline = await dumpDatabase(db);
  figures.start();
});

afterAll(async () => {
  figures.report();
  await db.delete();
});

const catalogFile = fc.record({
  seed: fc.nat(),
  // Instead of a fixture: a catalog of entities related at random.
  generated: fc.oneof(
    { weight: 1, arbitrary: fc.constant<Json[] | null>(null) },
    { weight: 1, arbitrary: fc.array(generatedEntity, { minLength: 1, maxLength: 12 }) },
  ),
  // A file's name as a file system gives it: at most 255 characters.
  name: fc.oneof(
    { weight: 5, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: oddString.filter((name) => name.length <= 255) },
  ),
  edits: fc.array(treeEdit(REFS), { maxLength: 3 }),
  lines: fc.oneof(
    { weight: 4, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(lineEdit, { minLength: 1, maxLength: 4 }) },
  ),
  bytes: fc.oneof(
    { weight: 12, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(byteEdit, { minLength: 1, maxLength: 2 }) },
  ),
  laughs: fc.oneof(
    { weight: 30, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 9 }) },
  ),
});

const cases = fc.record({
  files: fc.array(catalogFile, { minLength: 1, maxLength: 3 }),
  planName: fc.oneof(
    { weight: 8, arbitrary: fc.constant('DR plan from Backstage') },
    { weight: 1, arbitrary: oddString },
  ),
  organisation: fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: oddString }),
  noise: fc.oneof(
    { weight: 15, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  ),
});
type Case = typeof cases extends fc.Arbitrary<infer T> ? T : never;

function fileBytes(file: Case['files'][number]): Uint8Array<ArrayBuffer> {
  const seed = SEEDS[file.seed % SEEDS.length];
  if (!seed) throw new Error('no seed');
  const documents: Json = applyTreeEdits(file.generated ?? seed.documents, file.edits);
  let text = applyLineEdits(writeYamlDocuments(documents), file.lines);
  if (file.laughs > 0) text += `---\n${billionLaughs(file.laughs)}`;
  return applyByteEdits(Buffer.from(text, 'utf8'), file.bytes);
}

async function importCase(recipe: Case): Promise<string> {
  const files: CatalogFile[] = [];
  for (const [index, file] of recipe.files.entries()) {
    const text = decodeYaml(recipe.noise && index === 0 ? recipe.noise : fileBytes(file));
    // The dialog refuses such a file as it is picked ("… is not UTF-8 text"), before any import.
    if (text === null) {
      expect(await dumpDatabase(db)).toEqual(baseline);
      return 'file refused: not UTF-8';
    }
    files.push({ name: file.name ?? `catalog-${index + 1}.yaml`, text });
  }
  const names = new Set(files.map((file) => file.name));
  const built = importBackstage(files, {
    newId: sequentialIds(0x1_0000_0000),
    now: NOW,
    planName: recipe.planName,
    organisation: recipe.organisation,
  });
  if (!built.ok) {
    expect(built.problems.length).toBeGreaterThan(0);
    expect(built.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
    for (const problem of built.problems) {
      expect(problem.message.trim()).not.toBe('');
      expect(problem.message.length).toBeLessThanOrEqual(MAX_PROBLEM_TEXT);
      expect(problem.field?.length ?? 0).toBeLessThanOrEqual(MAX_PROBLEM_TEXT);
      expect(formatImportProblem(problem)).toContain(problem.message);
      // A problem in a file names it; the rest are about the catalog as a whole or the plan's details.
      if (problem.file !== '') expect(names.has(problem.file)).toBe(true);
      if (problem.document !== null) expect(problem.document).toBeGreaterThanOrEqual(1);
      if (problem.line !== null) expect(problem.line).toBeGreaterThanOrEqual(1);
    }
    expect(await dumpDatabase(db)).toEqual(baseline);
    return `refused: ${built.problems[0]?.message.replace(/[“"].*$/s, '').slice(0, 40) ?? ''}`;
  }
  for (const entry of [...built.unresolved, ...built.skipped]) expect(names.has(entry.file)).toBe(true);
  const plan = await addImportedPlan(db, built.snapshot);
  expect(normalisedSnapshot(await readSnapshot(db, plan.id))).toEqual(normalisedSnapshot(built.snapshot));
  await deletePlan(db, plan.id);
  expect(await dumpDatabase(db)).toEqual(baseline);
  return 'imported';
}

/** After a failed case, so the next one (and fast-check's shrinking) starts from the baseline again. */
async function reset() {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await addSnapshot(db, resident);
  });
}

it(
  `reads and imports ${soakCount(1000, 10_000)} damaged and hostile Backstage catalogs`,
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
