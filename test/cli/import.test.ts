import { readFile, writeFile } from 'node:fs/promises';
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
  it('is not in this build yet: exit 2', async () => {
    const result = await drp(['import', 'backstage', 'catalog-info.yaml', '--out', 'plan.drplan.json']);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toBe('drp import: import backstage is not available in this build yet');
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
