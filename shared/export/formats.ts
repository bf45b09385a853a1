import type { PlanAnalysis } from '../analysis/plan-analysis';
import type { AppInfo } from '../bundle/bundle';
import type { PlanSnapshot } from '../bundle/snapshot';
import type { WebCrypto } from '../bundle/web-crypto';
import type { FileFilter } from '../ipc/contract';
import type { PdfFonts } from './pdf/fonts';

/**
 * Every export the app and `drp export` offer, as one table:
 * each format is one entry with what the export dialog shows and the function
 * that turns a plan into files. The functions are pure apart from what the
 * context hands them, and run in the app's export worker, off the UI thread.
 * Heavy renderers are imported inside the function, so the worker loads only
 * the code of the format the user picked.
 */

export interface ExportFile {
  /** A base name; the user picks the folder. */
  name: string;
  data: Uint8Array<ArrayBuffer>;
}

export interface ExportOutput {
  files: ExportFile[];
}

/** The Unicode font the PDFs embed (regular and bold faces), as TTF bytes. */
export type { PdfFonts };

/** The dependency map as a picture, for formats that cannot draw vectors (Word). */
export interface MapImage {
  data: Uint8Array<ArrayBuffer>;
  type: 'png';
  /** Display size in CSS pixels; `data` holds twice as many pixels a side, for print. */
  width: number;
  height: number;
}

export interface ExportContext {
  crypto: WebCrypto;
  /** When the export was made (ISO timestamp): shared/ reads no clock. */
  generatedAt: string;
  /** Today's date (YYYY-MM-DD) on the user's calendar; the analysis was run for it. */
  today: string;
  app: AppInfo;
  /** Set only for formats with `encryptable: true`, when the user chose one. */
  passphrase: string | null;
  /** Loads the PDF fonts; in the app they are build assets fetched by the worker. */
  fonts(): Promise<PdfFonts>;
  /** The plan's dependency map as a PNG, or null when the plan has nothing to draw or nothing can rasterise. */
  mapImage(): Promise<MapImage | null>;
  /** Reports the step being worked on; `fraction` is 0–1 of the whole export. */
  progress(label: string, fraction: number): void;
}

export type ExportGenerator = (
  snapshot: PlanSnapshot,
  analysis: PlanAnalysis,
  context: ExportContext,
) => Promise<ExportOutput>;

export interface ExportFormat {
  id: string;
  /** The radio card's title. */
  label: string;
  /** One line under the title: what the file is for. */
  description: string;
  /** The save dialog's filter; the first extension is the files'. */
  filter: FileFilter;
  /** Whether a passphrase can be set (the plan file only). */
  encryptable: boolean;
  generate: ExportGenerator;
}

export const EXPORT_FORMATS = [
  {
    id: 'bundle',
    label: 'Plan file (.drplan.json)',
    description: 'To move the plan to another laptop or keep it in git. Can be protected with a passphrase.',
    filter: { name: 'DR Planner plan', extensions: ['json'] },
    encryptable: true,
    generate: async (snapshot, _analysis, context) => {
      const { exportBundleFile } = await import('./bundle-export');
      return exportBundleFile(snapshot, context);
    },
  },
  {
    id: 'pdf',
    label: 'Full plan (PDF)',
    description: 'The whole plan for auditors and management, every page marked with the content hash.',
    filter: { name: 'PDF document', extensions: ['pdf'] },
    encryptable: false,
    generate: async (snapshot, analysis, context) => {
      const { exportPlanPdf } = await import('./document-exports');
      return exportPlanPdf(snapshot, analysis, context);
    },
  },
  {
    id: 'runbooks-pdf',
    label: 'Runbooks (PDF)',
    description: 'A printable checklist per system, for the people doing the recovery.',
    filter: { name: 'PDF document', extensions: ['pdf'] },
    encryptable: false,
    generate: async (snapshot, analysis, context) => {
      const { exportRunbooksPdf } = await import('./document-exports');
      return exportRunbooksPdf(snapshot, analysis, context);
    },
  },
  {
    id: 'pocket-cards-pdf',
    label: 'Role pocket cards (PDF)',
    description: 'One page per role: the first hour, what to do and whom to call.',
    filter: { name: 'PDF document', extensions: ['pdf'] },
    encryptable: false,
    generate: async (snapshot, analysis, context) => {
      const { exportPocketCardsPdf } = await import('./document-exports');
      return exportPocketCardsPdf(snapshot, analysis, context);
    },
  },
  {
    id: 'docx',
    label: 'Word (.docx)',
    description: 'The whole plan as an editable Word document with the dependency map as a picture.',
    filter: { name: 'Word document', extensions: ['docx'] },
    encryptable: false,
    generate: async (snapshot, analysis, context) => {
      const { exportPlanDocx } = await import('./document-exports');
      return exportPlanDocx(snapshot, analysis, context);
    },
  },
  {
    id: 'md',
    label: 'Markdown',
    description: 'The whole plan as one text file, with the dependency map as a Mermaid diagram.',
    filter: { name: 'Markdown', extensions: ['md'] },
    encryptable: false,
    generate: async (snapshot, analysis, context) => {
      const { exportPlanMarkdown } = await import('./document-exports');
      return exportPlanMarkdown(snapshot, analysis, context);
    },
  },
  {
    id: 'csv',
    label: 'Spreadsheets (CSV, one per table)',
    description: 'Systems, processes, dependencies, contacts, vendors and findings, saved into one folder.',
    filter: { name: 'CSV spreadsheet', extensions: ['csv'] },
    encryptable: false,
    generate: async (snapshot, analysis) => {
      const { exportPlanCsv } = await import('./document-exports');
      return exportPlanCsv(snapshot, analysis);
    },
  },
  {
    id: 'systems-csv',
    label: 'System inventory (CSV)',
    description: 'The systems with their objectives, in the columns the CSV import reads back.',
    filter: { name: 'CSV spreadsheet', extensions: ['csv'] },
    encryptable: false,
    generate: async (snapshot) => {
      const { exportSystemsCsvFile } = await import('./systems-csv');
      return exportSystemsCsvFile(snapshot);
    },
  },
] as const satisfies readonly ExportFormat[];

export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}

/** What the export dialog lists: every format, in the table's order. */
export function availableExportFormats(): readonly ExportFormat[] {
  return EXPORT_FORMATS;
}
