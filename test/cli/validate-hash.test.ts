import { webcrypto } from 'node:crypto';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT_VERSION, MAX_BUNDLE_BYTES } from '../../shared/bundle/bundle';
import { contentHash, shortHash } from '../../shared/bundle/content-hash';
import { samplePlan, UNICODE_NAME } from '../support/sample-plan';
import { bundleText, drp, lines, tempDir, writePlanFile } from './harness';

describe('drp validate', () => {
  it('exits 0 with a summary for a valid plan file', async () => {
    const plan = samplePlan();
    const path = await writePlanFile(await tempDir(), 'plan.drplan.json', { snapshot: plan });
    const result = await drp(['validate', path]);
    const counts = `${plan.systems.length} systems, ${plan.processes.length} processes`;
    expect(result).toEqual({
      code: 0,
      stdout: `${path}: valid — “Plan for ${UNICODE_NAME}”, ${counts}, format ${BUNDLE_FORMAT_VERSION}\n`,
      stderr: '',
    });
  });

  it('exits 2 with one "JSON path: message" line per problem', async () => {
    const plan = samplePlan();
    const text = (await bundleText(plan))
      .replace(`"id": "${plan.systems[2]?.id ?? ''}"`, '"id": "not-a-uuid"')
      .replace(/"tier": 1,/, '"tier": 9,');
    const path = await writePlanFile(await tempDir(), 'broken.drplan.json', { text });
    const result = await drp(['validate', path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const problems = lines(result.stderr);
    expect(problems).toContain('$.content.systems[2].id: must be a valid id (UUID)');
    expect(problems.some((line) => /^\$\.content\.systems\[\d+\]\.tier: /.test(line))).toBe(true);
    for (const line of problems) expect(line).toMatch(/^\$[^ ]*: \S/);
  });

  it('refuses a hostile file (a __proto__ key) with its path', async () => {
    const text = (await bundleText()).replace('"tier":', '"__proto__": {"polluted": true}, "tier":');
    const path = await writePlanFile(await tempDir(), 'hostile.drplan.json', { text });
    const result = await drp(['validate', path]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      '$.content.systems[0].__proto__: the key "__proto__" is not allowed',
    ]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each([
    ['not JSON', '{"format": ', /^\$: The file is not valid JSON/],
    ['another JSON file', '{"name": "my-package"}', /^\$\.format: The file is not a DR Planner plan file/],
    ['a newer format', '{"format": "dr-planner-plan", "formatVersion": 99}', /made by a newer DR Planner/],
  ])('refuses %s', async (_label, text, message) => {
    const path = await writePlanFile(await tempDir(), 'x.drplan.json', { text });
    const result = await drp(['validate', path]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toMatch(message);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = join(await tempDir(), 'huge.drplan.json');
    await writeFile(path, '');
    await truncate(path, MAX_BUNDLE_BYTES + 1);
    let reads = 0;
    const result = await drp(['validate', path], {
      readFile: () => {
        reads += 1;
        return Promise.reject(new Error('read'));
      },
    });
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toBe(
      `drp validate: ${path}: The file is 50.0 MB; plan files can be at most 50.0 MB`,
    );
    expect(reads).toBe(0);
  });

  it('warns on stderr, without failing, when the content was edited after export', async () => {
    const text = (await bundleText()).replace('"Ærøskøbing Trading ApS"', '"Edited by hand"');
    const path = await writePlanFile(await tempDir(), 'edited.drplan.json', { text });
    const result = await drp(['validate', path]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^warning: .*edited\.drplan\.json: The file's content hash .* it was edited after it was exported\.\n$/,
    );
  });

  it('asks for --passphrase-file for an encrypted file, and opens it with the right one', async () => {
    const dir = await tempDir();
    const path = await writePlanFile(dir, 'secret.drplan.json', { passphrase: 'correct horse' });
    const without = await drp(['validate', path]);
    expect(without.code).toBe(2);
    expect(lines(without.stderr)[0]).toBe(
      `drp validate: ${path} is encrypted; pass --passphrase-file <file holding the passphrase>`,
    );

    const right = join(dir, 'right.txt');
    await writeFile(right, 'correct horse\n');
    const opened = await drp(['validate', path, '--passphrase-file', right]);
    expect(opened.code).toBe(0);
    expect(opened.stdout).toMatch(/, encrypted\n$/);

    const wrong = join(dir, 'wrong.txt');
    await writeFile(wrong, 'battery staple\n');
    const refused = await drp(['validate', path, '--passphrase-file', wrong]);
    expect(refused.code).toBe(2);
    expect(lines(refused.stderr)).toEqual([
      '$: The passphrase is wrong, or the file was changed after it was encrypted.',
    ]);
  });
});

describe('drp hash', () => {
  it('prints the full content hash, the same as contentHash, and --short the first 12 digits', async () => {
    const plan = samplePlan();
    const expected = await contentHash(webcrypto, plan);
    const path = await writePlanFile(await tempDir(), 'plan.drplan.json', { snapshot: plan });
    expect(await drp(['hash', path])).toEqual({ code: 0, stdout: `${expected}\n`, stderr: '' });
    expect((await drp(['hash', path, '--short'])).stdout).toBe(`${shortHash(expected)}\n`);
  });

  it('changes when the content changes', async () => {
    const dir = await tempDir();
    const plan = samplePlan();
    const changed = { ...plan, plan: { ...plan.plan, organisation: 'Another organisation' } };
    const a = await drp(['hash', await writePlanFile(dir, 'a.drplan.json', { snapshot: plan })]);
    const b = await drp(['hash', await writePlanFile(dir, 'b.drplan.json', { snapshot: changed })]);
    expect(a.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(b.stdout).not.toBe(a.stdout);
  });
});
