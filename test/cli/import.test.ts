import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSnapshotSchema } from '../../shared/bundle/snapshot';
import { drp, lines, tempDir } from './harness';

const FIXTURE = join(import.meta.dirname, '../fixtures/systems-import.csv');

async function readSnapshot(path: string) {
  const bundle: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (bundle === null || typeof bundle !== 'object' || !('content' in bundle))
    throw new Error('not a bundle');
  return planSnapshotSchema.parse(bundle.content);
}

describe('drp import csv', () => {
  it('makes a valid plan, named after the file, from the rows it can read, listing the rest with their lines', async () => {
    const out = join(await tempDir(), 'systems.drplan.json');
    const result = await drp(['import', 'csv', FIXTURE, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `wrote ${out}: “systems-import” with 6 systems; skipped 2 rows (listed above)\n`,
    );
    const problems = lines(result.stderr);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`^${FIXTURE}:5: RTO: `));
    expect(problems[1]).toMatch(new RegExp(`^${FIXTURE}:9: Name: `));

    const snapshot = await readSnapshot(out);
    expect(snapshot.plan.name).toBe('systems-import');
    expect(snapshot.systems.map((system) => system.name)).toEqual([
      'ERP',
      'Mail',
      'Core network',
      'File server',
      'Wiki',
      'Telefonie Zürich',
    ]);
    expect(snapshot.systems[0]).toMatchObject({ tier: 1, rto: 240, rpo: 60, type: 'application' });
    expect(snapshot.systems.map((system) => system.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect((await drp(['validate', out])).code).toBe(0);
    expect((await drp(['analyze', out, '--json'])).code).toBe(0);
  });

  it('takes the plan name from --name, and encrypts with --passphrase-file', async () => {
    const dir = await tempDir();
    const passphrase = join(dir, 'passphrase.txt');
    await writeFile(passphrase, 'hunter2 hunter2\n');
    const out = join(dir, 'plan.drplan.json');
    const args = ['import', 'csv', FIXTURE, '--out', out, '--name', 'Zürich office'];
    expect((await drp([...args, '--passphrase-file', passphrase])).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('"dr-planner-plan-encrypted"');
    const opened = await drp(['validate', out, '--passphrase-file', passphrase]);
    expect(opened.stdout).toContain('“Zürich office”, 6 systems');
  });

  it.each([
    ['no Name column', 'Owner;Tier\nIT;1\n', /No column is imported as Name/],
    ['no rows', 'Name;Tier\n', /a heading row but no rows below it/],
    ['only bad rows', 'Name;RTO\nERP;soon\n', /: no row could be imported$/m],
  ])('exits 2 for %s, writing nothing', async (_label, csv, message) => {
    const dir = await tempDir();
    const input = join(dir, 'systems.csv');
    await writeFile(input, csv);
    const out = join(dir, 'plan.drplan.json');
    const result = await drp(['import', 'csv', input, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a bad --name and more than one file', async () => {
    const out = join(await tempDir(), 'plan.drplan.json');
    const blank = await drp(['import', 'csv', FIXTURE, '--out', out, '--name', '  ']);
    expect(lines(blank.stderr)[0]).toBe('drp import: --name is required');
    const two = await drp(['import', 'csv', FIXTURE, FIXTURE, '--out', out]);
    expect(lines(two.stderr)[0]).toBe('drp import: import csv takes one file');
    expect([blank.code, two.code]).toEqual([2, 2]);
  });
});

describe('drp import backstage', () => {
  const BACKSTAGE = join(import.meta.dirname, '../fixtures/backstage');
  const CATALOG = join(BACKSTAGE, 'example-catalog.yaml');

  it('makes a valid plan from a catalog, listing what it could not place on stderr', async () => {
    const out = join(await tempDir(), 'catalog.drplan.json');
    const result = await drp(['import', 'backstage', CATALOG, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `^wrote ${out}: “DR plan from Backstage” with 8 systems, 2 processes, \\d+ dependencies, ` +
          `\\d+ contacts and \\d+ teams, from 14 entities in 1 file; 2 references not found, 1 entity left out \\(listed above\\)\n$`,
      ),
    );
    const notes = lines(result.stderr);
    expect(notes).toHaveLength(3);
    expect(notes[0]).toBe(
      `not found: ${CATALOG}, document 2, system:default/audio-playback spec.owner: group:default/team-c is not in the imported files; a team named “team-c” was added without members`,
    );
    expect(notes[2]).toMatch(
      new RegExp(`^left out: ${CATALOG}, document 11: api:default/wayback-archive is an API`),
    );

    const snapshot = await readSnapshot(out);
    expect(snapshot.systems).toHaveLength(8);
    expect(snapshot.plan.name).toBe('DR plan from Backstage');
    const validated = await drp(['validate', out]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('8 systems');
  });

  it('reads several files as one catalog, and takes --name and --passphrase-file', async () => {
    const dir = await tempDir();
    const passphrase = join(dir, 'passphrase.txt');
    await writeFile(passphrase, 'hunter2 hunter2\n');
    const out = join(dir, 'plan.drplan.json');
    const org = join(BACKSTAGE, 'org.yaml');
    const args = ['import', 'backstage', CATALOG, org, '--out', out, '--name', 'Zürich platform'];
    const result = await drp([...args, '--passphrase-file', passphrase]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('from 15 entities in 2 files; 1 reference not found');
    // The second file defines team-c, so only team-d is still missing.
    expect(result.stderr).not.toContain('team-c');
    expect(await readFile(out, 'utf8')).toContain('"dr-planner-plan-encrypted"');
    const opened = await drp(['validate', out, '--passphrase-file', passphrase]);
    expect(opened.stdout).toContain('“Zürich platform”, 8 systems');
  });

  it('refuses a file that is not valid YAML with its line and column: exit 2, nothing written', async () => {
    const out = join(await tempDir(), 'plan.drplan.json');
    const broken = join(BACKSTAGE, 'broken.yaml');
    const result = await drp(['import', 'backstage', CATALOG, broken, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      `${broken}, document 1, line 5, column 16: the document is not valid YAML: Nested mappings are not allowed in compact mappings`,
    ]);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    [
      'a file that is not UTF-8',
      new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xe9, 0x0a]),
      /catalog-info\.yaml: not UTF-8 text, so not a YAML file$/m,
    ],
    [
      'deep nesting, before the parser recurses',
      new TextEncoder().encode(`${'['.repeat(5000)}\n`),
      /catalog-info\.yaml, line 1: the line nests brackets more than 64 levels deep$/m,
    ],
    [
      'a catalog with nothing to import',
      new TextEncoder().encode('apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: a}\n'),
      /no Component, Resource or System/,
    ],
  ])('refuses %s: exit 2', async (_label, bytes, message) => {
    const dir = await tempDir();
    const input = join(dir, 'catalog-info.yaml');
    await writeFile(input, bytes);
    const result = await drp(['import', 'backstage', input, '--out', join(dir, 'plan.drplan.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(dir)).toEqual(['catalog-info.yaml']);
  });

  it('refuses the same file named twice', async () => {
    const result = await drp(['import', 'backstage', CATALOG, CATALOG, '--out', 'plan.drplan.json']);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toBe(`drp import: ${CATALOG} is named twice`);
  });
});

describe('drp import: arguments', () => {
  it.each([
    [['import', 'excel', 'x.xlsx', '--out', 'o'], 'drp import: unknown source "excel"; use csv or backstage'],
    [['import', 'csv', '--out', 'o'], 'drp import: missing the file(s) to import'],
    [['import', 'csv', 'x.csv'], 'drp import: missing --out <plan.drplan.json>'],
  ])('%j: exit 2', async (args, message) => {
    const result = await drp(args);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toBe(message);
  });
});
