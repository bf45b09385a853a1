import { createBundle, serialiseBundle } from '../../shared/bundle/bundle';
import { encryptText } from '../../shared/bundle/encryption';
import type { ReadBundle } from '../../shared/bundle/read-bundle';
import type { PlanSnapshot } from '../../shared/bundle/snapshot';
import { CLI_APP_INFO } from '../app-info';
import type { CliIo } from '../io';
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
}

export interface ExportFormat {
  description: string;
  /** 'file': --out is the file written. 'directory': --out is created and the files go inside. */
  output: 'file' | 'directory';
  /** Writes the export; resolves to the paths written. null: not in this build yet (exit 2). */
  write: ((context: ExportContext) => Promise<string[]>) | null;
}

/**
 * Every `drp export --format`, one entry each. The document formats are drawn
 * by shared/export (PDF, Word, Markdown, CSV); until those land in this build
 * their entries are `write: null`, and `drp export` says "not available in this
 * build yet" and exits 2. Wiring one is filling in its `write`.
 */
export const EXPORT_FORMATS = {
  pdf: { description: 'the full plan as PDF', output: 'file', write: null },
  'runbooks-pdf': { description: 'printable runbooks (checklists) as PDF', output: 'file', write: null },
  'pocket-cards-pdf': { description: 'one-page role pocket cards as PDF', output: 'file', write: null },
  docx: { description: 'the full plan as Word (.docx)', output: 'file', write: null },
  md: { description: 'the full plan as one Markdown file', output: 'file', write: null },
  csv: { description: 'one CSV file per table, in the --out directory', output: 'directory', write: null },
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

async function writeBundle(context: ExportContext): Promise<string[]> {
  const text = await bundleFileText(context.read.snapshot, context.now, context.encryptWith);
  await writeOutputFile(context.io, context.out, text);
  return [context.out];
}

/** A plan file's text: the bundle, or with a passphrase the encrypted envelope around it. */
export async function bundleFileText(
  snapshot: PlanSnapshot,
  now: Date,
  passphrase: string | undefined,
): Promise<string> {
  const bundle = await createBundle(nodeCrypto, snapshot, {
    exportedAt: now.toISOString(),
    app: CLI_APP_INFO,
  });
  const text = serialiseBundle(bundle);
  return passphrase === undefined ? text : serialiseBundle(await encryptText(nodeCrypto, text, passphrase));
}
