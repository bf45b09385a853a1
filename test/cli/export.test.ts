import { webcrypto } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { contentHash } from '../../shared/bundle/content-hash';
import { samplePlan } from '../support/sample-plan';
import { CLI_NOW, drp, lines, tempDir, writePlanFile } from './harness';

async function readJson(path: string): Promise<Record<string, unknown>> {
  const value: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
  return { ...value };
}

describe('drp export --format bundle', () => {
  it('writes a plan file with the same content hash, stamped with the export time and drp’s version', async () => {
    const dir = await tempDir();
    const plan = samplePlan();
    const input = await writePlanFile(dir, 'in.drplan.json', { snapshot: plan });
    const out = join(dir, 'out.drplan.json');
    const result = await drp(['export', input, '--format', 'bundle', '--out', out]);
    expect(result).toEqual({ code: 0, stdout: `wrote ${out}\n`, stderr: '' });

    const written = await readJson(out);
    expect(written.contentHash).toBe(await contentHash(webcrypto, plan));
    expect(written.exportedAt).toBe(CLI_NOW.toISOString());
    expect(written.app).toEqual({ name: 'DR Planner', version });
    expect((await drp(['hash', out])).stdout).toBe((await drp(['hash', input])).stdout);
    expect((await drp(['validate', out])).code).toBe(0);
  });

  it('replaces an existing file whole, leaving no temporary file behind', async () => {
    const dir = await tempDir();
    const input = await writePlanFile(dir, 'in.drplan.json');
    const out = join(dir, 'out.drplan.json');
    await writeFile(out, 'old content');
    expect((await drp(['export', input, '--format', 'bundle', '--out', out])).code).toBe(0);
    expect((await readJson(out)).format).toBe('dr-planner-plan');
    expect((await readdir(dir)).sort()).toEqual(['in.drplan.json', 'out.drplan.json']);
  });

  it('encrypts with --passphrase-file; the right passphrase opens it with the same hash, a wrong one is refused', async () => {
    const dir = await tempDir();
    const plan = samplePlan();
    const input = await writePlanFile(dir, 'in.drplan.json', { snapshot: plan });
    const passphrase = join(dir, 'passphrase.txt');
    await writeFile(passphrase, 'correct horse battery staple\n');
    const out = join(dir, 'secret.drplan.json');
    expect(
      (await drp(['export', input, '--format', 'bundle', '--out', out, '--passphrase-file', passphrase]))
        .code,
    ).toBe(0);

    const text = await readFile(out, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'dr-planner-plan-encrypted' });
    expect(text).not.toContain('Ærøskøbing');

    const opened = await drp(['hash', out, '--passphrase-file', passphrase]);
    expect(opened.stdout).toBe(`${await contentHash(webcrypto, plan)}\n`);

    const wrong = join(dir, 'wrong.txt');
    await writeFile(wrong, 'Correct horse battery staple\n');
    const refused = await drp(['hash', out, '--passphrase-file', wrong]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(lines(refused.stderr)).toEqual([
      '$: The passphrase is wrong, or the file was changed after it was encrypted.',
    ]);
    expect((await drp(['analyze', out])).code).toBe(2);
  });

  it('decrypts with --plain', async () => {
    const dir = await tempDir();
    const input = await writePlanFile(dir, 'secret.drplan.json', { passphrase: 'open sesame' });
    const passphrase = join(dir, 'passphrase.txt');
    await writeFile(passphrase, 'open sesame');
    const out = join(dir, 'plain.drplan.json');
    const args = ['export', input, '--format', 'bundle', '--out', out, '--passphrase-file', passphrase];
    expect((await drp([...args, '--plain'])).code).toBe(0);
    expect((await readJson(out)).format).toBe('dr-planner-plan');
    expect((await drp(['hash', out])).stdout).toBe(
      (await drp(['hash', input, '--passphrase-file', passphrase])).stdout,
    );
  });

  it('says why it cannot write, and exits 2', async () => {
    const dir = await tempDir();
    const input = await writePlanFile(dir, 'in.drplan.json');
    const out = join(dir, 'no-such-folder', 'out.drplan.json');
    const result = await drp(['export', input, '--format', 'bundle', '--out', out]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toBe(`drp export: cannot write ${out}: no such file or directory`);
  });

  it('refuses --plain without a passphrase file', async () => {
    const dir = await tempDir();
    const input = await writePlanFile(dir, 'in.drplan.json');
    const result = await drp(['export', input, '--format', 'bundle', '--out', join(dir, 'o'), '--plain']);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toBe(
      'drp export: --plain goes with --format bundle and --passphrase-file',
    );
  });
});

describe('drp export: formats', () => {
  it('refuses an unknown format, naming the ones there are', async () => {
    const result = await drp(['export', 'in.drplan.json', '--format', 'pptx', '--out', 'x']);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toBe(
      'drp export: unknown format "pptx"; use one of pdf, runbooks-pdf, pocket-cards-pdf, docx, md, csv, systems-csv, bundle',
    );
  });
});
