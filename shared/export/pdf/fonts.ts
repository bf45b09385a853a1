import type { jsPDF } from 'jspdf';
import { FONT } from './theme';

/** The TTF files of one family: regular and bold, as bytes (the caller reads them; shared/ reads no files). */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** jsPDF's virtual file system takes a "binary string": one character per byte. */
function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 0x2000) {
    chunks.push(String.fromCharCode(...bytes.subarray(start, start + 0x2000)));
  }
  return chunks.join('');
}

/**
 * Embeds both faces under one family name. Every string is drawn in it: the
 * 14 built-in PDF fonts are Latin-1 only, and a missing bold face would make
 * jsPDF fall back to Times-Bold, which garbles "Łódź" in table headers.
 */
export function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS(`${FONT}.ttf`, binaryString(fonts.regular));
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, binaryString(fonts.bold));
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setFont(FONT, 'normal');
}
