import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PdfFonts } from '../../shared/export/pdf/render-pdf';

const FONT_DIR = fileURLToPath(new URL('../../node_modules/dejavu-fonts-ttf/ttf/', import.meta.url));

/** DejaVu Sans regular and bold from the pinned npm package, for rendering PDFs in Node. */
export async function loadPdfFonts(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([
    readFile(`${FONT_DIR}DejaVuSans.ttf`),
    readFile(`${FONT_DIR}DejaVuSans-Bold.ttf`),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
