import type { PlanAnalysis } from '../analysis/plan-analysis';
import { contentHash } from '../bundle/content-hash';
import { contentOf, type PlanSnapshot } from '../bundle/snapshot';
import { encodeUtf8 } from '../bundle/utf8';
import { planCsvFiles } from './csv/plan-csv';
import { buildPocketCards } from './document/build-pocket-cards';
import { buildRunbooksDocument } from './document/build-runbooks-document';
import type { DocumentInput } from './document/document-meta';
import type { PlanDocument } from './document/model';
import { buildPlanDocument } from './document/plan/build-plan-document';
import { planMapFigure } from './document/plan/map-figure';
import { renderDocx } from './docx/render-docx';
import { exportFileName } from './file-name';
import type { ExportContext, ExportOutput } from './formats';
import { renderMarkdown } from './markdown/render-markdown';
import { renderPdf } from './pdf/render-pdf';

/**
 * The document exports as the format table runs them: build the document
 * once (shared/export/document), draw it in the chosen format, name the file.
 * The app's export worker and `drp export` both come through here, so a PDF
 * from the command line is the PDF from the app.
 */

type Context = Pick<ExportContext, 'crypto' | 'generatedAt' | 'today' | 'progress'>;

async function documentInput(snapshot: PlanSnapshot, analysis: PlanAnalysis, context: Context) {
  context.progress('Computing the content hash', 0.02);
  // What the plan says, without its history: an approved version's pages carry its revision's hash.
  const hash = await contentHash(context.crypto, contentOf(snapshot));
  return { snapshot, analysis, contentHash: hash, generatedAt: context.generatedAt } satisfies DocumentInput;
}

async function fullPlanDocument(snapshot: PlanSnapshot, analysis: PlanAnalysis, context: Context) {
  const input = await documentInput(snapshot, analysis, context);
  context.progress('Laying out the dependency map', 0.05);
  const map = await planMapFigure(snapshot, analysis);
  context.progress('Writing the sections', 0.1);
  return buildPlanDocument({ ...input, today: context.today, map });
}

async function pdfFile(
  document: PlanDocument,
  context: Pick<ExportContext, 'fonts' | 'progress'>,
  name: string,
): Promise<ExportOutput> {
  const fonts = await context.fonts();
  const data = await renderPdf(document, {
    fonts,
    onProgress: (done, label) => {
      context.progress(label, 0.15 + 0.85 * done);
    },
  });
  return { files: [{ name, data: new Uint8Array(data) }] };
}

export async function exportPlanPdf(snapshot: PlanSnapshot, analysis: PlanAnalysis, context: ExportContext) {
  const document = await fullPlanDocument(snapshot, analysis, context);
  return pdfFile(document, context, exportFileName(snapshot.plan, 'DR plan', 'pdf'));
}

export async function exportRunbooksPdf(
  snapshot: PlanSnapshot,
  analysis: PlanAnalysis,
  context: ExportContext,
): Promise<ExportOutput> {
  const document = buildRunbooksDocument(await documentInput(snapshot, analysis, context));
  return pdfFile(document, context, exportFileName(snapshot.plan, 'runbooks', 'pdf'));
}

export async function exportPocketCardsPdf(
  snapshot: PlanSnapshot,
  analysis: PlanAnalysis,
  context: ExportContext,
): Promise<ExportOutput> {
  const document = buildPocketCards(await documentInput(snapshot, analysis, context));
  return pdfFile(document, context, exportFileName(snapshot.plan, 'role pocket cards', 'pdf'));
}

export async function exportPlanDocx(
  snapshot: PlanSnapshot,
  analysis: PlanAnalysis,
  context: ExportContext,
): Promise<ExportOutput> {
  const document = await fullPlanDocument(snapshot, analysis, context);
  context.progress('Drawing the dependency map', 0.4);
  const mapImage = await context.mapImage();
  context.progress('Writing the Word file', 0.6);
  const data = await renderDocx(document, mapImage ? { mapImage } : {});
  return { files: [{ name: exportFileName(snapshot.plan, 'DR plan', 'docx'), data: new Uint8Array(data) }] };
}

export async function exportPlanMarkdown(
  snapshot: PlanSnapshot,
  analysis: PlanAnalysis,
  context: ExportContext,
): Promise<ExportOutput> {
  const document = await fullPlanDocument(snapshot, analysis, context);
  context.progress('Writing the Markdown', 0.8);
  const text = renderMarkdown(document);
  return { files: [{ name: exportFileName(snapshot.plan, 'DR plan', 'md'), data: encodeUtf8(text) }] };
}

export function exportPlanCsv(snapshot: PlanSnapshot, analysis: PlanAnalysis): Promise<ExportOutput> {
  const files = planCsvFiles(snapshot, analysis).map((file) => ({
    name: file.fileName,
    data: encodeUtf8(file.text),
  }));
  return Promise.resolve({ files });
}
