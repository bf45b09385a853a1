import type { jsPDF } from 'jspdf';
import { shortHash } from '../../bundle/content-hash';
import type { DocumentMeta } from '../document/model';
import { COLOR, FONT, PAGE, SIZE } from './theme';

/** Text cut to `width` with an ellipsis, at the current font. */
export function clip(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * The running header and footer on every page, the cover included: plan
 * name and version above, the short content hash and "Page X of Y" below, so
 * two printed copies (or two loose pages) can be compared.
 */
export function drawFurniture(doc: jsPDF, meta: DocumentMeta): void {
  const total = doc.getNumberOfPages();
  const hash = `Content hash ${shortHash(meta.contentHash)}`;
  for (let page = 1; page <= total; page += 1) {
    doc.setPage(page);
    const width = doc.internal.pageSize.getWidth();
    const height = doc.internal.pageSize.getHeight();
    const left = PAGE.marginX;
    const right = width - PAGE.marginX;
    doc.setFont(FONT, 'normal');
    doc.setFontSize(SIZE.furniture);
    doc.setTextColor(COLOR.muted);
    const version = meta.version;
    const versionWidth = doc.getTextWidth(version);
    doc.text(clip(doc, meta.planName, right - left - versionWidth - 24), left, PAGE.headerY);
    doc.text(version, right, PAGE.headerY, { align: 'right' });
    doc.setDrawColor(COLOR.rule);
    doc.setLineWidth(0.5);
    doc.line(left, PAGE.headerY + 6, right, PAGE.headerY + 6);

    const footerY = height - PAGE.footerFromBottom;
    doc.line(left, footerY - 10, right, footerY - 10);
    doc.text(hash, left, footerY);
    doc.text(clip(doc, meta.classification, (right - left) / 2), (left + right) / 2, footerY, {
      align: 'center',
    });
    doc.text(`Page ${page} of ${total}`, right, footerY, { align: 'right' });
  }
}
