import { basename, join } from 'node:path';
import { bundleFileText as sharedBundleFileText } from '../../shared/export/bundle-export';
import type { ReadBundle } from '../../shared/bundle/read-bundle';
import type { PlanSnapshot } from '../../shared/bundle/snapshot';
import { exportFormat, type ExportFormatId, type ExportOutput } from '../../shared/export/formats';
import { analyseSnapshot } from '../../shared/analysis/plan-analysis';
import { CLI_APP_INFO } from '../app-info';
import type { CliIo } from '../io';
import { loadPdfFonts } from '../pdf-fonts';
import { nodeCrypto, writeOutputFile } from '../plan-file';

/** What an export is given: the plan as read, where to write, and the clock. */
export interface ExportContext {
  io: CliIo;
  read: ReadBundle;
  /** --out: a file, or for `output: 'directory'` a directory that already exists. */
  out: string;
  /** The passphrase from --passphrase-file, unless --plain was given: bundles are then written encrypted. */
  encryptWith: string | undefined;
  now: Date;
  /** --now or today (YYYY-MM-DD): the day the documents' analysis judges dates against. */
  today: string;
}

export interface ExportFormat {
  description: string;
  /** 'file': --out is the file written. 'directory': --out is created and the files go inside. */
  output: 'file' | 'directory';
  /** Writes the export; resolves to the paths written. */
  write: (context: ExportContext) => Promise<string[]>;
}

/**
 * Every `drp export --format`, one entry each. The documents come from the
 * app's own table (shared/export/formats.ts), so a PDF from the command line
 * is the PDF the app's export dialog writes. The plan file keeps the command
 * line's own writer, which can also write it unencrypted (--plain).
 */
export const EXPORT_FORMATS = {
  pdf: documentFormat('pdf', 'the full plan as PDF'),
  'runbooks-pdf': documentFormat('runbooks-pdf', 'printable runbooks (checklists) as PDF'),
  'pocket-cards-pdf': documentFormat('pocket-cards-pdf', 'one-page role pocket cards as PDF'),
  docx: documentFormat('docx', 'the full plan as Word (.docx)'),
  md: documentFormat('md', 'the full plan as one Markdown file'),
  csv: documentFormat('csv', 'one CSV file per table, in the --out directory', 'directory'),
  'systems-csv': documentFormat(
    'systems-csv',
    'the systems as one CSV file, in the columns drp import csv reads',
  ),
  bundle: {
    description: 'a plan file (.drplan.json), encrypted with --passphrase-file',
    output: 'file',
    write: writeBundle,
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormatName {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

/**
 * A format the app's table draws: its generator runs with the command line's
 * context, and what it makes is written to --out (one file) or into it (several).
 */
function documentFormat(
  id: ExportFormatId,
  description: string,
  output: ExportFormat['output'] = 'file',
): ExportFormat {
  const write = async (context: ExportContext): Promise<string[]> => {
    const format = exportFormat(id);
    if (format === undefined) throw new Error(`the export table has no format ${id}`);
    const { snapshot } = context.read;
    const made = await format.generate(snapshot, analyseSnapshot(snapshot, context.today), {
      crypto: nodeCrypto,
      generatedAt: context.now.toISOString(),
      today: context.today,
      app: CLI_APP_INFO,
      passphrase: null,
      fonts: () => loadPdfFonts(context.io),
      // Node has no canvas to draw the map with; the Word file then carries it as SVG and a table.
      mapImage: () => Promise.resolve(null),
      progress: () => undefined,
    });
    return output === 'directory' ? writeIntoDirectory(context, made) : writeOneFile(context, made);
  };
  return { description, output, write };
}

async function writeOneFile(context: ExportContext, output: ExportOutput): Promise<string[]> {
  const [file, ...more] = output.files;
  if (file === undefined || more.length > 0) {
    throw new Error(`the export made ${output.files.length} files where one was expected`);
  }
  await writeOutputFile(context.io, context.out, file.data);
  return [context.out];
}

async function writeIntoDirectory(context: ExportContext, output: ExportOutput): Promise<string[]> {
  const written: string[] = [];
  for (const file of output.files) {
    // The names are the generator's own, but a path in one must never lead out of --out.
    if (basename(file.name) !== file.name || file.name.startsWith('.')) {
      throw new Error(`the export named a file ${JSON.stringify(file.name)}`);
    }
    const path = join(context.out, file.name);
    await writeOutputFile(context.io, path, file.data);
    written.push(path);
  }
  return written;
}

async function writeBundle(context: ExportContext): Promise<string[]> {
  const text = await bundleFileText(context.read.snapshot, context.now, context.encryptWith);
  await writeOutputFile(context.io, context.out, text);
  return [context.out];
}

/** A plan file's text, as the app writes it (shared/export/bundle-export.ts). */
export function bundleFileText(
  snapshot: PlanSnapshot,
  now: Date,
  passphrase: string | undefined,
): Promise<string> {
  return sharedBundleFileText(nodeCrypto, snapshot, {
    exportedAt: now.toISOString(),
    app: CLI_APP_INFO,
    passphrase: passphrase ?? null,
  });
}
