import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/plan-pdf';
import { samplePlan, UNICODE_NAME } from '../support/sample-plan';
import { readZip } from '../support/zip';
import { drp, lines, tempDir, writePlanFile } from './harness';

/** `drp hash --short` of the file: what every page of its documents must carry. */
async function shortHash(path: string, ...options: string[]): Promise<string> {
  const result = await drp(['hash', path, '--short', ...options]);
  expect(result.code).toBe(0);
  return result.stdout.trim();
}

async function exportTo(format: string, name: string, ...options: string[]) {
  const dir = await tempDir();
  const input = await writePlanFile(dir, 'in.drplan.json', { snapshot: samplePlan() });
  const out = join(dir, name);
  const result = await drp(['export', input, '--format', format, '--out', out, ...options]);
  return { dir, input, out, result };
}

describe('drp export: the app’s documents', () => {
  it('--format pdf writes the full plan: the BIA, the short content hash and the plan’s Unicode name', async () => {
    const { input, out, result } = await exportTo('pdf', 'plan.pdf', '--now', '2026-11-23');
    expect(result).toEqual({ code: 0, stdout: `wrote ${out}\n`, stderr: '' });
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(out);
    expect(text).toContain('Business impact analysis');
    expect(text).toContain(`Content hash ${await shortHash(input)}`);
    expect(text).toContain(UNICODE_NAME);
  });

  it('--format runbooks-pdf holds the runbook’s steps', async () => {
    const { out, result } = await exportTo('runbooks-pdf', 'runbooks.pdf');
    expect(result.code).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('Confirm the outage');
    expect(text).toContain('Fail over DNS');
  });

  it('--format pocket-cards-pdf has a card for the role', async () => {
    const { out, result } = await exportTo('pocket-cards-pdf', 'cards.pdf');
    expect(result.code).toBe(0);
    expect(pdfText(out)).toContain('The first hour for DR coordinator');
  });

  it('--format docx writes a Word file: a zip whose document carries the plan, the map as SVG and a table', async () => {
    const { out, result } = await exportTo('docx', 'plan.docx');
    expect(result.code).toBe(0);
    const files = readZip(await readFile(out));
    const document = files.get('word/document.xml') ?? '';
    expect(document).toContain(UNICODE_NAME);
    expect(document).toContain('Business impact analysis');
    // Node has no canvas: the map goes in as the SVG, followed by the dependencies as a list.
    expect([...files.keys()].some((name) => name.startsWith('word/media/') && name.endsWith('.svg'))).toBe(
      true,
    );
    expect(document).toContain('The same dependencies, as a list');
  });

  it('--format md writes one Markdown file with the map as Mermaid', async () => {
    const { input, out, result } = await exportTo('md', 'plan.md');
    expect(result.code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/^# Plan for Zürich – Łódź – Ærøskøbing\n/);
    expect(text).toContain('```mermaid');
    expect(text).toContain(`(short: ${await shortHash(input)})`);
  });

  it('--format csv creates the --out directory and writes one file per table into it', async () => {
    const { out, result } = await exportTo('csv', 'tables/2026');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const names = (await readdir(out)).sort();
    expect(names).toHaveLength(6);
    expect(names.map((name) => name.replace(/^.* - /, '')).sort()).toEqual([
      'contacts.csv',
      'dependencies.csv',
      'findings.csv',
      'processes.csv',
      'systems.csv',
      'vendors.csv',
    ]);
    expect(lines(result.stdout).sort()).toEqual(names.map((name) => `wrote ${join(out, name)}`));
    expect(
      await readFile(join(out, names.find((name) => name.endsWith('systems.csv')) ?? ''), 'utf8'),
    ).toContain('Domain, DNS and CDN');
  });

  it('--format systems-csv writes the inventory that drp import csv reads back', async () => {
    const { dir, out, result } = await exportTo('systems-csv', 'systems.csv');
    expect(result.code).toBe(0);
    const back = join(dir, 'back.drplan.json');
    const imported = await drp(['import', 'csv', out, '--out', back]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`with ${samplePlan().systems.length} systems\n`);
  });

  it('exports a PDF from an encrypted plan file with --passphrase-file, and asks for one without it', async () => {
    const dir = await tempDir();
    const input = await writePlanFile(dir, 'secret.drplan.json', { passphrase: 'open sesame' });
    const passphrase = join(dir, 'passphrase.txt');
    await writeFile(passphrase, 'open sesame\n');
    const out = join(dir, 'plan.pdf');
    const args = ['export', input, '--format', 'pdf', '--out', out];

    const refused = await drp(args);
    expect(refused.code).toBe(2);
    expect(lines(refused.stderr)[0]).toContain('is encrypted; pass --passphrase-file');
    expect(await readdir(dir)).not.toContain('plan.pdf');

    expect((await drp([...args, '--passphrase-file', passphrase])).code).toBe(0);
    expect(pdfText(out)).toContain(`Content hash ${await shortHash(input, '--passphrase-file', passphrase)}`);
  });

  it('judges dates against --now, as drp analyze does', async () => {
    const { out, result } = await exportTo('md', 'plan.md', '--now', '2029-01-01');
    expect(result.code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toContain('Every finding of the plan’s analysis on 2029-01-01');
    expect(text).toContain('0 of 2 contacts were verified in the last 6 months.');
  });

  it('refuses a --now that is not a day, before writing anything', async () => {
    const { dir, result } = await exportTo('md', 'plan.md', '--now', '2026-02-30');
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toBe(
      'drp export: --now must be a date as YYYY-MM-DD, such as 2026-03-31 (got "2026-02-30")',
    );
    expect(await readdir(dir)).toEqual(['in.drplan.json']);
  });
});
