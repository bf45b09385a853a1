import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { PdfFonts } from '../../../shared/export/formats';

/*
 * The PDFs embed DejaVu Sans (the built-in PDF fonts are Latin-1 only and would
 * garble "Łódź"). Vite copies both faces into the build as assets; the export
 * worker fetches them from its own origin, which the CSP's connect-src 'self'
 * allows, in the browser and on app://drp alike. Fetched once per worker.
 */

let loading: Promise<PdfFonts> | null = null;

export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  return loading;
}

async function fetchFont(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status} ${url}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isTrueType(bytes)) throw new Error(`The PDF font is not a TrueType file (${url}).`);
  return bytes;
}

/** A TrueType font starts with the version 1.0 tag 00 01 00 00 (or "true" on old Macs). */
export function isTrueType(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  return (a === 0 && b === 1 && c === 0 && d === 0) || (a === 0x74 && b === 0x72 && c === 0x75 && d === 0x65);
}
