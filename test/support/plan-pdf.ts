import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import type { PlanSnapshot } from '../../shared/bundle/snapshot';
import { contentHash } from '../../shared/bundle/content-hash';
import { analyseSnapshot } from '../../shared/analysis/plan-analysis';
import { buildPlanDocument, planMapFigure } from '../../shared/export/document/plan';
import type { PlanDocument } from '../../shared/export/document/model';
import { renderPdf, type RenderPdfOptions } from '../../shared/export/pdf/render-pdf';
import { SAMPLE_NOW } from './sample-plan';
import { loadPdfFonts } from './pdf-fonts';

/** The plan document of a snapshot as the app builds it: analysis, hash and map first. */
export async function planDocumentOf(snapshot: PlanSnapshot, now = SAMPLE_NOW): Promise<PlanDocument> {
  const today = now.slice(0, 10);
  const analysis = analyseSnapshot(snapshot, today);
  return buildPlanDocument({
    snapshot,
    analysis,
    contentHash: await contentHash(webcrypto, snapshot),
    generatedAt: now,
    today,
    map: await planMapFigure(snapshot, analysis),
  });
}

export async function renderPlanPdf(
  document: PlanDocument,
  options: Omit<RenderPdfOptions, 'fonts'> = {},
): Promise<Uint8Array> {
  return renderPdf(document, { fonts: await loadPdfFonts(), ...options });
}

/** Writes the PDF to a temporary file and returns its path. */
export function writeTempPdf(bytes: Uint8Array, name = 'plan.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'drp-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** pdftotext -layout of the whole file, or of one page. */
export function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const result = spawnSync('pdftotext', ['-layout', ...range, path, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

export function pdfPageCount(path: string): number {
  const result = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(result.stdout);
  if (!pages?.[1]) throw new Error(`pdfinfo failed: ${result.stderr}`);
  return Number(pages[1]);
}
