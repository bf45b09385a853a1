import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileLimited } from '../../electron/files';
import { createBundle, MAX_BUNDLE_BYTES, serialiseBundle } from '../../shared/bundle/bundle';
import { readBundle, type BundleReadResult } from '../../shared/bundle/read-bundle';
import { renewSnapshotIds } from '../../shared/bundle/renew-ids';
import { importBackstage, type BackstageImport } from '../../shared/import/backstage/import-backstage';
import { MAX_FILE_BYTES as MAX_CATALOG_BYTES } from '../../shared/import/backstage/read-catalog';
import {
  checkImport,
  guessMapping,
  MAX_IMPORT_BYTES,
  readSystemsCsv,
  type ImportCheck,
} from '../../shared/import/systems-csv-import';
import type { DrpDatabase } from '../../renderer/db/database';
import { addImportedPlan } from '../../renderer/features/import/backstage-repository';
import { decodeCsvBytes } from '../../renderer/features/import/decode-csv';
import { decodeYaml } from '../../renderer/features/import/decode-yaml';
import { importSystems } from '../../renderer/features/import/import-repository';
import { importSnapshot } from '../../renderer/features/exchange/plan-import-repository';
import {
  addSnapshot,
  createPlan,
  deletePlan,
  planTables,
  readSnapshot,
  removeSnapshot,
} from '../../renderer/features/plans/plan-repository';
import { listSystems } from '../../renderer/features/systems/system-repository';
import { browserBackups } from '../support/backups';
import { dumpDatabase } from '../support/db-dump';
import { samplePlan, SAMPLE_NOW, sequentialIds } from '../support/sample-plan';
import { freshDatabase } from '../renderer/db';

/**
 * Golden hostile files (test/fixtures/hostile/, described in its README; the
 * big ones are made here): each goes through the same steps as in the app and
 * is refused with the expected message, or imported when it is legal. A
 * refusal leaves the database exactly as it was.
 */

const crypto = webcrypto;
const app = { name: 'DR Planner', version: 'hostile' };
const MB = 1024 * 1024;
const resident = renewSnapshotIds(samplePlan(), {
  newId: sequentialIds(0x5000),
  now: SAMPLE_NOW,
  rename: false,
});

let db: DrpDatabase;
let emptyPlanId: string;
let before: Awaited<ReturnType<typeof dumpDatabase>>;
let scratch: string;

beforeAll(async () => {
  db = freshDatabase();
  await db.transaction('rw', planTables(db), () => addSnapshot(db, resident));
  emptyPlanId = (await createPlan(db, { name: 'Empty plan', organisation: '' })).id;
  scratch = await mkdtemp(path.join(tmpdir(), 'drp-hostile-'));
});

afterAll(async () => {
  await db.delete();
  await rm(scratch, { recursive: true, force: true });
});

const fixture = (name: string) => Uint8Array.from(readFileSync(`test/fixtures/hostile/${name}`));
const utf8 = (text: string) => Uint8Array.from(Buffer.from(text, 'utf8'));

async function expectUnchanged() {
  expect(await dumpDatabase(db)).toEqual(before);
  // Nothing reached Object.prototype on the way.
  expect(Object.prototype).not.toHaveProperty('polluted');
}

/** A file of `bytes` bytes that takes no disk space: the size is what is refused, before a byte is read. */
async function sparseFile(name: string, bytes: number): Promise<string> {
  const file = path.join(scratch, name);
  const handle = await open(file, 'w');
  await handle.truncate(bytes);
  await handle.close();
  return file;
}

describe('hostile plan files', () => {
  beforeAll(async () => {
    before = await dumpDatabase(db);
  });

  /** Import plan file…: read, and store as new when read; a refusal must leave the database as it was. */
  async function importPlanFile(bytes: Uint8Array, passphrase?: string): Promise<BundleReadResult> {
    const read = await readBundle(bytes, { crypto, passphrase });
    if (!read.ok) await expectUnchanged();
    return read;
  }

  async function expectRefused(bytes: Uint8Array, reason: string, problems: (string | RegExp)[]) {
    const read = await importPlanFile(bytes, 'any passphrase');
    if (read.ok) throw new Error('the file was read');
    expect(read.reason).toBe(reason);
    const lines = read.problems.map((problem) => `${problem.path}: ${problem.message}`);
    expect(lines).toHaveLength(problems.length);
    problems.forEach((expected, index) => {
      if (typeof expected === 'string') expect(lines[index]).toBe(expected);
      else expect(lines[index]).toMatch(expected);
    });
  }

  it.each([
    [
      'bundle-proto-key.drplan.json',
      'not-json',
      ['$.content.systems[0].__proto__: the key "__proto__" is not allowed'],
    ],
    [
      'bundle-constructor-prototype.drplan.json',
      'not-json',
      ['$.constructor: the key "constructor" is not allowed'],
    ],
    [
      'bundle-wrong-types.drplan.json',
      'invalid',
      [
        '$.content.systems[0].tier: Tier must be 0, 1, 2, 3 or 4',
        '$.content.systems[0].redundancy: Redundancy must be none, active-passive or active-active',
        '$.content.systems[0].rto: RTO must be a duration in minutes',
        '$.content.systems[0].copyLocations: Invalid input: expected array, received string',
        '$.content.systems[0].offlineCopy: Offline copy must be yes or no',
        '$.content.systems[1].name: System name must be text',
        '$.content.processes: Invalid input: expected array, received object',
      ],
    ],
    [
      'bundle-future-version.drplan.json',
      'newer',
      [
        '$.formatVersion: This plan was made by a newer DR Planner (file format 7; this version reads up to 6). Update DR Planner to open it.',
      ],
    ],
    ['bundle-truncated.drplan.json', 'not-json', [/^\$: The file is not valid JSON \(/]],
    [
      'bundle-invalid-utf8.drplan.json',
      'not-json',
      ['$: The file is not UTF-8 text, so it is not a plan file'],
    ],
    ['bundle-utf16.drplan.json', 'not-json', ['$: The file is not UTF-8 text, so it is not a plan file']],
    [
      'bundle-duplicate-ids.drplan.json',
      'invalid',
      [/^\$\.content\.systems\[1\]\.id: The id [0-9a-f-]{36} is used twice$/],
    ],
    [
      'bundle-dangling-reference.drplan.json',
      'invalid',
      [
        '$.content.dependencies[0].targetIds[0]: refers to system 00000000-0000-4000-8000-0000000000fe, which is not in the plan',
      ],
    ],
    // Refused before any key is derived: a billion PBKDF2 rounds would take hours.
    [
      'bundle-encrypted-iterations.drplan.json',
      'invalid',
      ['$.encryption.iterations: must be at most 10000000'],
    ],
    [
      'bundle-infinite-number.drplan.json',
      'invalid',
      ['$.content.systems[1].position: Invalid input: expected number, received Infinity'],
    ],
    [
      'not-a-bundle.json',
      'not-a-bundle',
      ['$.format: The file is not a DR Planner plan file (its format is missing)'],
    ],
  ])('%s is refused (%s) with its path', async (name, reason, problems) => {
    await expectRefused(fixture(name), reason, problems);
  });

  it('imports script and markup in text as plain text, exactly as written', async () => {
    const read = await importPlanFile(fixture('bundle-script-text.drplan.json'));
    if (!read.ok) throw new Error('refused');
    const { plan } = await importSnapshot(
      {
        db,
        backups: browserBackups(db, { now: () => SAMPLE_NOW, newId: sequentialIds(0x7000) }),
        now: () => SAMPLE_NOW,
        newId: sequentialIds(0x7001),
      },
      read.snapshot,
      'new',
    );
    const stored = await readSnapshot(db, plan.id);
    expect(stored.plan.name).toBe('<img src=x onerror="window.__pwned=1"> plan');
    expect(stored.systems.map((system) => system.name)).toContain('<script>window.__pwned=1</script>');
    expect(stored.systems.map((system) => system.owner)).toContain('__proto__');
    expect(Object.prototype).not.toHaveProperty('polluted');
    await db.transaction('rw', planTables(db), () => removeSnapshot(db, stored));
    await expectUnchanged();
  });

  it('refuses a 100 MB file by its size, before reading it', async () => {
    const file = await sparseFile('huge.drplan.json', 100 * MB);
    expect(await readFileLimited(file, MAX_BUNDLE_BYTES)).toEqual({ status: 'too-large', size: 100 * MB });
    // The same limit inside readBundle, for bytes that arrive some other way (the command line).
    const started = performance.now();
    await expectRefused(new Uint8Array(100 * MB), 'too-large', [
      '$: The file is 100.0 MB; plan files can be at most 50.0 MB',
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses nesting 100,000 levels deep without overflowing the stack', async () => {
    const deep = `{"format":"dr-planner-plan","formatVersion":5,"content":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    await expectRefused(utf8(deep), 'not-json', [
      /^\$\.content(\[0\]){64}: nested more than 64 levels deep$/,
    ]);
  });

  /** The sample plan's file with its first system's name (a JSON string) replaced. */
  async function sampleWithName(name: string): Promise<Uint8Array> {
    const bundle = await createBundle(crypto, samplePlan(), { exportedAt: SAMPLE_NOW, app });
    const [first, ...rest] = bundle.content.systems;
    if (!first) throw new Error('no system');
    return utf8(
      serialiseBundle({ ...bundle, content: { ...bundle.content, systems: [{ ...first, name }, ...rest] } }),
    );
  }

  it('refuses a 45 MB name (a file just under the size limit) with a short message at its path', async () => {
    const started = performance.now();
    await expectRefused(await sampleWithName('x'.repeat(45 * MB)), 'invalid', [
      '$.content.systems[0].name: System name can be at most 200 characters',
    ]);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('quotes at most 300 characters of a 1 MB key or a 1 MB format', async () => {
    const key = 'k'.repeat(MB);
    const bundle = await createBundle(crypto, samplePlan(), { exportedAt: SAMPLE_NOW, app });
    await expectRefused(utf8(serialiseBundle({ ...bundle, [key]: true })), 'invalid', [
      /^\$: Unrecognized key: "k{200,}…$/,
    ]);
    const read = await readBundle(utf8(JSON.stringify({ format: 'f'.repeat(MB) })), { crypto });
    expect(!read.ok && read.problems[0]?.message).toBe(
      `The file is not a DR Planner plan file (its format is "${'f'.repeat(58)}…)`,
    );
  });
});

describe('hostile CSV files of systems', () => {
  beforeAll(async () => {
    before = await dumpDatabase(db);
  });

  /** Import CSV… into the empty plan: decode, read, guessed columns, check, store the good rows. */
  async function importCsv(
    bytes: Uint8Array,
  ): Promise<{ refused: string } | { check: ImportCheck; names: string[] }> {
    const planBefore = await db.plans.get(emptyPlanId);
    if (!planBefore) throw new Error('no plan');
    const read = readSystemsCsv(decodeCsvBytes(bytes).text);
    if (!read.ok) {
      await expectUnchanged();
      return { refused: read.message };
    }
    const check = checkImport(read.value, guessMapping(read.value.headers), []);
    if (check.rows.length > 0) {
      await importSystems(
        db,
        emptyPlanId,
        check.rows.map((row) => row.values),
      );
    }
    const stored = await listSystems(db, emptyPlanId);
    // Back as it was: the systems out, the plan's "last edited" back.
    await db.transaction('rw', db.systems, db.plans, async () => {
      await db.systems.bulkDelete(stored.map((system) => system.id));
      await db.plans.put(planBefore);
    });
    await expectUnchanged();
    return { check, names: stored.map((system) => system.name) };
  }

  it('imports formulas, markup and prototype names as plain text, as written', async () => {
    const result = await importCsv(fixture('systems-formulas.csv'));
    if ('refused' in result) throw new Error(result.refused);
    expect(result.names).toEqual([
      "=cmd|' /C calc'!A0",
      '+1 555 0100',
      '<script>window.__pwned=1</script>',
      '__proto__',
    ]);
    expect(result.check.rows[0]?.values.description).toBe(
      '=HYPERLINK("https://evil.example","Click")\nsecond line',
    );
    expect(result.check.rows[1]?.values.owner).toBe('@SUM(A1)');
  });

  it('reads a Windows-1252 file as such, and a UTF-16 one', async () => {
    const legacy = await importCsv(fixture('systems-windows-1252.csv'));
    if ('refused' in legacy) throw new Error(legacy.refused);
    expect(legacy.names).toEqual(['Zürich file server']);
    expect(legacy.check.rows[0]?.values.owner).toBe('François € “quoted”');
    const wide = await importCsv(fixture('systems-utf16.csv'));
    if ('refused' in wide) throw new Error(wide.refused);
    expect(wide.check.rows[0]?.values).toMatchObject({ name: 'Mail', rto: 240 });
  });

  it('ignores headings that are prototype keys', async () => {
    const result = await importCsv(fixture('systems-prototype-headers.csv'));
    if ('refused' in result) throw new Error(result.refused);
    expect(result.names).toEqual(['Wiki']);
  });

  it('refuses a binary file (an Excel workbook picked by mistake)', async () => {
    expect(await importCsv(fixture('systems-binary.csv'))).toEqual({
      refused:
        'This is not a text file. If it is an Excel workbook, save it as “CSV UTF-8 (comma delimited)” first.',
    });
  });

  it('names the line of an unclosed quote and of each wrong value, and imports the rest', async () => {
    const unclosed = await importCsv(fixture('systems-unclosed-quote.csv'));
    if ('refused' in unclosed) throw new Error(unclosed.refused);
    expect(unclosed.names).toEqual(['ERP']);
    expect(unclosed.check.problems.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 3, column: null },
    ]);
    expect(unclosed.check.problems[0]?.message).toContain('its closing quote (") is missing');

    const wrong = await importCsv(fixture('systems-wrong-values.csv'));
    if ('refused' in wrong) throw new Error(wrong.refused);
    expect(wrong.names).toEqual(['Mail']);
    expect(wrong.check.problems.map(({ line, column }) => `${line} ${column ?? ''}`)).toEqual([
      '2 RTO',
      '2 Tier',
      '2 Offline/immutable copy',
      '2 Last restore test',
    ]);
  });

  it('quotes at most 60 characters of a 1 MB cell it cannot read', async () => {
    const result = await importCsv(utf8(`Name,RTO\nERP,${'4 h'.repeat(MB / 3)}\n`));
    if ('refused' in result) throw new Error(result.refused);
    const [problem] = result.check.problems;
    expect(problem?.column).toBe('RTO');
    expect(problem?.message.length).toBeLessThan(200);
  });

  it('refuses 5,001 rows, and a 100 MB file by its size before reading it', async () => {
    const rows = Array.from({ length: 5001 }, (_, index) => `System ${index}`).join('\n');
    expect(await importCsv(utf8(`Name\n${rows}\n`))).toEqual({
      refused: 'The file has more than 5,000 rows. Import at most 5,000 at a time: split the file.',
    });
    const file = await sparseFile('huge.csv', 100 * MB);
    expect(await readFileLimited(file, MAX_IMPORT_BYTES)).toEqual({ status: 'too-large', size: 100 * MB });
  });
});

describe('hostile Backstage catalogs', () => {
  beforeAll(async () => {
    before = await dumpDatabase(db);
  });

  /** Import from Backstage…: decode each file, build the plan, store it; refusals leave the database alone. */
  async function importCatalog(
    ...files: { name: string; bytes: Uint8Array }[]
  ): Promise<BackstageImport | null> {
    const texts = files.map((file) => ({ name: file.name, text: decodeYaml(file.bytes) }));
    const decoded = texts.flatMap((file) =>
      file.text === null ? [] : [{ name: file.name, text: file.text }],
    );
    if (decoded.length < texts.length) {
      await expectUnchanged();
      return null;
    }
    const built = importBackstage(decoded, {
      newId: sequentialIds(0x8000),
      now: SAMPLE_NOW,
      planName: 'Catalog',
    });
    if (!built.ok) {
      await expectUnchanged();
      return built;
    }
    const plan = await addImportedPlan(db, built.snapshot);
    await deletePlan(db, plan.id);
    await expectUnchanged();
    return built;
  }

  const problemsOf = (built: BackstageImport | null) =>
    built && !built.ok
      ? built.problems.map(({ file, document, line, field, message }) => ({
          file,
          document,
          line,
          field,
          message,
        }))
      : built;

  it.each([
    [
      'backstage-proto-key.yaml',
      [{ document: 1, line: 7, field: null, message: 'uses the key “__proto__”, which is not allowed' }],
    ],
    [
      'backstage-billion-laughs.yaml',
      [
        {
          document: 1,
          line: 1,
          field: null,
          message: 'uses aliases more than 100 times, which only a file built to exhaust memory does',
        },
      ],
    ],
    [
      'backstage-wrong-types.yaml',
      [
        { document: 1, line: 6, field: 'spec.owner', message: 'must be text' },
        { document: 1, line: 7, field: 'spec.dependsOn', message: 'must be a list of entity references' },
      ],
    ],
  ])('%s is refused with its line and field', async (name, expected) => {
    const built = await importCatalog({ name, bytes: fixture(name) });
    expect(problemsOf(built)).toEqual(expected.map((problem) => ({ file: name, ...problem })));
  });

  it('refuses a truncated file with the line of the YAML error', async () => {
    const built = await importCatalog({ name: 'cut.yaml', bytes: fixture('backstage-truncated.yaml') });
    const [problem] = built && !built.ok ? built.problems : [];
    expect(problem?.file).toBe('cut.yaml');
    expect(problem?.message).toMatch(/^is not valid YAML: /);
    expect(problem?.line).toBeGreaterThan(1);
  });

  it('refuses a file that is not UTF-8 as it is picked', async () => {
    expect(
      await importCatalog({ name: 'latin1.yaml', bytes: fixture('backstage-invalid-utf8.yaml') }),
    ).toBeNull();
  });

  it('reads custom tags as plain text, never as code', async () => {
    const built = await importCatalog({ name: 'tags.yaml', bytes: fixture('backstage-custom-tags.yaml') });
    if (!built?.ok) throw new Error('refused');
    expect(built.snapshot.systems[0]?.description).toBe(
      'function () { return 1 }\n\nBackstage component:default/web.',
    );
  });

  it('imports script and markup in titles, descriptions and owners as plain text', async () => {
    const built = await importCatalog({ name: 'script.yaml', bytes: fixture('backstage-script-text.yaml') });
    if (!built?.ok) throw new Error('refused');
    expect(built.snapshot.systems[0]?.name).toBe('<script>window.__pwned=1</script>');
    expect(built.snapshot.systems[0]?.owner).toBe('"><svg onload=alert(1)>');
  });

  it('imports an entity of an apiVersion it does not know (the import reads kinds, not versions)', async () => {
    const built = await importCatalog({
      name: 'v9.yaml',
      bytes: fixture('backstage-future-api-version.yaml'),
    });
    expect(built?.ok).toBe(true);
  });

  it.each([
    ['10,000 block levels on one line', `${'- '.repeat(10_000)}x\n`, 'nests more than 16 levels on one line'],
    [
      '20,000 brackets',
      `${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
      'nests brackets more than 64 levels deep',
    ],
    [
      '300 levels of indentation',
      Array.from({ length: 300 }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n'),
      'is indented more than 200 spaces',
    ],
  ])('refuses %s before the parser sees it (it would abort the process)', async (_, text, message) => {
    const built = await importCatalog({ name: 'deep.yaml', bytes: utf8(text) });
    expect(problemsOf(built)).toEqual([
      expect.objectContaining({ file: 'deep.yaml', document: null, message }),
    ]);
  });

  it('refuses a 3 MB catalog file, and a 100 MB one by its size before reading it', async () => {
    const padding = `# ${'x'.repeat(3 * MB)}\n`;
    const built = await importCatalog({ name: 'big.yaml', bytes: utf8(padding) });
    expect(problemsOf(built)).toEqual([
      {
        file: 'big.yaml',
        document: null,
        line: null,
        field: null,
        message: 'is 3.0 MB; a catalog file can be at most 2.0 MB',
      },
    ]);
    const file = await sparseFile('huge.yaml', 100 * MB);
    expect(await readFileLimited(file, MAX_CATALOG_BYTES)).toEqual({ status: 'too-large', size: 100 * MB });
  });

  it('imports a 1.9 MB description, cut to the field’s limit', async () => {
    const long = 'word '.repeat(380_000);
    const text = `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\n  description: ${long}\n`;
    const built = await importCatalog({ name: 'long.yaml', bytes: utf8(text) });
    if (!built?.ok) throw new Error('refused');
    expect(built.snapshot.systems[0]?.description.length).toBeLessThanOrEqual(5000);
  });
});
