import { createRequire } from 'node:module';
import type { PdfFonts } from '../shared/export/pdf/fonts';
import { CliError } from './errors';
import type { CliIo } from './io';
import { fileProblem } from './plan-file';

const FACES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

/**
 * The PDFs' Unicode font (DejaVu Sans, the app's too), read from the
 * dejavu-fonts-ttf package at run time rather than bundled into
 * dist/cli/drp.mjs: 1.4 MB that only PDF exports need. Resolved from this
 * module's own location, so the built command finds the package in the
 * DR Planner folder's node_modules wherever it is run from.
 */
export async function loadPdfFonts(io: CliIo): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([readFace(io, FACES.regular), readFace(io, FACES.bold)]);
  return { regular, bold };
}

async function readFace(io: CliIo, specifier: string): Promise<Uint8Array> {
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(specifier);
  } catch {
    throw new CliError(`cannot find the PDF font ${specifier}; run "npm install" in the DR Planner folder`);
  }
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new CliError(`cannot read the PDF font ${path}: ${fileProblem(error)}`);
  }
}
