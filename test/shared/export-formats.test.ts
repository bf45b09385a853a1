import { webcrypto } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../shared/analysis/plan-analysis';
import { contentHash } from '../../shared/bundle/content-hash';
import { readBundle } from '../../shared/bundle/read-bundle';
import { decodeUtf8 } from '../../shared/bundle/utf8';
import {
  availableExportFormats,
  EXPORT_FORMATS,
  exportFormat,
  type ExportContext,
} from '../../shared/export/formats';
import { loadPdfFonts } from '../support/pdf-fonts';
import { pdfText, writeTempPdf } from '../support/plan-pdf';
import { samplePlan, SAMPLE_NOW, UNICODE_NAME } from '../support/sample-plan';
import { readZip } from '../support/zip';

const crypto = webcrypto;
const app = { name: 'DR Planner', version: '0.1.0' };

function context(passphrase: string | null = null) {
  const steps: string[] = [];
  const value: ExportContext = {
    crypto,
    generatedAt: SAMPLE_NOW,
    today: '2026-11-23',
    app,
    passphrase,
    fonts: loadPdfFonts,
    mapImage: () => Promise.resolve(null),
    progress: (label) => steps.push(label),
  };
  return { value, steps };
}

function run(id: string, passphrase: string | null = null) {
  const format = exportFormat(id);
  if (!format) throw new Error(`no format ${id}`);
  const snapshot = samplePlan();
  const analysis = analysePlan({
    lastApprovedAt: null,
    ...snapshot,
    mtdThreshold: snapshot.plan.mtdThreshold,
    today: '2026-11-23',
  });
  const ctx = context(passphrase);
  return { snapshot, steps: ctx.steps, output: format.generate(snapshot, analysis, ctx.value) };
}

describe('the export format table', () => {
  it('has one entry per format the issue names, each with a label, a description and a filter', () => {
    expect(EXPORT_FORMATS.map((format) => format.id)).toEqual([
      'bundle',
      'pdf',
      'runbooks-pdf',
      'pocket-cards-pdf',
      'docx',
      'md',
      'csv',
      'systems-csv',
    ]);
    for (const format of EXPORT_FORMATS) {
      expect(format.label).not.toBe('');
      expect(format.description).not.toBe('');
      expect(format.filter.extensions.length).toBeGreaterThan(0);
    }
  });

  it('offers every format in the export dialog', () => {
    expect(availableExportFormats()).toEqual(EXPORT_FORMATS);
  });

  it('pdf, runbooks-pdf and pocket-cards-pdf: real PDFs with the hash, named after the plan', async () => {
    const expected = {
      pdf: ['DR plan', '10. Appendices'],
      'runbooks-pdf': ['runbooks', 'Fail over DNS'],
      'pocket-cards-pdf': ['role pocket cards', 'DR coordinator'],
    };
    for (const [id, [what, text]] of Object.entries(expected)) {
      const { snapshot, output, steps } = run(id);
      const { files } = await output;
      expect(files.map((file) => file.name)).toEqual([`Plan for ${UNICODE_NAME} - ${what}.pdf`]);
      const pdf = pdfText(writeTempPdf(files[0]?.data ?? new Uint8Array()));
      expect(pdf).toContain(text);
      expect(pdf).toContain(UNICODE_NAME);
      expect(pdf).toContain((await contentHash(crypto, snapshot)).slice(0, 12));
      expect(steps.length).toBeGreaterThan(2);
    }
  });

  it('docx: a Word file with the plan in it', async () => {
    const { files } = await run('docx').output;
    expect(files[0]?.name).toBe(`Plan for ${UNICODE_NAME} - DR plan.docx`);
    const xml = readZip(files[0]?.data ?? new Uint8Array()).get('word/document.xml') ?? '';
    expect(xml).toContain('Heading1');
    expect(xml).toContain('Ærøskøbing');
  });

  it('md: one Markdown file with the map as Mermaid', async () => {
    const { files } = await run('md').output;
    const text = decodeUtf8(files[0]?.data ?? new Uint8Array()) ?? '';
    expect(files[0]?.name).toBe(`Plan for ${UNICODE_NAME} - DR plan.md`);
    expect(text).toContain('```mermaid');
    expect(text).toContain('Business impact analysis');
  });

  it('csv: one file per table', async () => {
    const { files } = await run('csv').output;
    expect(files).toHaveLength(6);
    for (const file of files) expect(file.name).toMatch(/\.csv$/);
  });

  it('bundle: the file reads back as the same plan with the same content hash', async () => {
    const { snapshot, output, steps } = run('bundle');
    const { files } = await output;
    expect(files.map((file) => file.name)).toEqual([`Plan for ${UNICODE_NAME} - plan.drplan.json`]);
    const read = await readBundle(files[0]?.data ?? new Uint8Array(), { crypto });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.snapshot).toEqual(snapshot);
    expect(read.contentHash).toBe(await contentHash(crypto, snapshot));
    expect(read).toMatchObject({ exportedAt: SAMPLE_NOW, app, encrypted: false, warnings: [] });
    expect(steps).toEqual(['Computing the content hash', 'Writing the file']);
  });

  it('bundle with a passphrase: unreadable without it, the same plan and hash with it', async () => {
    const { snapshot, output, steps } = run('bundle', 'correct horse battery staple');
    const { files } = await output;
    const data = files[0]?.data ?? new Uint8Array();
    expect(files[0]?.name).toBe(`Plan for ${UNICODE_NAME} - plan (encrypted).drplan.json`);
    expect(decodeUtf8(data)).not.toContain('Zürich');
    expect(steps).toContain('Encrypting with your passphrase');

    const locked = await readBundle(data, { crypto });
    expect(locked).toMatchObject({ ok: false, reason: 'passphrase-needed' });
    const wrong = await readBundle(data, { crypto, passphrase: 'wrong' });
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
    const read = await readBundle(data, { crypto, passphrase: 'correct horse battery staple' });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.encrypted).toBe(true);
    expect(read.snapshot).toEqual(snapshot);
    expect(read.contentHash).toBe(await contentHash(crypto, snapshot));
  });

  it('systems CSV: one row per system, readable as UTF-8 by Excel', async () => {
    const { snapshot, output } = run('systems-csv');
    const { files } = await output;
    expect(files.map((file) => file.name)).toEqual([`Plan for ${UNICODE_NAME} - systems.csv`]);
    const text = decodeUtf8(files[0]?.data ?? new Uint8Array()) ?? '';
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((row) => row[0])).toEqual(snapshot.systems.map((system) => system.name));
  });
});
